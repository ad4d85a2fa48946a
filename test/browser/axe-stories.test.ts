// Every Storybook story, in the light and the dark theme, checked with axe-core: no serious or
// critical violation (WCAG 2.2 AA and axe's best practices). Stories with a `play` step (menus,
// the image viewer, the confirm dialog) are checked with it done, so the open states count too.
// The story files come from the server (story-list-plugin.mjs): a new story is covered at once.
import { assert, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { installTheme } from '../../src/themes/theme-css.js';
import { runAxe, describeViolations, settled } from './support/axe.js';

type StoryModule = { default: Meta } & Record<string, StoryObj | Meta>;

const THEMES = ['light', 'dark'] as const;

installTheme(document);

function storiesOf(module: StoryModule): [string, StoryObj][] {
  return Object.entries(module).filter((entry): entry is [string, StoryObj] => entry[0] !== 'default');
}

async function show(meta: Meta, story: StoryObj, theme: (typeof THEMES)[number]): Promise<HTMLElement> {
  const root = document.documentElement;
  root.classList.toggle('tim-theme-dark', theme === 'dark');
  root.classList.toggle('tim-theme-light', theme === 'light');
  root.lang = 'en';
  document.body.style.background = 'var(--tim-color-bg)';
  document.body.style.color = 'var(--tim-color-text)';
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  const args = { ...meta.args, ...story.args };
  const context = { args, canvasElement, globals: { theme, locale: 'en' } };
  const draw = (story.render ?? meta.render) as ((args: object, context: object) => TemplateResult) | undefined;
  if (!draw) throw new Error('A story without a render function');
  render(draw(args, context), canvasElement);
  await settled(canvasElement);
  if (story.play) {
    await (story.play as (context: object) => Promise<void>)(context);
    await settled(canvasElement);
  }
  return canvasElement;
}

const files = (await executeServerCommand('list-stories')) as string[];
const modules = await Promise.all(files.map(async (file) => [file, (await import(`../../${file}`)) as StoryModule] as const));

describe('axe over every story', function () {
  this.timeout(60000);
  it('finds the story files', () => {
    expect(files.length).to.be.greaterThan(8);
  });
  for (const [file, module] of modules) {
    for (const [name, story] of storiesOf(module)) {
      for (const theme of THEMES) {
        it(`${file} ${name} (${theme}): no serious or critical violation`, async () => {
          const canvas = await show(module.default, story, theme);
          try {
            const violations = await runAxe(document.body);
            assert.deepEqual(violations, [], describeViolations(violations));
          } finally {
            render(null, canvas);
            canvas.remove();
            document.querySelectorAll('body > :not(script)').forEach((node) => node.remove());
          }
        });
      }
    }
  }
});
