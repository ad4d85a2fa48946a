import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { Caller, LocalServer } from './local-server.js';
import { demoTranslation } from './demo-translations.js';

/**
 * Translation and voice to text on the embedded server. Translations come from the demo's
 * dictionary (demo-translations.ts); a voice message's words are the transcript stored with it
 * (`setVoiceTranscript`, as the demo seed does). Where there is none, the answer is
 * `CHAT_ERROR.noResult`, never an invented text.
 */

const TRANSCRIPT_KEY = 'voiceTranscript:';

/** Store the words spoken in a voice message (seeding, tests). */
export function setVoiceTranscript(server: LocalServer, messageID: string, transcript: string): Promise<void> {
  return server.setMeta(TRANSCRIPT_KEY + messageID, transcript);
}

/** Every text translated into `targetLanguage`, or `noResult` when one of them has no translation. */
export function translateTexts(texts: readonly string[], targetLanguage: string): string[] {
  if (!Array.isArray(texts) || texts.length === 0 || texts.some((t) => typeof t !== 'string'))
    throw new ChatError(CHAT_ERROR.invalidArgument, 'translateText needs a list of texts.');
  const language = String(targetLanguage ?? '');
  return texts.map((text) => {
    const translated = demoTranslation(text, language);
    if (translated === null)
      throw new ChatError(CHAT_ERROR.noResult, `The embedded backend has no ${language || 'such'} translation of this text.`);
    return translated;
  });
}

/** The transcript of a voice message the caller can see. */
export async function voiceTranscript(server: LocalServer, caller: Caller, messageID: string): Promise<string> {
  const [message] = await server.findMessages(caller, [messageID]);
  if (!message) throw new ChatError(CHAT_ERROR.messageNotFound, `Message "${messageID}" is not known here.`);
  if (!message.elements.some((e) => e.type === 'TIMSoundElem'))
    throw new ChatError(CHAT_ERROR.invalidArgument, 'Only a voice message can be converted to text.');
  const transcript = await server.getMeta<string>(TRANSCRIPT_KEY + messageID);
  if (typeof transcript !== 'string' || !transcript)
    throw new ChatError(CHAT_ERROR.noResult, 'The embedded backend has no transcript of this voice message.');
  return transcript;
}
