import { ConversationBatches } from './conversation-batches.js';
import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import type { Message } from '../model/message.js';
import type { ChatService, ChatServiceEvents, MessageReaction } from '../service/chat-service.js';
import type { MessageListState } from './chat-store-api.js';
import { cleanReactions, mergeChangedReactions, newReactors, withMyReaction } from './reaction-merge.js';
import { canReact } from './selectors/can-react.js';
import { StateStore, type Unsubscribe } from './state-store.js';
import { WatchedLists } from './watched-lists.js';
import type { OnServiceEvent, StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

/** Messages per `getReactions` call (the SDK's batch, as TUIKit loads them). */
export const REACTIONS_BATCH = 20;
/** The longest reaction ID accepted (TUIKit's are under 32 characters). */
const MAX_REACTION_ID = 64;
/** Most users `reactionUsers` gathers for one reaction (the SDK gives 100 a page). */
const MAX_REACTION_USERS = 500;

export interface ReactionsState {
  /** messageID → its reactions, in the order they were first made; a message not loaded yet is absent. */
  readonly byMessage: Readonly<Record<string, readonly MessageReaction[]>>;
}

/** Someone else reacted to a message (for the live announcement "Alice reacted 👍"). */
export interface OthersReacted {
  readonly conversationID: string;
  readonly messageID: string;
  readonly userID: string;
  readonly reactionID: string;
}

export interface MessageReactionsDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  /** The names of reactors the store has not met are fetched (`state.users`). */
  wantProfiles(userIDs: readonly string[]): void;
  /** Failures of background loads. */
  reportError(error: unknown): void;
}

/** The part of the store elements use for reactions (`store.reactions`). */
export interface ReactionsApi {
  readonly state: StateStore<ReactionsState>;
  /** The backend has reactions (`ServiceFeatures.reactions`); without them the UI offers none. */
  readonly supported: boolean;
  /** Can the reader react to this message now. */
  canReact(message: Message): boolean;
  /** The reactions of a message ([] when none, or not loaded). */
  of(messageID: string): readonly MessageReaction[];
  /** Add the reader's reaction, or take it back when they have it. */
  toggle(message: Message, reactionID: string): Promise<void>;
  /** Shows at once; put back if the backend refuses. */
  add(message: Message, reactionID: string): Promise<void>;
  remove(message: Message, reactionID: string): Promise<void>;
  /** Everyone who reacted with it (the first few are known; the rest are asked for). */
  reactionUsers(message: Message, reactionID: string): Promise<readonly string[]>;
  /** Be told when someone else reacts to a message whose reactions are loaded. */
  onOthersReacted(listener: (reacted: OthersReacted) => void): Unsubscribe;
}

/**
 * The reactions of the messages the store shows: loaded for the messages of loaded pages in
 * batches (`watch`), merged with `messageReactionsUpdated`, and changed optimistically by the
 * reader (put back when the backend refuses). State of its own (`state`), so rows redraw only
 * when reactions change.
 */
export class MessageReactions implements ReactionsApi, StoreExtension {
  readonly state = new StateStore<ReactionsState>({ byMessage: Object.freeze({}) });
  /** Messages whose reactions were asked for in this session (or are being). */
  private readonly asked = new Set<string>();
  private readonly watched = new WatchedLists((messages) => this.want(messages));
  private readonly listeners = new Set<(reacted: OthersReacted) => void>();
  private readonly loads = new ConversationBatches<Message>(REACTIONS_BATCH, (batch) => this.load(batch));
  private session = -1;
  /** Counts changes; `changedAt` says when each message's reactions last changed here (an update, the reader). */
  private generation = 0;
  private readonly changedAt = new Map<string, number>();

  constructor(private readonly deps: MessageReactionsDeps) {}

  get supported(): boolean {
    return this.deps.service.features?.reactions === true;
  }

  subscribe(on: OnServiceEvent): void {
    on('messageReactionsUpdated', (update) => this.applyUpdate(update));
  }

  canReact(message: Message): boolean {
    return canReact(message, this.supported);
  }

  of(messageID: string): readonly MessageReaction[] {
    return this.state.get().byMessage[messageID] ?? [];
  }

