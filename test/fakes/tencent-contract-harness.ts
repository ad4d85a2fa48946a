import type { ChatService } from '../../src/core/service/chat-service.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import type { ContractHarness } from '../contract/chat-service-contract.js';
import { testImage } from '../contract/test-image.js';
import { FakeTencentChat, FakeTencentServer, type FakeCreateOptions } from './fake-tencent-chat.js';

/**
 * The ChatService contract harness for TencentChatService: each client is the adapter over its
 * own fake SDK instance, all on one fake server (fresh per test). The fake "server" stands in
 * for Tencent's: its console settings are set as the contract needs them (two web instances
 * per user, the default 120 s recall limit).
 */
export async function makeTencentHarness(options: FakeCreateOptions = {}): Promise<ContractHarness> {
  const server = new FakeTencentServer();
  server.webInstancesPerUser = 2;
  // The console's multi-client sync of conversation deletion is on.
  server.syncConversationDeletion = true;
  // The app's plan with the cloud search plugin (server message search).
  server.cloudSearchEnabled = true;
  const users = [
    ['alice', 'Alice Chen'],
    ['bob', 'Bob Smith'],
    ['carol', '王芳'],
    ['dave', 'Dave Lee'],
  ] as const;
  for (const [userID, nick] of users) server.addUser({ userID, nick });
  server.teachTranslation('周六你去吗？', 'en', 'Are you going on Saturday?');
  // Everyone is everyone's friend: Tencent tells profile and status changes to friends only.
  for (const [a] of users) for (const [b] of users) if (a !== b) server.addFriend(a, b);
  const sdkOf = new Map<ChatService, FakeTencentChat>();
  const services: TencentChatService[] = [];
  const newClient = (): TencentChatService => {
    const sdk = server.createInstance(options);
    const service = new TencentChatService(sdk, {
      // What an app's server would do: sign a userSig for the user.
      userSig: (userID) => `fake-sig-for-${userID}`,
      fetch: server.fetch,
      readyTimeoutMs: 2000,
      // The edit window is the adapter's; it reads the fake server's clock.
      now: () => server.now() * 1000,
    });
    sdkOf.set(service, sdk);
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
    advanceClock: async (seconds) => server.advance(seconds),
    setOffline: async (client, offline) => server.setOffline(sdkOf.get(client)!, offline),
    imageFile: testImage,
    groups: {
      createGroup: async (ownerID, memberIDs, name) => server.createGroup(ownerID, memberIDs, name),
      addMembers: async (groupID, operatorID, userIDs) => server.addMembers(groupID, operatorID, userIDs),
      kickMember: async (groupID, operatorID, userID) => server.kickMember(groupID, operatorID, userID),
      quit: async (groupID, userID) => server.quit(groupID, userID),
      setAdmin: async (groupID, operatorID, userID, isAdmin) => server.setAdmin(groupID, operatorID, userID, isAdmin),
      muteMember: async (groupID, operatorID, userID, seconds) => server.muteMember(groupID, operatorID, userID, seconds),
      updateProfile: async (groupID, operatorID, patch) => server.updateGroupProfile(groupID, operatorID, patch),
      dismiss: async (groupID, operatorID) => server.dismiss(groupID, operatorID),
    },
    admin: {
      modifyMessage: async (messageID, text) => server.modifyMessage(messageID, { payload: { text } }),
      updateProfile: async (userID, patch) => server.updateProfile(userID, patch),
      kick: async (userID) => server.kick(userID, 'REST_API_Kick'),
      causeError: async (client) => server.reportError(client.userID, { code: 2800, message: 'network error' }),
      react: async (userID, messageID, reactionID) => server.react(userID, messageID, reactionID),
      sendReadReceipt: async (readerID, messageID) => server.sendReadReceipt(readerID, messageID),
      setUserStatus: async (userID, status) => server.setUserStatus(userID, status === 'online' ? 1 : 2),
      knownTranslation: { text: '周六你去吗？', targetLanguage: 'en', translated: 'Are you going on Saturday?' },
      setVoiceTranscript: async (messageID, transcript) => server.setVoiceTranscript(messageID, transcript),
      createApprovalGroup: async (ownerID, memberIDs, name) => server.createApprovalGroup(ownerID, memberIDs, name),
      requestToJoin: async (groupID, userID, note) => server.requestToJoin(groupID, userID, note),
      invite: async (groupID, inviterID, userID, note) => server.invite(groupID, inviterID, userID, note),
      createOpenGroup: async (ownerID, memberIDs, name) => server.createOpenGroup(ownerID, memberIDs, name),
    },
    dispose: async () => {
      for (const service of services) {
        if (service.userID) await service.logout().catch(() => {});
      }
    },
  };
}
