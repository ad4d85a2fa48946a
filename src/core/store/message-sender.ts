import { withPeerRead } from './message-merge.js';
import type { OutboxEntry } from '../cache/chat-cache.js';
import { CHAT_ERROR, ChatError, toChatError } from '../errors.js';
import type { Message } from '../model/message.js';
import type { UserProfile } from '../model/profile.js';
import { attachedFiles, type ChatService } from '../service/chat-service.js';
import type { Timers } from '../util/timers.js';
import type { ChatState, OutgoingContent, StoreSendOptions } from './chat-store-api.js';
import { refreshLastMessage, touchConversation, type ConversationUpdateDeps } from './conversation-updates.js';
import type { MessageLists } from './message-lists.js';
import { createOutgoingMessage, messagesFor } from './outgoing-message.js';
import { wantsReadReceipt } from './selectors/read-receipt-rules.js';
import type { ServerClock } from './server-clock.js';
import type { StateStore } from './state-store.js';
import { isOfflineError } from './store-errors.js';
import { requireStarted } from './store-session.js';

type SendOptions = OutboxEntry['options'];

/** Failures after which the server may still have received the message (only its answer was lost). */
const LOST_ANSWER_CODES: readonly number[] = [CHAT_ERROR.network, CHAT_ERROR.timeout];
/** First check of such a message, in ms; it doubles for each further try. */
const VERIFY_DELAY_MS = 400;
const VERIFY_ATTEMPTS = 4;

/** What sending reads and writes besides the service: the outbox in the cache, the lists, the clocks. */
export interface MessageSenderDeps extends Omit<ConversationUpdateDeps, 'isReadingNow'> {
  readonly service: Pick<ChatService, 'sendMessage' | 'findMessages' | 'getConnectionState' | 'features'>;
  /** "me" for new messages; the cache warning when the outbox cannot be written. */
  readonly state: Pick<StateStore<ChatState>, 'get' | 'set'>;
  readonly lists: Pick<MessageLists, 'findList'>;
  readonly serverClock: ServerClock;
  /** For the checks with the server after a lost answer. */
  readonly timers: Timers;
  /** The local clock (epoch ms). */
  now(): number;
  /** The time (seconds) for a message made here now (see `ChatStore`). */
  stampSeconds(conversationID: string): number;
  /** Keep the learned offset to the server's clock when it moved. */
  persistServerClock(): void;
}

/**
 * Optimistic, durable sending. A message shows at once as `unSend` and goes into the cache's
 * outbox (with its file) before the service sees it; it leaves the outbox when the service
 * accepted it. Without a connection it stays queued and is delivered, once, when the
 * connection returns — by whichever tab holds the outbox lock, with the same ID and random,
 * so a backend drops a duplicate. A refused message becomes `fail`; its outbox entry stays
 * (marked failed, skipped by delivery) so a resend still has its file.
 */
export class MessageSender {
  private readonly sending = new Map<string, { controller: AbortController; promise: Promise<Message> }>();
  private readonly delivered = new Map<string, { promise: Promise<Message> }>();
  private readonly verifyTimers = new Set<unknown>();
  private readonly cancelled = new Set<string>();
  private readonly previewUrls: string[] = [];
  private outboxRun: Promise<void> | null = null;
  private outboxAgain = false;

  constructor(private readonly deps: MessageSenderDeps) {}

  private me(): UserProfile {
    return this.deps.state.get().me ?? { userID: this.deps.session.userID, nick: '', avatar: '' };
  }

  async send(
    conversationID: string,
    content: OutgoingContent | readonly OutgoingContent[],
    options: StoreSendOptions = {},
  ): Promise<Message> {
    requireStarted(this.deps.session);
    const contents = (Array.isArray(content) ? content : [content]) as readonly OutgoingContent[];
    const parts = messagesFor(contents, this.deps.service.features);
    if (parts.length > 1) {
      // Made (and queued) in order before any goes out, so they arrive in that order; the last is the answer.
      const sends = parts.map((part) => this.sendOne(conversationID, part, options));
      return (await Promise.all(sends)).at(-1)!;
    }
    return this.sendOne(conversationID, contents, options);
  }

