/**
 * Times for lists, through Intl in the reader's locale (its order, its hour cycle): today →
 * "2:05 PM" / "14:05", the last six days → weekday, this year → "Mar 4" / "4 Mar", older →
 * "03/04/2024" / "04.03.2024". Formatters are built once per locale.
 */
import { isUsableTime } from '../model/limits.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, f);
  }
  return f;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

const DAY = 86_400_000;

/**
 * How weekdays are written. Chinese has two common forms (周五, 星期五): the kit uses one,
 * 星期五, in the list and in the day labels alike. Elsewhere a list row takes the short form
 * ("Fri") and a day label the long one ("Friday").
 */
function weekday(locale: string, compact: boolean): 'long' | 'short' {
  return locale.toLowerCase().startsWith('zh') || !compact ? 'long' : 'short';
}

/** Whole calendar days between two instants in local time (0 = same day). */
export function calendarDaysBetween(earlierMs: number, laterMs: number): number {
  return Math.round((startOfDay(laterMs) - startOfDay(earlierMs)) / DAY);
}

/**
 * The time of day in the locale's own hour cycle: "2:05 PM" (en-US), "14:05" (en-GB, de, fr, zh-CN),
 * "下午2:05" (zh-TW). Each formatter gives '' for a time no Date can hold, rather than throwing.
 */
export function formatClock(seconds: number, locale: string): string {
  if (!isUsableTime(seconds)) return '';
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(seconds * 1000);
}

/** Short time for a conversation row. */
export function formatListTime(seconds: number, locale: string, nowMs: number = Date.now()): string {
  if (!seconds || !isUsableTime(seconds) || !Number.isFinite(nowMs)) return '';
  const ms = seconds * 1000;
  const days = calendarDaysBetween(ms, nowMs);
  if (days <= 0) return formatClock(seconds, locale);
  if (days < 7) return formatter(locale, { weekday: weekday(locale, true) }).format(ms);
  if (new Date(ms).getFullYear() === new Date(nowMs).getFullYear()) {
    return formatter(locale, { month: 'short', day: 'numeric' }).format(ms);
  }
  return formatter(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** Label for a day separator: "Today", "Yesterday" (via Intl.RelativeTimeFormat), weekday, or full date. */
export function formatDayLabel(seconds: number, locale: string, nowMs: number = Date.now()): string {
  if (!isUsableTime(seconds) || !Number.isFinite(nowMs)) return '';
  const ms = seconds * 1000;
  const days = calendarDaysBetween(ms, nowMs);
  if (days === 0 || days === 1) {
    const text = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  }
  if (days > 1 && days < 7) return formatter(locale, { weekday: weekday(locale, false) }).format(ms);
  const sameYear = new Date(ms).getFullYear() === new Date(nowMs).getFullYear();
  return formatter(
    locale,
    sameYear ? { month: 'long', day: 'numeric', weekday: weekday(locale, true) } : { year: 'numeric', month: 'long', day: 'numeric' },
  ).format(ms);
}

/** The machine-readable form for `<time datetime>`, '' for a time no Date can hold. */
export function isoTime(seconds: number): string {
  return isUsableTime(seconds) ? new Date(seconds * 1000).toISOString() : '';
}

/** "0:07", "1:02", "1:02:03" for durations in seconds. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** "820 B", "1.2 KB", "3.4 MB" (binary units, as file managers show). */
export function formatBytes(bytes: number, locale = 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes || 0);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
