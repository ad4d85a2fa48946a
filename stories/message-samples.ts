/**
 * Shared set-up of the message stories: a real world (LocalServer, ChatStores) with messages of
 * every type, delivery states and group notices, plus the dice-roll custom renderer an app
 * would register.
 */
import { html } from 'lit';
import { registerCustomMessageRenderer } from '../src/components/message-list/define.js';
import type { ChatStoreApi } from '../src/core/store/chat-store-api.js';
import { bulkHistory, everyTypeMessages, makeMessageWorld, sampleMedia, type MessageWorld } from '../test/fixtures/message-world.js';

let diceRegistered = false;

/** A custom message `{"businessID":"dice","value":1..6}` drawn as a die, as an app would register it. */
function registerDiceRenderer(): void {
  if (diceRegistered) return;
  diceRegistered = true;
  const faces = ['⚀', '⚁', '⚂', '⚃', '⚄', '⚅'];
  registerCustomMessageRenderer('dice', (_elem, { data, locale }) => {
    const value = Math.min(6, Math.max(1, Number((data as { value?: unknown })?.value) || 1));
    const label = locale === 'zh-CN' ? `掷出了 ${value} 点` : `rolled a ${value}`;
    return html`<span style="display:inline-flex;align-items:center;gap:8px" role="img" aria-label=${label}>
      <span style="font-size:40px;line-height:1">${faces[value - 1]}</span><span>${label}</span></span>`;
  });
}

/** Alice's view: a C2C chat with Bob holding every message type and every delivery state. */
export async function everyTypeWorld(): Promise<{ world: MessageWorld; store: ChatStoreApi; conversationID: string }> {
  registerDiceRenderer();
  const world = await makeMessageWorld();
  const media = await sampleMedia();
  const day = 86_400;
  await world.alice.importMessages(bulkHistory(world.c2c, 6, 'alice', 'bob', { endTime: Math.floor(Date.now() / 1000) - 2 * day }));
  await world.alice.importMessages(everyTypeMessages(world.c2c, 'alice', 'bob', media, Math.floor(Date.now() / 1000) - 600));
  // Delivery states: read by Bob, recalled by each side, one that failed, one still sending.
  await world.alice.sendText(world.c2c, 'Read by Bob ✓✓');
  await world.bob.markConversationRead('C2Calice');
  const oops = await world.bob.sendText('C2Calice', 'oops, wrong chat');
  await world.bob.revoke(oops);
  const mine = await world.alice.sendText(world.c2c, 'never mind');
  await world.alice.revoke(mine);
  world.aliceService.setFailureRate(1);
  await world.alice.sendText(world.c2c, 'This one failed — click the red mark to resend').catch(() => {});
  world.aliceService.setFailureRate(0);
  await world.alice.sendText(world.c2c, 'Sent ✓');
  // A slow network for the next two sends only: one text still sending, one upload in progress.
  world.aliceService.setLatency(600_000);
  void world.alice.sendText(world.c2c, 'Still sending… (a slow network)').catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 20));
  world.aliceService.setLatency(3000);
  void world.alice
    .send(world.c2c, { type: 'file', file: new Blob([new Uint8Array(3_000_000)], { type: 'application/zip' }), name: 'design-assets.zip' })
    .catch(() => {});
  // The upload reads the latency when its transfer starts (1.5 s in): keep it slow until then.
  setTimeout(() => world.aliceService.setLatency(0), 1700);
  return { world, store: world.alice, conversationID: world.c2c };
}

/** A group with history, tips (joins, admin, removal, profile change) and a name card. */
export async function groupWorld(): Promise<{ world: MessageWorld; store: ChatStoreApi; conversationID: string }> {
  const world = await makeMessageWorld({ carolNameCard: 'Carol (design)' });
  const now = Math.floor(Date.now() / 1000);
  await world.server.postMessages([
    {
      from: 'bob',
      conversationID: world.group,
      elements: [{ type: 'TIMTextElem', text: 'Morning all! Standup in 5 [Coffee]' }],
      time: now - 900,
    },
    { from: 'carol', conversationID: world.group, elements: [{ type: 'TIMTextElem', text: '好的，马上来 👍' }], time: now - 840 },
    {
      from: 'carol',
      conversationID: world.group,
      elements: [{ type: 'TIMTextElem', text: 'Slides are in the shared folder.' }],
      time: now - 830,
    },
  ]);
  await world.server.setGroupAdmin(world.groupID, 'alice', 'bob', true);
  await world.server.updateGroupProfile(world.groupID, 'alice', { name: 'Design team — Q4' });
  await world.server.kickGroupMembers(world.groupID, 'alice', ['dave']);
  await world.alice.sendText(world.group, 'Welcome Bob to the admins 🎉');
  await world.bob.sendText(world.group, 'Thanks!');
  await world.alice.loadGroupMembers(world.groupID);
  return { world, store: world.alice, conversationID: world.group };
}
