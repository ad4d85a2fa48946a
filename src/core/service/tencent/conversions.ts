import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { TranslateOptions, VoiceToTextOptions } from '../chat-service.js';
import { field, responseData, str } from './sdk-read.js';
import type { SdkMessage, TencentChatSDK } from './sdk-types.js';

/**
 * Translation and voice to text over the SDK (both are paid add-ons of Tencent Cloud Chat; an
 * account without them gets the SDK's error). An empty answer means nothing was translated or
 * recognised: `CHAT_ERROR.noResult`, so the UI says so rather than showing a blank.
 */

type Call = <T>(request: () => Promise<T>) => Promise<T>;

/** `translateText({sourceTextList, sourceLanguage, targetLanguage})` → `data.translatedTextList`, one per text. */
export async function translateWithSdk(
  sdk: TencentChatSDK,
  call: Call,
  texts: readonly string[],
  options: TranslateOptions,
): Promise<string[]> {
  if (!Array.isArray(texts) || texts.length === 0 || texts.some((t) => typeof t !== 'string'))
    throw new ChatError(CHAT_ERROR.invalidArgument, 'translateText needs a list of texts.');
  const targetLanguage = typeof options?.targetLanguage === 'string' && options.targetLanguage ? options.targetLanguage : 'en';
  const response = await call(() =>
    sdk.translateText({ sourceTextList: [...texts], sourceLanguage: options?.sourceLanguage || 'auto', targetLanguage }),
  );
  const list = field(responseData(response), 'translatedTextList');
  const translated = Array.isArray(list) ? list.map((t) => str(t)) : [];
  if (translated.length !== texts.length || translated.some((t) => !t.trim()))
    throw new ChatError(CHAT_ERROR.noResult, `Tencent Cloud Chat gave no ${targetLanguage} translation of this text.`);
  return translated;
}

/** `convertVoiceToText({message, language})` → `data.result`. */
export async function voiceToTextWithSdk(
  sdk: TencentChatSDK,
  call: Call,
  sdkMessage: SdkMessage,
  options: VoiceToTextOptions = {},
): Promise<string> {
  const response = await call(() =>
    sdk.convertVoiceToText({ message: sdkMessage, ...(options.language ? { language: options.language } : {}) }),
  );
  const result = str(field(responseData(response), 'result'));
  if (!result.trim()) throw new ChatError(CHAT_ERROR.noResult, 'Tencent Cloud Chat recognised no words in this voice message.');
  return result;
}
