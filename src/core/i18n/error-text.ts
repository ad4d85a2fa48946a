import type { CacheWarning } from '../cache/chat-cache.js';
import { CHAT_ERROR, type ChatErrorName } from '../errors.js';
import type { Locale } from './locale.js';
import { localize, localized, type LocalizedText } from './translate.js';

const NAME_BY_CODE: ReadonlyMap<number, ChatErrorName> = new Map(
  (Object.entries(CHAT_ERROR) as [ChatErrorName, number][]).map(([name, code]) => [code, name]),
);

/** What the reader is told about an error: by its code; a code we lack says "error N". */
export function errorMessage(error: unknown): LocalizedText {
  const code = typeof error === 'number' ? error : (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'number' || !Number.isFinite(code)) return localized('error.unknown');
  const name = NAME_BY_CODE.get(code);
  return name ? localized(`error.${name}`) : localized('error.withCode', { code });
}

/** errorMessage in words: errorText('zh-CN', new ChatError(2800, …)) → '网络异常，…'. */
export function errorText(locale: Locale, error: unknown): string {
  return localize(locale, errorMessage(error));
}

const WARNING_KINDS: readonly CacheWarning['kind'][] = ['unavailable', 'blocked', 'quota', 'error'];

/** The line shown once when offline storage is in trouble; an unknown kind reads as 'error'. */
export function cacheWarningMessage(warning: CacheWarning | CacheWarning['kind']): LocalizedText {
  const kind = typeof warning === 'string' ? warning : warning?.kind;
  return localized(`cache.${WARNING_KINDS.includes(kind) ? kind : 'error'}`);
}

export function cacheWarningText(locale: Locale, warning: CacheWarning | CacheWarning['kind']): string {
  return localize(locale, cacheWarningMessage(warning));
}
