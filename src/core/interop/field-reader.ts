import { safeUrl } from '../model/url.js';
import { readField } from './plain-data.js';
import { describeValue, type RepairLog } from './repair.js';

export interface ReadOptions {
  /** Report a 'defaulted' repair when the field is missing (null or undefined). */
  readonly required?: boolean;
  /** Other names the same field goes by in some inputs; the first one present wins. */
  readonly aliases?: readonly string[];
}

export interface NumberOptions extends ReadOptions {
  readonly fallback?: number;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number from a number or a numeric string ("12", " 1.5e3 "); null otherwise. */
export function parseNumeric(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
  return null;
}

/**
 * Reads fields of an untrusted object into the types the model wants, never throwing.
 * Missing fields fall back to a default; values of the wrong type are converted when the
 * meaning is clear ('coerced': "12" → 12, 12 → "12") and replaced otherwise ('dropped').
 */
export class FieldReader {
  constructor(
    readonly source: unknown,
    readonly log: RepairLog,
  ) {}

  /** The first present (not null/undefined) value among key and aliases. */
  find(key: string, aliases: readonly string[] = []): { name: string; value: unknown } | null {
    for (const name of [key, ...aliases]) {
      const value = readField(this.source, name);
      if (value !== undefined && value !== null) return { name, value };
    }
    return null;
  }

  has(key: string, aliases: readonly string[] = []): boolean {
    return this.find(key, aliases) !== null;
  }

  string(key: string, options: ReadOptions & { fallback?: string } = {}): string {
    const fallback = options.fallback ?? '';
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, fallback, JSON.stringify(fallback));
    const { value } = found;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      this.log.add(key, 'coerced', `${describeValue(value)} read as text`);
      return String(value);
    }
    this.log.add(key, 'dropped', `expected text, got ${describeValue(value)}; used ${JSON.stringify(fallback)}`);
    return fallback;
  }

  number(key: string, options: NumberOptions = {}): number {
    const fallback = options.fallback ?? 0;
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, fallback, String(fallback));
    let value: number;
    if (typeof found.value === 'number') {
      value = found.value;
    } else if (typeof found.value === 'string' && NUMERIC_TEXT.test(found.value.trim())) {
      value = Number(found.value.trim());
      this.log.add(key, 'coerced', `${describeValue(found.value)} read as a number`);
    } else {
      this.log.add(key, 'dropped', `expected a number, got ${describeValue(found.value)}; used ${fallback}`);
      return fallback;
    }
    if (!Number.isFinite(value)) {
      this.log.add(key, 'dropped', `${String(value)} is not a usable number; used ${fallback}`);
      return fallback;
    }
    if (options.integer && !Number.isInteger(value)) {
      const rounded = Math.round(value);
      this.log.add(key, 'coerced', `${value} rounded to ${rounded}`);
      value = rounded;
    }
    if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) {
      this.log.add(key, 'dropped', `${value} is outside ${options.min ?? '-∞'}…${options.max ?? '∞'}; used ${fallback}`);
      return fallback;
    }
    return value;
  }

  boolean(key: string, options: ReadOptions & { fallback?: boolean } = {}): boolean {
    const fallback = options.fallback ?? false;
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, fallback, String(fallback));
    const { value } = found;
    if (typeof value === 'boolean') return value;
    const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (text === 'true' || text === 1 || text === '1') {
      this.log.add(key, 'coerced', `${describeValue(value)} read as true`);
      return true;
    }
    if (text === 'false' || text === 0 || text === '0') {
      this.log.add(key, 'coerced', `${describeValue(value)} read as false`);
      return false;
    }
    this.log.add(key, 'dropped', `expected true or false, got ${describeValue(value)}; used ${fallback}`);
    return fallback;
  }

  /** One of `allowed`; a different letter case is accepted and reported. */
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T, options: ReadOptions = {}): T {
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, fallback, JSON.stringify(fallback));
    const { value } = found;
    if (typeof value === 'string') {
      if ((allowed as readonly string[]).includes(value)) return value as T;
      const match = allowed.find((item) => item.toLowerCase() === value.trim().toLowerCase());
      if (match) {
        this.log.add(key, 'coerced', `${describeValue(value)} read as ${JSON.stringify(match)}`);
        return match;
      }
    }
    this.log.add(key, 'dropped', `${describeValue(value)} is not one of ${allowed.join(', ')}; used ${JSON.stringify(fallback)}`);
    return fallback;
  }

  /** A checked URL (see model/url.ts), '' when missing; an unsafe URL is dropped and reported. */
  url(key: string, options: ReadOptions = {}): string {
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, '', '""');
    if (typeof found.value !== 'string') {
      this.log.add(key, 'dropped', `expected a URL, got ${describeValue(found.value)}`);
      return '';
    }
    if (found.value.trim() === '') return '';
    const checked = safeUrl(found.value);
    if (checked === '') this.log.add(key, 'dropped', `unsafe or invalid URL ${describeValue(found.value)} dropped`);
    return checked;
  }

  /** An array of strings; numbers are converted, other entries dropped. */
  stringList(key: string, options: ReadOptions = {}): string[] {
    const found = this.find(key, options.aliases);
    if (!found) return this.missing(key, options, [], '[]');
    if (!Array.isArray(found.value)) {
      this.log.add(key, 'dropped', `expected a list, got ${describeValue(found.value)}; used []`);
      return [];
    }
    const out: string[] = [];
    found.value.forEach((item: unknown, index: number) => {
      if (typeof item === 'string') out.push(item);
      else if (typeof item === 'number' && Number.isFinite(item)) {
        this.log.at(key).add(index, 'coerced', `${describeValue(item)} read as text`);
        out.push(String(item));
      } else {
        this.log.at(key).add(index, 'dropped', `expected text, got ${describeValue(item)}`);
      }
    });
    return out;
  }

  private missing<T>(key: string, options: ReadOptions, fallback: T, shown: string): T {
    if (options.required) this.log.add(key, 'defaulted', `missing; used ${shown}`);
    return fallback;
  }
}
