/**
 * The composer's state and decisions, without a DOM (modelled on stream-chat-js's
 * `MessageComposer`): sub-managers that are each a small store (text, mentions, reply, group
 * members), the draft saver and the typing protocol on injected timers, the send-block reason,
 * and sending with its failures. `<tim-composer>` renders these stores and fires the events.
 */
import { defaultEmojiSet } from '../emoji/default-emoji-set.js';
import type { EmojiSet } from '../emoji/emoji-set.js';
import type { FaceSticker } from '../emoji/face-sticker.js';
import { canonicalEmojiCodes } from '../emoji/parse-emoji.js';
import { toChatError, type ChatError } from '../errors.js';
import {
  DEFAULT_ATTACHMENT_RULES,
  kindForFile,
  MAX_IMAGES_PER_MESSAGE,
  type AttachmentKind,
  type AttachmentRules,
} from '../model/attachment-rules.js';
import type { Draft } from '../model/conversation.js';
import { parseConversationID, type ConversationType } from '../model/ids.js';
import type { Message } from '../model/message.js';
import type { ChatStoreApi, OutgoingContent, StoreSendOptions } from '../store/chat-store-api.js';
import { muteEndsAt, sendBlockReason, type SendBlockReason } from '../store/selectors/send-block-reason.js';
import { StateStore, type Unsubscribe } from '../store/state-store.js';
import { ownValue } from '../util/own-value.js';
import { systemTimers, type Timers } from '../util/timers.js';
import { fileNameOf, prepareAttachment, type AttachmentRefusal, type MediaReader } from './attachment-preparer.js';
import { ImageTray } from './image-tray.js';
import { LocationPicker } from './location-picker.js';
import { ComposerTyping } from './composer-typing.js';
import { decodeDraftExtras, draftFor } from './draft-extras.js';
import { DEFAULT_DRAFT_DELAY_MS, DraftSaver } from './draft-saver.js';
import { GroupMembersLoader } from './group-members-loader.js';
import { MentionManager, type TextSelection } from './mention-manager.js';
import type { MentionCandidate } from './mentions.js';
import { ReplyManager, replyReference } from './reply-manager.js';
import { EditManager } from './edit-manager.js';
import { classifySendFailure } from './send-failure.js';
import { baseSendOptions, textSendOptions, type SendSettings } from './send-options.js';
import { DEFAULT_MAX_TEXT_BYTES, textOverLimit } from './text-limit.js';
import { TextComposer } from './text-composer.js';

/** What the app set on the element, read by the decisions below. */
export interface ComposerSettings {
  readonly disabled: boolean;
  readonly disabledReason: string;
  readonly maxTextBytes: number;
  readonly draftDelayMs: number;
  /** Tell the others that this user types. */
  readonly typing: boolean;
  readonly emojiSet: EmojiSet;
  readonly rules: AttachmentRules;
  readonly send: SendSettings;
}

const DEFAULT_SETTINGS: ComposerSettings = {
  disabled: false,
  disabledReason: '',
  maxTextBytes: DEFAULT_MAX_TEXT_BYTES,
  draftDelayMs: DEFAULT_DRAFT_DELAY_MS,
  typing: true,
  emojiSet: defaultEmojiSet,
  rules: DEFAULT_ATTACHMENT_RULES,
  send: {},
};

/** A line above the input about the last thing that went wrong (the element words it). */
export type ComposerNotice =
  | { readonly kind: 'send-error'; readonly error: ChatError }
  | { readonly kind: 'attachment'; readonly file: Blob; readonly name: string; readonly refusal: AttachmentRefusal };

export interface MessageComposerState {
  readonly conversationID: string | null;
  readonly notice: ComposerNotice | null;
  /** Groups where sending failed because this user is not a member. */
  readonly notMemberOf: readonly string[];
  /** Messages handed to the store and not answered yet. */
  readonly sending: number;
}

/** The part of the store the composer uses. */
export type ComposerStore = Pick<
  ChatStoreApi,
  'state' | 'getDraft' | 'setDraft' | 'send' | 'sendTyping' | 'supportsTyping' | 'loadGroupMembers'
> &
  Partial<Pick<ChatStoreApi, 'editMessage'>>;

