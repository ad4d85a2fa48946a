export { LOCALES, DEFAULT_LOCALE, isLocale, normalizeLocale, type Locale } from './locale.js';
export { en, type CoreStrings, type StringTableShape } from './en.js';
export { zhCN } from './zh-CN.js';
export {
  STRING_TABLES,
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
export { durationEn, durationParts, durationZh, type DurationPart } from './duration.js';
export { nameListEn, nameListZh } from './name-list.js';
export { joinZh, zh } from './zh-spacing.js';
export { calendarDaysBetween, formatBytes, formatClock, formatDayLabel, formatDuration, formatListTime, isoTime } from './format-time.js';
