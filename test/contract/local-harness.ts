import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer, type LocalServerOptions } from '../../src/core/service/local/local-server.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { setVoiceTranscript } from '../../src/core/service/local/server-conversions.js';
import type { ContractHarness } from './chat-service-contract.js';
import { testImage } from './test-image.js';

/**
 * The contract harness for LocalChatService: a fresh server per test (in memory, or in an
 * IndexedDB database of its own), four users and three signed-in clients.
 */
export async function makeLocalHarness(options: LocalServerOptions = { storage: 'memory' }): Promise<ContractHarness> {
  const server = await LocalServer.open({
    ...options,
    namespace: options.namespace ?? `contract-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  });
  for (const [userID, nick] of [
    ['alice', 'Alice Chen'],
    ['bob', 'Bob Smith'],
    ['carol', '王芳'],
    ['dave', 'Dave Lee'],
  ] as const) {
    await server.createUser({ userID, nick });
  }
  const services: LocalChatService[] = [];
  const newClient = (): LocalChatService => {
    const service = new LocalChatService(server);
    services.push(service);
    return service;
  };
  const clients = [newClient(), newClient(), newClient()] as const;
  await clients[0].login({ userID: 'alice' });
  await clients[1].login({ userID: 'bob' });
  await clients[2].login({ userID: 'carol' });
  return {
    clients,
    extraUserID: 'dave',
    newClient,
    revokeTimeLimit: server.revokeTimeLimit,
    advanceClock: async (seconds) => server.advanceClock(seconds),
    setOffline: async (client: ChatService, offline: boolean) => (client as LocalChatService).setOffline(offline),
    imageFile: testImage,
    groups: {
      createGroup: async (ownerID, memberIDs, name) => (await server.createGroup({ ownerID, memberIDs, name, type: 'Work' })).groupID,
      addMembers: async (groupID, operatorID, userIDs) => void (await server.addGroupMembers(groupID, operatorID, userIDs)),
      kickMember: (groupID, operatorID, userID) => server.kickGroupMembers(groupID, operatorID, [userID]),
      quit: (groupID, userID) => server.quitGroup(groupID, userID),
      setAdmin: (groupID, operatorID, userID, isAdmin) => server.setGroupAdmin(groupID, operatorID, userID, isAdmin),
      muteMember: (groupID, operatorID, userID, seconds) => server.muteGroupMember(groupID, operatorID, userID, seconds),
      updateProfile: async (groupID, operatorID, patch) => void (await server.updateGroupProfile(groupID, operatorID, patch)),
      dismiss: (groupID, operatorID) => server.dismissGroup(groupID, operatorID),
    },
    admin: {
      modifyMessage: (messageID, text) => server.modifyMessage(messageID, { elements: [{ type: 'TIMTextElem', text }] }),
      updateProfile: async (userID, patch) => void (await server.updateUserProfile(userID, patch)),
      kick: (userID) => server.kickOut(userID, 'REST'),
      knownTranslation: { text: '周六你去吗？', targetLanguage: 'en', translated: 'Are you going on Saturday?' },
      setVoiceTranscript: (messageID, transcript) => setVoiceTranscript(server, messageID, transcript),
      react: (userID, messageID, reactionID) => server.reactAsAdmin(userID, messageID, reactionID),
      sendReadReceipt: (readerID, messageID) => server.sendReadReceiptsAsAdmin(readerID, [messageID]),
      createApprovalGroup: async (ownerID, memberIDs, name) =>
        (await server.createGroup({ ownerID, memberIDs, name, type: 'Public', joinOption: 'NeedPermission' })).groupID,
      requestToJoin: async (groupID, userID, note) => void (await server.requestToJoinGroup(groupID, userID, note)),
      invite: (groupID, inviterID, userID, note) => server.inviteToGroup(groupID, inviterID, userID, note),
      createOpenGroup: async (ownerID, memberIDs, name) =>
        (await server.createGroup({ ownerID, memberIDs, name, type: 'Public', joinOption: 'FreeAccess' })).groupID,
      // The server's storage is lost: the next sign-in reports it.
      causeError: async (client) => {
        const userID = client.userID;
        server.storageWarning = new ChatError(CHAT_ERROR.storage, 'The local server lost its storage (contract test).');
        await client.logout();
        await client.login({ userID });
      },
    },
    dispose: async () => {
      for (const service of services) await service.logout();
      server.close();
      if (server.storage.kind === 'indexeddb' && typeof indexedDB !== 'undefined') {
        await new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(`tim-local-server-${server.namespace}`);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        });
      }
    },
  };
}