/** What saving an edit came to: saved, nothing to save (unchanged: the edit just ends), or failed (the edit stays, a notice says why). */
export type EditOutcome = 'saved' | 'unchanged' | 'failed' | 'none';

/** A message ready to announce and deliver. */
export interface ComposedMessage {
  readonly conversationID: string;
  /** One element, or several in order (the text and the pictures held in the tray). */
  readonly content: OutgoingContent | readonly OutgoingContent[];
  readonly options: StoreSendOptions;
}

export type AttachmentOutcome =
  | ({ readonly kind: 'ready' } & ComposedMessage)
  /** Held in the tray, to go with the text. */
  | { readonly kind: 'held' }
  | { readonly kind: 'refused'; readonly notice: Extract<ComposerNotice, { kind: 'attachment' }> };

/** Never equal to a store: the first `sync` always loads the draft. */
const NOT_LOADED: unique symbol = Symbol('not loaded');

export class MessageComposer {
  readonly state = new StateStore<MessageComposerState>({ conversationID: null, notice: null, notMemberOf: [], sending: 0 });
  readonly text = new TextComposer();
  readonly mentions = new MentionManager();
  readonly reply = new ReplyManager();
  readonly editing = new EditManager();
  readonly images = new ImageTray();
  readonly location = new LocationPicker();
  readonly members = new GroupMembersLoader();
  readonly drafts: DraftSaver;
  readonly typing: ComposerTyping;
  readonly timers: Timers;
  private readonly media: MediaReader;
  private current: ComposerSettings = DEFAULT_SETTINGS;
  private store: ComposerStore | undefined;
  /** The user changed the text, reply or mentions since the draft was last loaded. */
  private dirty = false;
  private loadedStore: ComposerStore | undefined | typeof NOT_LOADED = NOT_LOADED;
  private seenDraft: Draft | null | undefined;
  private muteTimer: unknown = null;

  constructor(options: { readonly media: MediaReader; readonly timers?: Timers }) {
    this.media = options.media;
    this.timers = options.timers ?? systemTimers;
    this.drafts = new DraftSaver(this.timers);
    this.typing = new ComposerTyping(this.timers);
  }

  /** Hear of any change to the composer or one of its sub-stores (a view re-renders). */
  subscribe(listener: () => void): Unsubscribe {
    const stores = [
      this.state,
      this.text.state,
      this.reply.state,
      this.mentions.state,
      this.members.state,
      this.editing.state,
      this.images.state,
      this.location.state,
    ] as const;
    const unsubscribes = stores.map((store: { subscribe: StateStore<object>['subscribe'] }) => store.subscribe((state) => state, listener));
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }

  get conversationID(): string | null {
    return this.state.get().conversationID;
  }

  private get target(): { type: ConversationType; targetID: string } | null {
    const id = this.conversationID;
    return id ? parseConversationID(id) : null;
  }

  get settings(): ComposerSettings {
    return this.current;
  }

  configure(settings: Partial<ComposerSettings>): void {
    this.current = { ...this.current, ...settings };
  }

  /**
   * Follow the store, the conversation and the store's draft of it (call before each render).
   * Leaving a conversation saves what was typed there; a draft that arrives later (the cache at
   * start-up, another tab) fills a box the user has not touched.
   */
  sync(store: ComposerStore | undefined, conversationID: string | null | undefined, storeDraft: Draft | null | undefined): void {
    const id = conversationID || null;
    if (id !== this.conversationID) {
      // An edit belongs to its conversation: leaving drops it (the draft kept aside is the saved one).
      this.editing.end();
      this.drafts.flush();
      this.typing.stop();
      this.store = store;
      this.state.set({ conversationID: id, notice: null });
      this.mentions.reset();
      // The pictures held and the place being picked were for that conversation.
      this.images.clear();
      this.location.reset();
      const target = this.target;
      this.members.show(target?.type === 'GROUP' ? target.targetID : null);
      this.loadDraft();
    } else if (store !== this.loadedStore && !this.dirty) {
      this.store = store;
      this.loadDraft();
    }
    this.store = store;
    if (storeDraft !== this.seenDraft) {
      this.seenDraft = storeDraft;
      if (!this.dirty) this.loadDraft();
    }
  }

