/**
 * Message objects made by the real @tencentcloud/chat, offline, for mapping tests that run on
 * what the SDK builds rather than on shapes we wrote.
 *
 * The SDK's public `create…Message` refuse every call until the SDK is ready, that is until a
 * login reached Tencent's servers (they return a promise rejected with 2024; `publicFactoryRefuses`
 * shows it). Behind that check they call the SDK's MessageModule, which builds the message. The
 * documented `modules` option of `TencentCloudChat.create` hands each module class the SDK's
 * module manager: a stand-in module takes it, sets the signed-in user on the SDK's context
 * and calls the MessageModule's factories directly. Received messages, conversations, groups and
 * profiles come from the SDK's own classes too (taken from objects it made), fed with what the
 * server would push. That reaches into the SDK's internals (three module numbers, one method of
 * its ConvModule); if a new SDK version moves them, `realSdk` throws and says so.
 *
 * Nothing goes over the network: `create` opens a WebSocket at once, so WebSocket is replaced
 * by an inert class while the instance lives; `dispose` destroys the instance (stopping its
 * timers) and puts WebSocket back. In a browser the SDK would open that socket in a Worker,
 * out of reach, if Worker exists when the SDK module loads: so this file loads the SDK itself,
 * with Worker hidden, and must be the first to load it in a page (the fake only reads its
 * EVENT table, so it is not used alongside). A Worker made anyway during `create` throws.
 */
import type TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK } from '@tencentcloud/chat';
import type { TencentChatSDK } from '../../src/core/service/tencent/sdk-types.js';
import type { CreateMethod } from '../../src/core/service/tencent/outgoing.js';

/** Module numbers inside @tencentcloud/chat 3.6.6 (its minified `Ss` and `Ps`). */
const MESSAGE_MODULE = 2;
const CONVERSATION_MODULE = 11;
const CONTEXT_MODULE = 12;

interface ModuleManager {
  get(id: number): unknown;
}

type Factory = (options: unknown) => unknown;
interface MessageModule {
  readonly _n?: string;
  createTextMessage(options: unknown): unknown;
  createImageMessage(options: unknown): unknown;
  createAudioMessage(options: unknown): unknown;
  createVideoMessage(options: unknown): unknown;
  createCustomMessage(options: unknown): unknown;
  createFaceMessage(options: unknown): unknown;
  createFileMessage(options: unknown): unknown;
  createLocationMessage(options: unknown): unknown;
}

interface ConversationModule {
  readonly _n?: string;
  _updateLocalConvList(options: { conversationOptionsList: unknown[]; isInstantMessage: boolean; updateUnreadCount: boolean }): void;
  getLocalConversation(conversationID: string): Record<string, unknown> | undefined;
}

interface ContextModule {
  setUserID(userID: string): void;
  setTinyID(tinyID: string): void;
}

/**
 * The options the SDK's Message class takes when it builds a received message from what the
 * server pushed (its constructor in index.es.js reads these names; the server's fields are
 * renamed to them on the way in).
 */
export interface ReceivedOptions {
  conversationID: string;
  conversationType: 'C2C' | 'GROUP' | '@TIM#SYSTEM';
  from: string;
  to: string;
  time: number;
  sequence: number;
  random: number;
  clientTime: number;
  senderTinyID: string;
  nick?: string;
  avatar?: string;
  priority?: string;
  cloudCustomData?: string;
  /** 2: a recalled message's placeholder. */
  isPlaceMessage?: number;
  /** Above 0: the message was modified after it was sent. */
  messageVersion?: number;
  isSystemMessage?: boolean;
}

/** An element as the SDK's element classes take it: `{type, content}` (content as in Tencent's MsgBody, renamed). */
export interface ReceivedElement {
  type: string;
  content: Record<string, unknown>;
}

/** The SDK's factories as the adapter calls them (`TencentChatSDK`'s create methods). */
export type RealFactories = Pick<TencentChatSDK, CreateMethod>;

export interface RealSdk {
  /** The SDK's own facade (what an app gets from `TencentCloudChat.create`), not signed in. */
  readonly chat: ChatSDK;
  /** The SDK's factories, with `userID` as the signed-in user. */
  readonly factories: RealFactories;
  /** A message as the SDK builds one it received: its own Message class and element classes. */
  received(options: ReceivedOptions, element: ReceivedElement): Record<string, unknown>;
  /**
   * A conversation as the SDK keeps one in its list (its own Conversation class, with the
   * `lastMessage` summary it makes from a Message), read back with `getLocalConversation`.
   */
  conversation(options: {
    conversationID: string;
    type: string;
    unreadCount?: number;
    lastMessage?: unknown;
    isPinned?: boolean;
    peerReadTime?: number;
    remark?: string;
    groupProfile?: unknown;
    userProfile?: unknown;
    messageRemindType?: string;
    draftText?: string;
  }): Record<string, unknown>;
  /** A group as the SDK's Group class makes it from the server's group info. */
  group(info: Record<string, unknown>): Record<string, unknown>;
  /** A profile as the SDK's Profile class makes it. */
  profile(info: Record<string, unknown>): Record<string, unknown>;
  dispose(): void;
}

class InertWebSocket {
  readyState = 0;
  send(): void {}
  close(): void {}
  addEventListener(): void {}
  removeEventListener(): void {}
}

class NoWorker {
  constructor() {
    throw new Error(
      '@tencentcloud/chat tried to start a Worker (its socket would run there): load it through test/fakes/real-sdk.ts first',
    );
  }
}