  onOthersReacted(listener: (reacted: OthersReacted) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Load the reactions of a list's messages, now and as pages come in (once per list). */
  listOpened(list: StateStore<MessageListState>): void {
    this.watched.watch(list);
  }

  /** Signed in (again): what was loaded may have changed meanwhile; load the watched lists afresh. */
  connected(): void {
    this.asked.clear();
    this.watched.wantAll();
  }

  /** Signed out: nothing of the session stays. */
  reset(): void {
    this.asked.clear();
    this.loads.clear();
    this.changedAt.clear();
    this.state.set({ byMessage: Object.freeze({}) });
  }

  /** `messageReactionsUpdated`: merge the changed reactions; tell who else reacted. */
  applyUpdate(update: ChatServiceEvents['messageReactionsUpdated']): void {
    const messageID = typeof update?.messageID === 'string' ? update.messageID : '';
    if (!messageID || !Array.isArray(update.reactions)) return;
    const before = this.state.get().byMessage[messageID];
    const after = mergeChangedReactions(before ?? [], update.reactions);
    this.put(messageID, after);
    this.deps.wantProfiles(update.reactions.flatMap((r) => (Array.isArray(r?.userIDs) ? r.userIDs : [])));
    // News only about a message whose reactions were known: a first sight is not a change.
    if (!before) return;
    for (const { userID, reactionID } of newReactors(before, update.reactions, this.deps.session.userID)) {
      const reacted = { conversationID: String(update.conversationID ?? ''), messageID, userID, reactionID };
      for (const listener of [...this.listeners]) {
        try {
          listener(reacted);
        } catch (error) {
          this.deps.reportError(error);
        }
      }
    }
  }

  toggle(message: Message, reactionID: string): Promise<void> {
    const mine = this.of(message?.ID ?? '').some((r) => r.reactionID === reactionID && r.reactedByMe);
    return mine ? this.remove(message, reactionID) : this.add(message, reactionID);
  }

  add(message: Message, reactionID: string): Promise<void> {
    return this.change(message, reactionID, true);
  }

  remove(message: Message, reactionID: string): Promise<void> {
    return this.change(message, reactionID, false);
  }

  async reactionUsers(message: Message, reactionID: string): Promise<readonly string[]> {
    const reaction = this.of(message?.ID ?? '').find((r) => r.reactionID === reactionID);
    if (!reaction) return [];
    const { service } = this.deps;
    if (reaction.userIDs.length >= reaction.count || !this.supported || !service.getReactionUsers) return reaction.userIDs;
    const users: string[] = [];
    let cursor = 0;
    do {
      const page = await service.getReactionUsers(message, reactionID, { cursor, count: 100 });
      users.push(...page.userIDs);
      if (page.isCompleted || page.nextCursor === cursor) break;
      cursor = page.nextCursor;
    } while (users.length < MAX_REACTION_USERS);
    const unique = [...new Set(users)];
    this.deps.wantProfiles(unique);
    return unique;
  }

  private async change(message: Message, reactionID: string, add: boolean): Promise<void> {
    const { service, session } = this.deps;
    if (!session.userID) throw new ChatError(CHAT_ERROR.notLoggedIn, 'The store is not started: call start(userID) first.');
    const call = add
      ? service.addReaction && ((m: Message, id: string) => service.addReaction!(m, id))
      : service.removeReaction && ((m: Message, id: string) => service.removeReaction!(m, id));
    if (!this.supported || !call) throw unsupportedFeature('reactions', backendName(service));
    if (typeof reactionID !== 'string' || reactionID === '' || reactionID.length > MAX_REACTION_ID) {
      throw new ChatError(CHAT_ERROR.invalidArgument, 'A reaction needs a reaction ID (such as "[TUIEmoji_Like]").');
    }
    if (!canReact(message, true)) throw new ChatError(CHAT_ERROR.invalidArgument, 'This message cannot have reactions.');
    const before = this.of(message.ID);
    const after = withMyReaction(before, reactionID, session.userID, add);
    if (after === before) return;
    this.put(message.ID, after);
    const sessionID = session.id;
    try {
      await call(message, reactionID);
    } catch (thrown) {
      // Put back only what this change did: an update that came meanwhile is the server's word.
      if (sessionID === session.id && this.state.get().byMessage[message.ID] === after) this.put(message.ID, before);
      throw toChatError(thrown);
    }
  }

  private put(messageID: string, reactions: readonly MessageReaction[]): void {
    this.changedAt.set(messageID, ++this.generation);
    this.state.set((s) => ({ byMessage: Object.freeze({ ...s.byMessage, [messageID]: reactions }) }));
  }

  /** Queue the messages not asked for yet; one load runs at a time, in batches of one conversation. */
  private want(messages: readonly Message[]): void {
    const { session } = this.deps;
    if (!this.supported || !this.deps.service.getReactions || !session.serviceReady) return;
    if (this.session !== session.id) {
      this.session = session.id;
      this.asked.clear();
    }
    const wanted: Message[] = [];
    for (const message of messages) {
      if (this.asked.has(message.ID) || !canReact(message, true)) continue;
      this.asked.add(message.ID);
      wanted.push(message);
    }
    this.loads.push(wanted);
  }

  private async load(batch: readonly Message[]): Promise<void> {
    const { service, session } = this.deps;
    const sessionID = session.id;
    const startedAt = this.generation;
    try {
      const results = (await service.getReactions?.(batch)) ?? [];
      if (sessionID !== session.id) return;
      const found = new Map(
        results.filter((r) => r && typeof r.messageID === 'string').map((r) => [r.messageID, cleanReactions(r.reactions)]),
      );
      const users: string[] = [];
      this.state.set((s) => {
        const byMessage = { ...s.byMessage };
        for (const message of batch) {
          // Changed while the answer was on its way: the change is newer than the answer.
          if ((this.changedAt.get(message.ID) ?? 0) > startedAt) continue;
          const reactions = found.get(message.ID) ?? Object.freeze([]);
          byMessage[message.ID] = reactions;
          for (const r of reactions) users.push(...r.userIDs);
        }
        return { byMessage: Object.freeze(byMessage) };
      });
      this.deps.wantProfiles(users);
    } catch (error) {
      // Asked again at the next sign-in (`reload`); reactions are not worth an error banner offline.
      if (sessionID === session.id) for (const message of batch) this.asked.delete(message.ID);
      if (service.getConnectionState() === 'connected') this.deps.reportError(error);
    }
  }
}

function backendName(service: ChatService): string {
  return service.constructor?.name && service.constructor.name !== 'Object' ? service.constructor.name : 'This backend';
}

/** Reactions as a store feature: `store.use(reactionsFeature)` gives `store.reactions`. */
export const reactionsFeature: StoreFeature<MessageReactions> = {
  name: 'reactions',
  create: (store) =>
    new MessageReactions({
      service: store.service,
      session: store.session,
      wantProfiles: (userIDs) => store.wantProfiles(userIDs),
      reportError: (error) => store.errors.reportError(error),
    }),
};