  /** Why nothing can be sent now, or null (also offline: messages queue). */
  blockReason(): SendBlockReason | null {
    return sendBlockReason({
      conversationID: this.conversationID,
      state: this.store ? this.store.state.get() : null,
      disabled: this.settings.disabled,
      disabledReason: this.settings.disabledReason,
      notMemberOf: this.state.get().notMemberOf,
      now: this.timers.now(),
    });
  }

  /** Call `onEnd` when this user's mute in the open group ends (the block reason changes then); replaces the last call. */
  watchMuteEnd(onEnd: () => void): void {
    this.timers.clearTimeout(this.muteTimer);
    this.muteTimer = null;
    const until = muteEndsAt(this.conversationID, this.store ? this.store.state.get() : null, this.timers.now());
    const wait = until === null ? 0 : until - this.timers.now();
    if (wait > 0 && wait < 2 ** 31 - 1) this.muteTimer = this.timers.setTimeout(onEnd, wait + 50);
  }

  /** Signed in but disconnected ('connecting' is not offline: the chat says "Connecting…"). */
  get offline(): boolean {
    const state = this.store?.state.get();
    return Boolean(state?.me && !state.kickedOut && state.connection === 'disconnected');
  }

  /** The text's size when it is over the limit, else null. */
  overLimit(): { bytes: number } | null {
    return textOverLimit(this.text.text, this.settings.maxTextBytes, (text) => this.outgoingText(text));
  }

  /** The rows of the mention list (`allLabel`: "@All" in the UI language). */
  mentionCandidates(allLabel: string): MentionCandidate[] {
    const target = this.target;
    const state = this.store?.state.get();
    if (target?.type !== 'GROUP' || !state) return [];
    const role = ownValue(state.groups, target.targetID)?.selfRole;
    return this.mentions.candidates(ownValue(state.groupMembers, target.targetID) ?? [], {
      selfID: state.me?.userID ?? '',
      canMentionAll: role === 'Owner' || role === 'Admin',
      allLabel,
    });
  }

  // ───────────── editing ─────────────

  /** Replace the text (the element's `value`, a chosen mention): kept as the draft. */
  setText(text: string): void {
    this.text.setText(text);
    this.touched();
  }

  /** The user edited the text: the draft, the mention query and the typing signal follow. */
  edit(text: string, selection: TextSelection | null): void {
    this.setText(text);
    this.caretMoved(text, selection);
    this.typing.input(!this.text.isBlank, this.store, this.conversationID, this.settings.typing);
  }

  /** The caret moved: the mention being typed may have changed (its group's members load once). */
  caretMoved(text: string, selection: TextSelection | null): void {
    const target = this.target;
    const query = this.mentions.track(text, selection, target?.type === 'GROUP');
    const store = this.store;
    if (query && store && target)
      void this.members.ensure(store, target.targetID, Boolean(ownValue(store.state.get().groupMembers, target.targetID)));
  }

  /** Put the chosen member's name in place of the query; the new text and caret. */
  chooseMention(candidate: MentionCandidate, text: string): { text: string; caret: number } | null {
    const chosen = this.mentions.choose(candidate, text);
    if (chosen) this.setText(chosen.text);
    return chosen;
  }

  /** Reply to a message of this conversation (others are ignored); `locale` words a non-text quote. */
  replyTo(message: Message, locale: string): boolean {
    if (!message || message.conversationID !== this.conversationID) return false;
    this.reply.set(replyReference(message, this.store?.state.get().users ?? {}, locale));
    this.touched();
    return true;
  }

  cancelReply(): void {
    if (this.reply.cancel()) this.touched();
  }

  // ───────────── edit, re-edit ─────────────

  /**
   * Edit one's own text message of this conversation: its text goes into the box and what was
   * being written is kept aside until the edit ends. False when it cannot be edited here.
   */
  startEdit(message: Message): boolean {
    if (!message || message.conversationID !== this.conversationID || message.flow !== 'out') return false;
    if (!this.editing.start(message, { text: this.text.text, reply: this.reply.reply })) return false;
    this.text.setText(this.editing.editing?.originalText ?? '');
    this.reply.set(null);
    this.mentions.reset();
    this.state.set({ notice: null });
    return true;
  }