  private sendOne(conversationID: string, contents: readonly OutgoingContent[], options: StoreSendOptions): Promise<Message> {
    const { message, file, files } = createOutgoingMessage({
      me: this.me(),
      conversationID,
      contents,
      options,
      nowMs: this.deps.now(),
      time: this.deps.stampSeconds(conversationID),
      previewUrl: (blob) => this.previewUrl(blob),
      needReadReceipt: wantsReadReceipt(conversationID, options, this.deps.service.features),
    });
    return this.enqueue(message, sendOptionsOf(options, files ?? file));
  }

  /** Send a message built elsewhere (a forwarded copy): optimistic, durable, the same as `send`. */
  sendPrepared(message: Message, options: SendOptions = {}): Promise<Message> {
    requireStarted(this.deps.session);
    return this.enqueue(message, options);
  }

  /** The batch-send message (the service makes one per user from it) and the options to send it with. */
  batchMessage(
    userIDs: readonly string[],
    content: OutgoingContent,
    options: StoreSendOptions,
  ): { message: Message; options: SendOptions } {
    const { message, file } = createOutgoingMessage({
      me: this.me(),
      conversationID: `C2C${userIDs[0]}`,
      contents: [content],
      options,
      nowMs: this.deps.now(),
      time: Math.floor(this.deps.serverClock.nowMs() / 1000),
    });
    return { message, options: sendOptionsOf(options, file) };
  }

  /** A blob: URL of this page for a file being sent; freed when the session stops. */
  previewUrl(blob: Blob): string {
    if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return '';
    try {
      const url = URL.createObjectURL(blob);
      this.previewUrls.push(url);
      return url;
    } catch {
      return '';
    }
  }

  /**
   * Write-ahead: the message goes into the outbox (unless online-only) before it shows as sending,
   * straight to the cache, not behind the store's queue of cache writes; a reload at any instant
   * then finds it. Then it shows, then it goes to the service (after queued messages still being
   * delivered, so order is kept).
   */
  private async enqueue(message: Message, options: SendOptions): Promise<Message> {
    const { deps } = this;
    const session = deps.session.id;
    if (!message.onlineOnly) await this.makeDurable({ message, options, queuedAt: deps.now() });
    if (session !== deps.session.id)
      throw new ChatError(CHAT_ERROR.notLoggedIn, 'The store stopped before the message was sent; it stays queued.');
    const changes = deps.batches.changes();
    const shown = changes.upsertMessage(message, 'local', { persist: !message.onlineOnly });
    touchConversation(deps, changes, shown);
    deps.batches.commit(changes);
    if (message.onlineOnly) return this.transmit(message, options);
    // One sender at a time per user, across tabs, in the order messages were made: older queued
    // messages (a reload's, another tab's) go first, and none overtakes another.
    let outcome: Promise<Message> | undefined;
    await deps.cache.current
      .withOutboxLock(async () => {
        await this.deliverQueued(session, message.ID);
        outcome = this.transmit(message, options);
        await outcome.catch(() => {});
      })
      .catch(() => {});
    return outcome ?? this.transmit(message, options);
  }

  /** The outbox write itself; a cache that cannot write says so through its warning, and the send goes on. */
  private async makeDurable(entry: OutboxEntry): Promise<void> {
    try {
      await this.deps.cache.current.putOutbox(entry);
    } catch (error) {
      this.deps.state.set({ cacheWarning: { kind: 'error', message: toChatError(error, CHAT_ERROR.storage).message } });
    }
  }

  /** Send once: a message already on its way, or just delivered by this tab, is not sent again (same promise). */
  private transmit(message: Message, options: SendOptions): Promise<Message> {
    const running = this.sending.get(message.ID) ?? this.delivered.get(message.ID);
    if (running) return running.promise;
    const controller = new AbortController();
    const promise = this.runSend(message, options, controller.signal, this.deps.session.id).finally(() => {
      if (this.sending.get(message.ID)?.controller === controller) this.sending.delete(message.ID);
    });
    promise.then(
      (result) => {
        if (result?.status === 'success') this.rememberDelivered(message.ID, promise);
      },
      () => {},
    );
    this.sending.set(message.ID, { controller, promise });
    return promise;
  }

