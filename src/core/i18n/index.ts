export {
  BUILT_IN_LOCALES,
  LOCALES,
  DEFAULT_LOCALE,
  isLocale,
  isRtlLocale,
  normalizeLocale,
  type Locale,
  type ShippedLocale,
} from './locale.js';
export { localeChain } from './fallback.js';
export {
  candidateStrings,
  chainOf,
  defineLocale,
  hasShippedLocale,
  localesVersion,
  lookupString,
  onLocaleRegistered,
  registerTables,
  registeredLocales,
  type BuiltInTables,
} from './registry.js';
export { formatCount, plural, pluralCategory, type PluralForms } from './plural.js';
export { en, type CoreStrings, type StringTableShape } from './en.js';
export { zhCN } from './zh-CN.js';
export {
  STRING_TABLES,
  registerLocale,
  type CoreLocaleStrings,
  isLocalizedText,
  localize,
  localized,
  translate,
  translator,
  type DisplayText,
  type LocalizedText,
  type ParamsArgs,
  type ParamsOf,
  type PlainText,
  type StringKey,
  type Translator,
} from './translate.js';
export { cacheWarningMessage, cacheWarningText, errorMessage, errorText } from './error-text.js';
export type { Person } from './person.js';
export type { MuteChange, ProfileChange, SystemNoticeParams } from './notice-params.js';
export { durationEn, durationParts, durationText, durationZh, durationZhHant, type DurationPart } from './duration.js';
export { clauseListEn, clauseListZh, listAnd, nameList, nameListEn, nameListZh, type NameListWords } from './name-list.js';
export { joinZh, zh } from './zh-spacing.js';
export { calendarDaysBetween, formatBytes, formatClock, formatDayLabel, formatDuration, formatListTime, isoTime } from './format-time.js';
