// A web-test-runner command that lists the Storybook story files, so the accessibility test
// (axe-stories.test.ts) covers every story, including ones added later, without a hand-kept list.
//
// In a test: executeServerCommand('list-stories') → ['stories/avatar.stories.ts', …].
import { readdirSync } from 'node:fs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function storyListPlugin() {
  return {
    name: 'story-list',
    executeCommand({ command }) {
      if (command !== 'list-stories') return undefined;
      return readdirSync('stories')
        .filter((name) => name.endsWith('.stories.ts'))
        .sort()
        .map((name) => `stories/${name}`);
    },
  };
}