  /** Leave edit mode without saving: the text and quote written before come back. */
  cancelEdit(): boolean {
    const stash = this.editing.end();
    if (!stash) return false;
    this.text.setText(stash.text);
    this.reply.set(stash.reply);
    return true;
  }

  /**
   * Save the edit through the store (`editMessage`). Unchanged text just ends the edit; a blank
   * one is not saved (the edit stays); a failure keeps the edit and shows why above the input.
   */
  async saveEdit(): Promise<EditOutcome> {
    const editing = this.editing.editing;
    const store = this.store;
    if (!editing || this.editing.state.get().saving) return 'none';
    if (this.text.isBlank) return 'none';
    const text = this.outgoingText(this.text.text);
    if (text === editing.originalText) {
      this.cancelEdit();
      return 'unchanged';
    }
    if (!store?.editMessage) return 'failed';
    this.editing.setSaving(true);
    try {
      await store.editMessage(editing.message, text);
    } catch (thrown) {
      this.editing.setSaving(false);
      this.state.set({ notice: { kind: 'send-error', error: toChatError(thrown) } });
      return 'failed';
    }
    if (this.editing.editing?.message.ID === editing.message.ID) this.cancelEdit();
    return 'saved';
  }

  /** "Re-edit" a recalled message: its text becomes what is being written (a draft like any). */
  reEdit(text: string): void {
    if (typeof text !== 'string' || !this.conversationID) return;
    this.editing.end();
    this.setText(text);
  }

  dismissNotice(): void {
    this.state.set({ notice: null });
  }

  // ───────────── sending ─────────────

  /** The text message to send, 'over-limit' (the text stays), or null when there is nothing to send. */
  composeText(): ComposedMessage | { readonly overLimit: { bytes: number } } | null {
    const id = this.conversationID;
    if (!id || !this.store || this.blockReason() || !this.canSend) return null;
    const overLimit = this.overLimit();
    if (overLimit) return { overLimit };
    const text = this.text.text;
    const atUserList = this.target?.type === 'GROUP' && !this.text.isBlank ? this.mentions.atUserList(text) : [];
    const images = this.images.images.map((image) => image.content);
    const textContent: OutgoingContent[] = this.text.isBlank ? [] : [{ type: 'text', text: this.outgoingText(text) }];
    const contents = [...textContent, ...images];
    return {
      conversationID: id,
      content: contents.length === 1 ? contents[0]! : contents,
      options: textSendOptions(baseSendOptions(this.settings.send), atUserList, this.reply.reply),
    };
  }

  /** There is something to send: text, or pictures held in the tray. */
  get canSend(): boolean {
    return !this.text.isBlank || (this.images.images.length > 0 && !this.editing.editing);
  }

  /** Whether a picture, once checked, waits in the tray rather than going at once: when there is text to go with, or pictures already wait. */
  private holdsImage(): boolean {
    return !this.editing.editing && (!this.text.isBlank || this.images.images.length > 0);
  }

  /** The text went out: the box empties at once (the message shows in the list as sending). */
  textSent(conversationID: string): void {
    this.text.setText('');
    this.images.clear();
    this.reply.set(null);
    this.mentions.reset();
    this.state.set({ notice: null });
    this.dirty = false;
    this.typing.sent();
    this.drafts.discard(this.store, conversationID);
  }

  composeSticker(sticker: FaceSticker): ComposedMessage | null {
    const id = this.conversationID;
    if (!id || this.blockReason()) return null;
    return {
      conversationID: id,
      content: { type: 'face', index: sticker.index, data: sticker.data },
      options: baseSendOptions(this.settings.send),
    };
  }

  /** The location in the picker, or null when sending is blocked or a coordinate is wrong (the picker shows which). */
  composeLocation(): ComposedMessage | null {
    const id = this.conversationID;
    if (!id || this.blockReason()) return null;
    const content = this.location.content();
    return content ? { conversationID: id, content, options: baseSendOptions(this.settings.send) } : null;
  }

