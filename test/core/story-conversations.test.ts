// The stories on the demo data (those using storyStore) open conversations it has: the chat
// stories opened "GROUPdesign", which does not exist — an empty chat you could type into. Every
// conversation ID such a story names — a literal 'C2C…' / 'GROUP…', or `GROUP${DEMO_GROUPS.…}` —
// must be one Alice has. (Stories on their own fixture world, message-world.ts, make their data.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { DEMO_GROUPS, seedDemo } from '../../src/core/service/local/seed-demo.js';

const storiesDir = new URL('../../stories/', import.meta.url);

function conversationIDsInStories(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(storiesDir).filter((f) => f.endsWith('.stories.ts'))) {
    const source = readFileSync(new URL(name, storiesDir), 'utf8');
    if (!source.includes('storyStore(')) continue;
    for (const [, id] of source.matchAll(/['"`]((?:C2C|GROUP)[\w-]+)['"`]/g)) found.set(id!, name);
    for (const [, key] of source.matchAll(/`GROUP\$\{DEMO_GROUPS\.(\w+)\}`/g)) {
      found.set(`GROUP${DEMO_GROUPS[key as keyof typeof DEMO_GROUPS]}`, name);
    }
  }
  return found;
}

test('every conversation a story opens exists in the demo data', async () => {
  const server = await LocalServer.open({ storage: 'memory' });
  await seedDemo(server);
  const alice = new LocalChatService(server);
  await alice.login({ userID: 'alice' });
  const existing = new Set((await alice.getConversationList()).map((c) => c.conversationID));
  const named = conversationIDsInStories();
  assert.ok(named.size >= 2, 'the stories name conversations');
  for (const [id, story] of named) assert.ok(existing.has(id), `${story} opens ${id}, which Alice does not have`);
  server.close();
});
