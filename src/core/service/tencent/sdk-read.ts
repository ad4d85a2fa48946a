/**
 * Defensive reading of whatever the SDK hands us. SDK objects are class instances with getters,
 * private fields and fields that change between versions; we never trust their shape, never
 * use `instanceof`, and never write to them. Each reader returns a safe default instead of
 * throwing.
 */

export type Bag = Readonly<Record<string, unknown>>;

const EMPTY_BAG: Bag = Object.freeze({});

export function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value as a read-only record ({} for anything that is not an object). Reads go through
 * a guard, so a field that is a throwing getter (SDK objects are class instances, some fields
 * computed) reads as undefined instead of throwing; inherited getters are still seen.
 */
export function bag(value: unknown): Bag {
  if (!isBag(value)) return EMPTY_BAG;
  return new Proxy(value, GUARDED_READS);
}

const GUARDED_READS: ProxyHandler<Bag> = {
  get(target, key) {
    try {
      return Reflect.get(target, key);
    } catch {
      return undefined;
    }
  },
  set() {
    // Never write to SDK objects.
    return false;
  },
};

/** A field of an object, read with a guard: a throwing getter reads as undefined. */
export function field(value: unknown, key: string): unknown {
  if (!isBag(value)) return undefined;
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

export function str(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

/** A finite number; numeric strings ("12") are accepted, as the SDK sometimes sends them. */
export function num(value: unknown, fallback = 0): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : fallback;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : fallback;
  }
  return fallback;
}

/** A non-negative integer (counts, times, sizes). */
export function count(value: unknown, fallback = 0): number {
  const n = num(value, fallback);
  return n >= 0 ? Math.floor(n) : fallback;
}

/** true/false, also from 1/0 as the SDK's wire flags are. */
export function bool(value: unknown, fallback = false): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  return fallback;
}

export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string' && item !== '');
}

/** The first of several candidate fields that holds a non-empty string. */
export function firstStr(value: unknown, keys: readonly string[]): string {
  for (const key of keys) {
    const s = str(field(value, key));
    if (s !== '') return s;
  }
  return '';
}

/** `{code: 0, data}` → data; anything else → {}. */
export function responseData(response: unknown): unknown {
  return field(response, 'data');
}
