import { registerTables, type Locale } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Adds a locale or overrides single strings of a shipped one, for the core and every element:
 *
 * ```js
 * registerLocale('fr', { chat: { back: 'Retour' } });          // one string of the shipped French
 * registerLocale('it', { core: {...}, chat: {...}, ... });      // a new locale (missing keys → en)
 * ```
 * Tables are partial and merge key by key; live elements re-render. Keys fall back along the
 * locale's chain (it-CH → it → en). `tim-elements/core` exports the same for the core's table.
 */
export function registerLocale(code: Locale, tables: LocaleStrings): void {
  registerTables(code, tables as Readonly<Record<string, object | undefined>>);
}
