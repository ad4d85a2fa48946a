/**
 * Human durations for mute times: the largest unit and, when it is not zero, the next one
 * ("10 minutes", "1 hour 30 minutes", "2 days"). Smaller remainders are left out, as people
 * round when they say how long.
 */
const UNITS = [
  { name: 'day', seconds: 86_400 },
  { name: 'hour', seconds: 3_600 },
  { name: 'minute', seconds: 60 },
  { name: 'second', seconds: 1 },
] as const;

type UnitName = (typeof UNITS)[number]['name'];

export interface DurationPart {
  readonly unit: UnitName;
  readonly count: number;
}

/** At most two adjacent units; at least "1 second" for any positive time; [] for none. */
export function durationParts(totalSeconds: number): DurationPart[] {
  const total = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.max(1, Math.round(totalSeconds)) : 0;
  if (total === 0) return [];
  const first = UNITS.findIndex((u) => total >= u.seconds);
  const parts: DurationPart[] = [{ unit: UNITS[first]!.name, count: Math.floor(total / UNITS[first]!.seconds) }];
  const next = UNITS[first + 1];
  if (next) {
    const count = Math.floor((total % UNITS[first]!.seconds) / next.seconds);
    if (count > 0) parts.push({ unit: next.name, count });
  }
  return parts;
}

/** "10 minutes", "1 hour 30 minutes" (Intl's plural unit names). */
export function durationEn(totalSeconds: number): string {
  return durationText('en', totalSeconds);
}

const ZH_UNITS: Record<UnitName, string> = { day: '天', hour: '小时', minute: '分钟', second: '秒' };

export function durationZh(totalSeconds: number): string {
  const parts = durationParts(totalSeconds);
  if (parts.length === 0) return '0 秒';
  return parts.map((p) => `${p.count} ${ZH_UNITS[p.unit]}`).join(' ');
}

const unitFormats = new Map<string, Intl.NumberFormat>();
const unitLists = new Map<string, Intl.ListFormat>();

/**
 * The same two units in any locale's words, through Intl: "1 heure 30 minutes", "2 часа 5 минут",
 * "ساعة و30 دقيقة" (Intl.NumberFormat's long unit names, joined by Intl.ListFormat's unit list).
 */
export function durationText(locale: string, totalSeconds: number): string {
  const parts = durationParts(totalSeconds);
  const list = parts.length ? parts : [{ unit: 'second' as const, count: 0 }];
  const words = list.map((p) => unitFormat(locale, p.unit).format(p.count));
  let join = unitLists.get(locale);
  if (!join) unitLists.set(locale, (join = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })));
  return join.format(words);
}

function unitFormat(locale: string, unit: UnitName): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
  return format;
}

const ZH_HANT_UNITS: Record<UnitName, string> = { day: '天', hour: '小時', minute: '分鐘', second: '秒' };

/** durationZh in Traditional characters: "1 小時 30 分鐘". */
export function durationZhHant(totalSeconds: number): string {
  const parts = durationParts(totalSeconds);
  if (parts.length === 0) return '0 秒';
  return parts.map((p) => `${p.count} ${ZH_HANT_UNITS[p.unit]}`).join(' ');
}