let appCounter = 0;
let loading: Promise<typeof TencentCloudChat> | null = null;

/** The SDK module, loaded with Worker hidden (the SDK decides once, when it loads, whether to use one). */
function loadSdk(): Promise<typeof TencentCloudChat> {
  if (!loading) {
    const global = globalThis as { Worker?: unknown };
    const worker = global.Worker;
    global.Worker = undefined;
    loading = import('@tencentcloud/chat')
      .then((m) => m.default)
      .finally(() => {
        global.Worker = worker;
      });
  }
  return loading;
}

export async function realSdk(userID = 'alice', tinyID = '144115200000000001'): Promise<RealSdk> {
  const TencentCloudChat = await loadSdk();
  const global = globalThis as { WebSocket?: unknown; Worker?: unknown };
  const realWebSocket = global.WebSocket;
  const realWorker = global.Worker;
  global.WebSocket = InertWebSocket;
  if (realWorker) global.Worker = NoWorker;
  let manager: ModuleManager | undefined;
  class TakeManager {
    constructor(m: ModuleManager) {
      manager = m;
    }
    reset(): void {}
  }
  // A fresh SDKAppID each time: the SDK keeps one instance per SDKAppID.
  const SDKAppID = 1_400_000_000 + (appCounter += 1);
  let chat: ChatSDK;
  try {
    chat = TencentCloudChat.create({ SDKAppID, modules: { 'follow-module': TakeManager } } as Parameters<
      typeof TencentCloudChat.create
    >[0]);
  } finally {
    if (realWorker) global.Worker = realWorker;
  }
  chat.setLogLevel(4);
  const messages = manager?.get(MESSAGE_MODULE) as MessageModule | undefined;
  const context = manager?.get(CONTEXT_MODULE) as ContextModule | undefined;
  if (!messages || messages._n !== 'MessageModule' || typeof context?.setUserID !== 'function') {
    global.WebSocket = realWebSocket;
    throw new Error(
      `@tencentcloud/chat ${String((TencentCloudChat as { VERSION?: string }).VERSION)} moved its MessageModule: update test/fakes/real-sdk.ts`,
    );
  }
  context.setUserID(userID);
  context.setTinyID(tinyID);
  const call = (method: Exclude<keyof MessageModule, '_n'>) => (options: unknown) => (messages[method] as Factory).call(messages, options);
  const factories = {
    createTextMessage: call('createTextMessage'),
    // The SDK's facade sends createTextAtMessage to the same factory.
    createTextAtMessage: call('createTextMessage'),
    createImageMessage: call('createImageMessage'),
    createAudioMessage: call('createAudioMessage'),
    createVideoMessage: call('createVideoMessage'),
    createCustomMessage: call('createCustomMessage'),
    createFaceMessage: call('createFaceMessage'),
    createFileMessage: call('createFileMessage'),
    createLocationMessage: call('createLocationMessage'),
  } as unknown as RealFactories;
  // The SDK's own classes, taken from objects it made.
  const sample = factories.createTextMessage({ to: 'x', conversationType: 'C2C' as never, payload: { text: '' } }) as object;
  const MessageClass = sample.constructor as new (options: unknown) => Record<string, unknown> & { setElement(e: unknown): void };
  const conversations = manager!.get(CONVERSATION_MODULE) as ConversationModule;
  if (conversations?._n !== 'ConvModule') throw new Error('@tencentcloud/chat moved its ConvModule: update test/fakes/real-sdk.ts');
  const localConversation = (options: Record<string, unknown>): Record<string, unknown> => {
    conversations._updateLocalConvList({ conversationOptionsList: [options], isInstantMessage: true, updateUnreadCount: true });
    const made = conversations.getLocalConversation(String(options.conversationID));
    if (!made) throw new Error('@tencentcloud/chat did not keep the conversation: update test/fakes/real-sdk.ts');
    return made;
  };
  // The Group and Profile classes, from the profiles a new conversation gets (asked for on first use:
  // in a browser the SDK then also asks its group module, which the tests there do not need).
  type Made = new (info: unknown) => Record<string, unknown>;
  let GroupClass: Made | undefined;
  let ProfileClass: Made | undefined;
  const groupClass = () =>
    (GroupClass ??= (localConversation({ conversationID: 'GROUP__probe', type: 'GROUP' }).groupProfile as object).constructor as Made);
  const profileClass = () =>
    (ProfileClass ??= (localConversation({ conversationID: 'C2C__probe', type: 'C2C' }).userProfile as object).constructor as Made);
  return {
    chat,
    factories,
    received: (options, element) => {
      const message = new MessageClass({ status: 'success', currentUser: userID, ...options });
      message.setElement(element);
      return message;
    },
    conversation: (options) => localConversation({ unreadCount: 0, ...options }),
    group: (info) => new (groupClass())(info),
    profile: (info) => new (profileClass())(info),
    dispose: () => {
      void chat.destroy().catch(() => {});
      global.WebSocket = realWebSocket;
    },
  };
}

/** What the public factory does before login: a promise rejected with the SDK's code. */
export async function publicFactoryRefuses(chat: ChatSDK): Promise<{ code: number }> {
  const result = chat.createTextMessage({ to: 'bob', conversationType: 'C2C' as never, payload: { text: 'hi' } }) as unknown;
  try {
    await result;
  } catch (error) {
    return { code: Number((error as { code?: unknown }).code) };
  }
  return { code: 0 };
}
