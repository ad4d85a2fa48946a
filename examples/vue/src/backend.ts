// The app's own backend for this example: the kit's embedded server (tim-elements/local) with the
// app's own people and chats, made once per browser. A real app passes `TencentChatService`
// over its Tencent Cloud Chat account instead (see the README); nothing else changes.
import type { ChatService } from 'tim-elements/core';
import { LocalChatService, LocalServer } from 'tim-elements/local';

const SEEDED = 'vue-example-seeded';

export async function openBackend(): Promise<ChatService> {
  const server = await LocalServer.open({ namespace: 'vue-example' });
  if (!(await server.getMeta<boolean>(SEEDED))) {
    await server.createUser({ userID: 'me', nick: 'You' });
    await server.createUser({ userID: 'ada', nick: 'Ada Lovelace' });
    await server.createUser({ userID: 'grace', nick: 'Grace Hopper' });
    await server.createGroup({ groupID: 'vue-team', name: 'Vue example team', ownerID: 'me', memberIDs: ['ada', 'grace'] });
    await server.postMessages([
      { from: 'ada', conversationID: 'C2Cme', elements: [{ type: 'TIMTextElem', text: 'This chat is the app’s own data, not the demo.' }] },
      {
        from: 'grace',
        conversationID: 'GROUPvue-team',
        elements: [{ type: 'TIMTextElem', text: 'Welcome to the Vue example team [Smile]' }],
      },
    ]);
    await server.setMeta(SEEDED, true);
  }
  return new LocalChatService(server, { latencyMs: 100 });
}
