import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import type { Message } from '../model/message.js';
import type { ChatService } from '../service/chat-service.js';
import { copyableText } from './selectors/message-actions.js';
import { StateStore } from './state-store.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';
import { translationTarget } from './translation-target.js';

/** What is shown under a message: its text translated, or a voice message's words. */
export type ConversionKind = 'translation' | 'transcript';

/**
 * A conversion's state; a message never asked about is 'idle' (absent from the state).
 * 'hidden' keeps the result for the session: showing it again asks the backend nothing.
 */
export type ConversionStatus = 'idle' | 'loading' | 'shown' | 'hidden' | 'error';

export interface MessageConversion {
  readonly kind: ConversionKind;
  readonly messageID: string;
  readonly status: Exclude<ConversionStatus, 'idle'>;
  /** The translation or transcript ('' until there is one). */
  readonly text: string;
  /** The translation's target language ('' for a transcript). */
  readonly language: string;
  /** Why it failed ('error'): `CHAT_ERROR.noResult` when the backend has none. */
  readonly error: ChatError | null;
}

export interface ConversionsState {
  /** By `conversionKey(kind, messageID)`. */
  readonly items: Readonly<Record<string, MessageConversion>>;
}

function conversionKey(kind: ConversionKind, messageID: string): string {
  return `${kind}:${messageID}`;
}

/** A message's conversion of one kind, or null when idle. */
export function conversionOf(state: ConversionsState, kind: ConversionKind, messageID: string): MessageConversion | null {
  return Object.prototype.hasOwnProperty.call(state.items, conversionKey(kind, messageID))
    ? state.items[conversionKey(kind, messageID)]!
    : null;
}

/** The error of an action this backend does not have (`unsupportedFeature`). */
export function isUnsupportedFeature(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === CHAT_ERROR.unsupported;
}

/** The backend had no translation or transcript (`CHAT_ERROR.noResult`): nothing to retry. */
export function isNoResult(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === CHAT_ERROR.noResult;
}

/** The sound element a transcript is asked for, or -1. */
export function soundElementIndex(message: Message): number {
  return message.elements.findIndex((e) => e?.type === 'TIMSoundElem');
}

/**
 * Translations and transcripts of messages, one state per message and kind, kept for the session
 * (a sign-out clears them). Asking again while one is loading joins it; asking for a result that
 * is hidden shows it without a new request; an error is kept until the reader retries.
 */
export class MessageConversions implements StoreExtension {
  readonly state = new StateStore<ConversionsState>({ items: {} });
  private readonly running = new Map<string, Promise<void>>();
  /** Bumped by `reset()`: a result that arrives after a sign-out is dropped. */
  private generation = 0;

  /** `locale`: the reader's UI language, which a translation is into unless asked otherwise. */
  constructor(
    private readonly service: () => ChatService,
    private readonly locale: () => string = () => 'en',
  ) {}

  /** Translate a text message into `language` (a `translationTarget` code; default: the reader's language). */
  translate(message: Message, language: string = translationTarget(this.locale())): Promise<void> {
    const service = this.service();
    if (!service.features?.translate || !service.translateText)
      return Promise.reject(unsupportedFeature('translation', serviceName(service)));
    const text = copyableText(message);
    if (!text.trim()) return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, 'Only a message with text can be translated.'));
    const translateText = service.translateText.bind(service);
    return this.run('translation', message.ID, language, async () => {
      const [translated] = await translateText([text], { targetLanguage: language, sourceLanguage: 'auto' });
      return translated ?? '';
    });
  }

  /** The words of a sound message. */
  transcribe(message: Message): Promise<void> {
    const service = this.service();
    if (!service.features?.voiceToText || !service.convertVoiceToText)
      return Promise.reject(unsupportedFeature('voice to text', serviceName(service)));
    if (soundElementIndex(message) < 0)
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, 'Only a voice message can be converted to text.'));
    const convert = service.convertVoiceToText.bind(service);
    return this.run('transcript', message.ID, '', () => convert(message));
  }

  /** Hide a result (kept) or show it again. Nothing happens to a conversion that is not shown or hidden. */
  setHidden(kind: ConversionKind, messageID: string, hidden: boolean): void {
    const current = conversionOf(this.state.get(), kind, messageID);
    if (!current || (current.status !== 'shown' && current.status !== 'hidden')) return;
    this.put({ ...current, status: hidden ? 'hidden' : 'shown' });
  }

  /** Forget a conversion (back to idle): the reader closed an error. */
  dismiss(kind: ConversionKind, messageID: string): void {
    const key = conversionKey(kind, messageID);
    if (!conversionOf(this.state.get(), kind, messageID) || this.running.has(key)) return;
    const items = { ...this.state.get().items };
    delete items[key];
    this.state.set({ items });
  }

  /** The menu offers Translate / Convert to text where the backend can, except while that result is on screen or coming. */
  actionRules(message: Message): { translate: boolean; voiceToText: boolean } {
    const service = this.service();
    const showing = (kind: ConversionKind) => {
      const status = conversionOf(this.state.get(), kind, message.ID)?.status;
      return status === 'shown' || status === 'loading';
    };
    return {
      translate: service.features?.translate === true && typeof service.translateText === 'function' && !showing('translation'),
      voiceToText: service.features?.voiceToText === true && typeof service.convertVoiceToText === 'function' && !showing('transcript'),
    };
  }

  /** Sign-out: every result goes, and answers still on their way are dropped. */
  reset(): void {
    this.generation++;
    this.running.clear();
    this.state.set({ items: {} });
  }

  private run(kind: ConversionKind, messageID: string, language: string, work: () => Promise<string>): Promise<void> {
    const key = conversionKey(kind, messageID);
    const joined = this.running.get(key);
    if (joined) return joined;
    const current = conversionOf(this.state.get(), kind, messageID);
    if (current && (current.status === 'shown' || current.status === 'hidden') && current.language === language) {
      this.put({ ...current, status: 'shown' });
      return Promise.resolve();
    }
    const generation = this.generation;
    this.put({ kind, messageID, status: 'loading', text: '', language, error: null });
    const promise = (async () => {
      try {
        const text = await Promise.resolve().then(work);
        if (generation !== this.generation) return;
        if (typeof text !== 'string' || !text.trim()) throw new ChatError(CHAT_ERROR.noResult, 'The backend returned no text.');
        this.put({ kind, messageID, status: 'shown', text, language, error: null });
      } catch (error) {
        if (generation !== this.generation) return;
        const chatError = toChatError(error);
        this.put({ kind, messageID, status: 'error', text: '', language, error: chatError });
        throw chatError;
      } finally {
        // One run per key and session: a later session's run has its own map entry.
        if (generation === this.generation) this.running.delete(key);
      }
    })();
    this.running.set(key, promise);
    return promise;
  }

  private put(conversion: MessageConversion): void {
    const key = conversionKey(conversion.kind, conversion.messageID);
    this.state.set((state) => ({ items: { ...state.items, [key]: Object.freeze(conversion) } }));
  }
}

function serviceName(service: ChatService): string {
  return service.constructor?.name || 'This backend';
}

/** Translate and voice to text as a store feature: `store.use(conversionsFeature)` gives `store.conversions`. */
export const conversionsFeature: StoreFeature<MessageConversions> = {
  name: 'conversions',
  create: (store) =>
    new MessageConversions(
      () => store.service,
      () => store.state.get().locale ?? 'en',
    ),
};