  /** Recent deliveries of this tab, so a send waiting for the lock finds its message already sent. */
  private rememberDelivered(messageID: string, promise: Promise<Message>): void {
    this.delivered.set(messageID, { promise });
    if (this.delivered.size > 500) this.delivered.delete(this.delivered.keys().next().value as string);
  }

  private async runSend(message: Message, options: SendOptions, signal: AbortSignal, session: number): Promise<Message> {
    const { deps } = this;
    const durable = !message.onlineOnly;
    let sent: Message;
    try {
      sent = await deps.service.sendMessage(message, {
        ...options,
        signal,
        onProgress: (loaded, total) => {
          if (session === deps.session.id) this.showProgress(message, loaded, total);
        },
      });
    } catch (thrown) {
      const cancelled = this.cancelled.delete(message.ID);
      const error = cancelled
        ? new ChatError(CHAT_ERROR.uploadCancelled, 'Sending was cancelled.')
        : toChatError(thrown, CHAT_ERROR.sendFailed);
      if (session !== deps.session.id) throw error;
      const changes = deps.batches.changes();
      const current = changes.message(message.conversationID, message.ID) ?? message;
      if (cancelled) {
        // The user stopped it: the message goes (from the list, the cache and the outbox), it did not fail.
        changes.removeMessage(current, 'delete');
        refreshLastMessage(deps, changes, current.conversationID, new Set([current.ID]), true);
        deps.batches.commit(changes);
        if (durable) await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
        throw error;
      }
      if (durable && isOfflineError(deps.service, error)) {
        // No connection: it stays queued (in the outbox) and goes out when the connection returns.
        const queued: Message = withoutProgress({ ...current, status: 'unSend' });
        changes.upsertMessage(queued, 'local', { persist: true });
        deps.batches.commit(changes);
        return queued;
      }
      if (current.status === 'success') {
        // The answer was lost, but another tab (or the server's own notice) already told us it arrived.
        if (durable) await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
        return current;
      }
      const failed: Message = withoutProgress({ ...current, status: 'fail', error: { code: error.code, message: error.message } });
      const shown = changes.upsertMessage(failed, 'local', { persist: durable });
      touchConversation(deps, changes, shown);
      deps.batches.commit(changes);
      if (durable) await this.makeDurable({ message: failed, options, queuedAt: deps.now() });
      if (durable && LOST_ANSWER_CODES.includes(error.code)) this.verifyLater(failed, session);
      throw error;
    }
    if (session !== deps.session.id) return sent;
    deps.serverClock.observeAck(sent?.time);
    deps.persistServerClock();
    const changes = deps.batches.changes();
    let delivered: Message = { ...sent, status: 'success', onlineOnly: message.onlineOnly, isRead: true };
    const renamed = typeof sent?.ID === 'string' && sent.ID !== '' && sent.ID !== message.ID;
    if (renamed) {
      // The server named it (Tencent does): the optimistic copy, known by the client ID, makes way
      // for the stored one, which keeps the local-only fields.
      const optimistic = changes.message(message.conversationID, message.ID) ?? message;
      changes.removeMessage(optimistic, durable ? 'delete' : 'none');
      delivered = { ...delivered, customInt: optimistic.customInt, customStr: optimistic.customStr };
    }
    // The peer may have read it before our acknowledgement arrived: that receipt is already in.
    delivered = withPeerRead(delivered, changes.conversation(delivered.conversationID)?.peerReadTime ?? 0);
    const shown = changes.upsertMessage(delivered, 'service', { persist: durable });
    const conversation = changes.conversation(shown.conversationID);
    if (renamed && conversation?.lastMessage?.ID === message.ID) changes.putConversation({ ...conversation, lastMessage: shown }, durable);
    touchConversation(deps, changes, shown);
    deps.batches.commit(changes);
    if (durable) await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
    return shown;
  }

