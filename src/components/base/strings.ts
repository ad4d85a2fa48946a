import type { Locale } from './locale.js';

/**
 * An element's strings in every locale. `defineStrings` makes TypeScript check that zh-CN has
 * exactly the keys of en, each of the same kind (text, or a function of the same parameters).
 */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;

export type LocalizedStrings<T extends StringTable> = Record<Locale, T>;

export function defineStrings<T extends StringTable>(tables: { en: T; 'zh-CN': NoInfer<T> }): LocalizedStrings<T> {
  return tables;
}