  /** A recorded voice message (a sound element of `second` seconds); null when sending is blocked. */
  composeVoice(file: Blob, second: number): ComposedMessage | null {
    const id = this.conversationID;
    if (!id || this.blockReason()) return null;
    return { conversationID: id, content: { type: 'sound', file, second }, options: baseSendOptions(this.settings.send) };
  }

  /** Check and measure a file; null when nothing can be sent or the user left the conversation meanwhile. */
  async composeAttachment(file: Blob, forced?: AttachmentKind): Promise<AttachmentOutcome | null> {
    const id = this.conversationID;
    if (!id || this.blockReason()) return null;
    const image = (forced ?? kindForFile(file, this.settings.rules)) === 'image';
    if (image && this.holdsImage() && this.images.full)
      return this.refuse(file, { kind: 'image', reason: 'too-many-images', limit: MAX_IMAGES_PER_MESSAGE });
    const prepared = await prepareAttachment(file, forced, this.settings.rules, this.media);
    if (!prepared.ok) return this.refuse(file, prepared.refusal);
    if (id !== this.conversationID) return null;
    const content = prepared.content;
    if (content.type === 'image' && this.holdsImage()) {
      if (!this.images.add(content, fileNameOf(file)))
        return this.refuse(file, { kind: 'image', reason: 'too-many-images', limit: MAX_IMAGES_PER_MESSAGE });
      this.state.set({ notice: null });
      return { kind: 'held' };
    }
    return { kind: 'ready', conversationID: id, content, options: baseSendOptions(this.settings.send) };
  }

  private refuse(file: Blob, refusal: AttachmentRefusal): AttachmentOutcome {
    const notice = { kind: 'attachment', file, name: fileNameOf(file), refusal } as const;
    this.state.set({ notice });
    return { kind: 'refused', notice };
  }

  /** Hand a message to the store. Delivery failures show on the message in the list; the rest here. */
  async deliver(message: ComposedMessage): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.state.set((s) => ({ sending: s.sending + 1 }));
    try {
      await store.send(message.conversationID, message.content, message.options);
    } catch (thrown) {
      const failure = classifySendFailure(thrown, message.conversationID);
      if (failure.kind === 'not-member') {
        this.state.set((s) => ({
          notMemberOf: s.notMemberOf.includes(failure.groupID) ? s.notMemberOf : [...s.notMemberOf, failure.groupID],
        }));
      } else if (failure.kind === 'notice' && message.conversationID === this.conversationID) {
        this.state.set({ notice: { kind: 'send-error', error: failure.error } });
      }
    } finally {
      this.state.set((s) => ({ sending: s.sending - 1 }));
    }
  }

  /** The element leaves the page: save the draft now and tell the others the typing stopped. */
  disconnect(): void {
    this.drafts.flush();
    this.typing.stop();
    this.timers.clearTimeout(this.muteTimer);
    this.muteTimer = null;
  }

  // ───────────── drafts ─────────────

  /** Emoji codes in the form TUIKit clients read (`[TUIEmoji_Smile]`). */
  private outgoingText(text: string): string {
    return canonicalEmojiCodes(text, this.settings.emojiSet);
  }

  private touched(): void {
    this.dirty = true;
    // The text of an edit is not a draft: the draft is what was written before, kept aside.
    if (this.editing.editing) return;
    const id = this.conversationID;
    const store = this.store;
    const target = this.target;
    if (!id || !store || !target || target.type === '@TIM#SYSTEM' || !store.state.get().me) return;
    const draft = draftFor(this.text.text, { reply: this.reply.reply, mentions: this.mentions.state.get().chosen });
    this.drafts.schedule(store, id, draft, this.settings.draftDelayMs);
  }

  /** Show the store's draft of this conversation (text, reply quote, mentions). */
  private loadDraft(): void {
    const store = this.store;
    this.loadedStore = store;
    const id = this.conversationID;
    const draft = store && id && this.target ? store.getDraft(id) : null;
    const extras = decodeDraftExtras(draft?.userDefine);
    this.text.setText(draft?.text ?? '');
    this.reply.set(extras.reply);
    this.mentions.restore(extras.mentions);
    this.dirty = false;
  }
}