  /**
   * A network failure may have lost only the answer: the server may have the message. Ask it, a
   * little later; when it has it, the message is delivered (the same as the tabs that heard of it).
   */
  private verifyLater(message: Message, session: number, attempt = 0): void {
    const { deps } = this;
    const timer = deps.timers.setTimeout(
      () => {
        this.verifyTimers.delete(timer);
        void (async () => {
          if (session !== deps.session.id) return;
          const current = deps.lists.findList(message.conversationID)?.get(message.ID);
          if (current?.status === 'success') {
            // Another tab told us meanwhile: only the outbox entry is left to go.
            await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
            return;
          }
          if (current && current.status !== 'fail') return;
          if (deps.service.getConnectionState() !== 'connected') {
            if (attempt < VERIFY_ATTEMPTS) this.verifyLater(message, session, attempt + 1);
            return;
          }
          let found: Message | undefined;
          try {
            found = (await deps.service.findMessages([message.ID])).find((m) => m?.ID === message.ID);
          } catch {
            if (attempt < VERIFY_ATTEMPTS) this.verifyLater(message, session, attempt + 1);
            return;
          }
          if (!found || session !== deps.session.id) return;
          const changes = deps.batches.changes();
          const still = changes.message(message.conversationID, message.ID);
          if (still && still.status === 'success') return;
          const delivered = withoutProgress({
            ...found,
            status: 'success',
            isRead: true,
            customInt: message.customInt,
            customStr: message.customStr,
          });
          delete (delivered as { error?: unknown }).error;
          const shown = changes.upsertMessage(delivered, 'service', { persist: true });
          touchConversation(deps, changes, shown);
          deps.batches.commit(changes);
          await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
        })().catch((error) => deps.errors.reportError(error));
      },
      VERIFY_DELAY_MS * 2 ** attempt,
    );
    this.verifyTimers.add(timer);
  }

  private showProgress(message: Message, loaded: number, total: number): void {
    const { deps } = this;
    const changes = deps.batches.changes();
    const current = changes.message(message.conversationID, message.ID);
    if (!current || current.status !== 'unSend') return;
    const progress = { loaded: Math.max(0, loaded), total: Math.max(0, total) };
    if (current.progress && current.progress.loaded === progress.loaded && current.progress.total === progress.total) return;
    changes.upsertMessage({ ...current, progress }, 'local', { persist: false });
    deps.batches.commit(changes, { persist: false });
  }

  /** Send a failed (or queued) message again, with the same ID and random. */
  async resend(message: Message): Promise<Message> {
    const { deps } = this;
    const running = this.sending.get(message.ID);
    if (running) return running.promise;
    const current =
      deps.lists.findList(message.conversationID)?.get(message.ID) ??
      (await deps.cache.current.getMessage(message.ID).catch(() => undefined)) ??
      message;
    if (current.status === 'success') return current;
    if (current.from !== deps.session.userID) throw new ChatError(CHAT_ERROR.invalidArgument, 'Only your own messages can be resent.');
    const entry = (await deps.cache.current.getOutbox().catch(() => [] as OutboxEntry[])).find((e) => e.message.ID === current.ID);
    const options: SendOptions = entry?.options ?? { priority: current.priority, ...(current.onlineOnly ? { onlineOnly: true } : {}) };
    // Sent now: it moves below what arrived since it failed, where the server will put it.
    const retry: Message = { ...current, status: 'unSend', isDeleted: false, time: deps.stampSeconds(current.conversationID) };
    delete (retry as { error?: unknown }).error;
    const files = attachedFiles(options);
    if (files.length) (retry as { progress?: unknown }).progress = { loaded: 0, total: files.reduce((sum, f) => sum + f.size, 0) };
    deps.local.hiddenIDs.delete(retry.ID);
    return this.enqueue(retry, options);
  }

  /** Stop an upload or drop a queued message: either way the message disappears, with its outbox entry. */
  async cancel(message: Message): Promise<void> {
    const { deps } = this;
    const running = this.sending.get(message.ID);
    if (running) {
      this.cancelled.add(message.ID);
      running.controller.abort();
      await running.promise.catch(() => {});
      this.cancelled.delete(message.ID);
      return;
    }
    const current = deps.lists.findList(message.conversationID)?.get(message.ID) ?? message;
    if (current.status !== 'unSend') return;
    const changes = deps.batches.changes();
    changes.removeMessage(current, 'delete');
    refreshLastMessage(deps, changes, current.conversationID, new Set([current.ID]), true);
    deps.batches.commit(changes);
    await deps.cache.write(() => deps.cache.current.deleteOutbox(current.ID));
  }

  /** Stop sending these (they are being deleted); their outbox entries go too. */
  forget(messages: readonly Message[]): void {
    for (const message of messages) {
      const running = this.sending.get(message.ID);
      if (running) {
        this.cancelled.add(message.ID);
        running.controller.abort();
      }
      if (message.status !== 'success') void this.deps.cache.write(() => this.deps.cache.current.deleteOutbox(message.ID));
    }
  }

  /** Deliver queued messages, oldest first, once each; only the tab holding the outbox lock does it. */
  deliverOutbox(): Promise<void> {
    if (this.outboxRun) {
      this.outboxAgain = true;
      return this.outboxRun;
    }
    const { deps } = this;
    const session = deps.session.id;
    const run = async (): Promise<void> => {
      do {
        this.outboxAgain = false;
        await deps.cache.current.withOutboxLock(() => this.deliverQueued(session), { ifAvailable: true });
      } while (this.outboxAgain && session === deps.session.id);
    };
    const running = run()
      .catch((error) => {
        if (session === deps.session.id) deps.errors.reportError(error);
      })
      .finally(() => {
        if (this.outboxRun === running) this.outboxRun = null;
      });
    this.outboxRun = running;
    return running;
  }

  /** Queued messages, oldest first; with `before`, only those queued ahead of that message (it is sent by its caller). */
  private async deliverQueued(session: number, before?: string): Promise<void> {
    const { deps } = this;
    for (const entry of await deps.cache.current.getOutbox()) {
      if (session !== deps.session.id || !deps.session.serviceReady || deps.service.getConnectionState() !== 'connected') return;
      const message = entry.message;
      if (before !== undefined && message?.ID === before) return;
      if (!message?.ID || message.from !== deps.session.userID) continue;
      // Another tab may have delivered it (or learnt that a "failed" one arrived) and not yet taken it out of the outbox.
      const known =
        deps.lists.findList(message.conversationID)?.get(message.ID) ??
        (await deps.cache.current.getMessage(message.ID).catch(() => undefined));
      if (known?.status === 'success') {
        await deps.cache.write(() => deps.cache.current.deleteOutbox(message.ID));
        continue;
      }
      if (message.status === 'fail') continue;
      const running = this.sending.get(message.ID);
      if (running) {
        await running.promise.catch(() => {});
        continue;
      }
      const changes = deps.batches.changes();
      const shown = changes.upsertMessage({ ...message, status: 'unSend' }, 'local', { persist: false });
      touchConversation(deps, changes, shown, false);
      deps.batches.commit(changes);
      await this.transmit(message, entry.options).catch(() => {});
    }
  }

  /** The session ended: uploads stop (their messages stay queued for the next start), previews are freed. */
  stop(): void {
    for (const { controller } of this.sending.values()) controller.abort();
    this.sending.clear();
    this.delivered.clear();
    for (const timer of this.verifyTimers) this.deps.timers.clearTimeout(timer);
    this.verifyTimers.clear();
    this.cancelled.clear();
    this.outboxRun = null;
    for (const url of this.previewUrls.splice(0)) {
      try {
        URL.revokeObjectURL(url);
      } catch {
        // Not a URL this runtime made; nothing to free.
      }
    }
  }

  /** Uploads stop (signed out elsewhere); messages stay queued. */
  abortAll(): void {
    for (const { controller } of this.sending.values()) controller.abort();
  }
}

function sendOptionsOf(options: StoreSendOptions, file: Blob | readonly Blob[] | undefined): SendOptions {
  return {
    ...(options.priority ? { priority: options.priority } : {}),
    ...(options.onlineOnly ? { onlineOnly: true } : {}),
    ...(options.offlinePushInfo ? { offlinePushInfo: options.offlinePushInfo } : {}),
    ...(Array.isArray(file) ? { files: file } : file ? { file: file as Blob } : {}),
  };
}

function withoutProgress(message: Message): Message {
  delete (message as { progress?: unknown }).progress;
  return message;
}
