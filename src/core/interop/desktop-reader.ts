import { isSafeUrl } from '../model/url.js';
import { bigIntTextToNumber, isBigIntText } from './big-int-json.js';
import { isRecord, readField, type PlainRecord } from './plain-data.js';
import { describeValue } from './repair.js';

/** A problem with one field of desktop JSON. `index` is the entry's place in the batch (-1: the whole input). */
export interface DesktopJsonIssue {
  readonly index: number;
  readonly field: string;
  readonly message: string;
}

export interface IssueSink {
  readonly errors: { field: string; message: string }[];
  readonly warnings: { field: string; message: string }[];
}

export function newIssueSink(): IssueSink {
  return { errors: [], warnings: [] };
}

/**
 * Strict reading of desktop JSON: a field may be missing (null counts as missing), but a
 * present field of the wrong type or out of range is an error naming the field. Each getter
 * returns undefined when the field is missing or wrong.
 */
export class DesktopReader {
  constructor(
    readonly source: PlainRecord,
    readonly path: string,
    readonly sink: IssueSink,
  ) {}

  field(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  error(key: string, message: string): void {
    this.sink.errors.push({ field: this.field(key), message });
  }

  warn(key: string, message: string): void {
    this.sink.warnings.push({ field: this.field(key), message });
  }

  raw(key: string): unknown {
    const value = readField(this.source, key);
    return value === null ? undefined : value;
  }

  /** Like raw(), with an integer beyond 2^53 (big-int text, see big-int-json.ts) read as its nearest number. */
  private numeric(key: string): unknown {
    const value = this.raw(key);
    return isBigIntText(value) ? bigIntTextToNumber(value) : value;
  }

  require(key: string): boolean {
    if (this.raw(key) !== undefined) return true;
    this.error(key, 'is required but missing');
    return false;
  }

  str(key: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined || (typeof value === 'string' && !isBigIntText(value))) return value;
    this.error(key, `expected a string, got ${describeValue(this.numeric(key))}`);
    return undefined;
  }

  /** A string that must be a safe URL to enter the model; an unsafe one is dropped with a warning. */
  url(key: string): string | undefined {
    const value = this.str(key);
    if (value && !isSafeUrl(value)) {
      this.warn(key, `unsafe or invalid URL ${describeValue(value)} dropped`);
      return '';
    }
    return value;
  }

  bool(key: string): boolean | undefined {
    const value = this.raw(key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.error(key, `expected true or false, got ${describeValue(value)}`);
    return undefined;
  }

  num(key: string, min = -Infinity, max = Infinity): number | undefined {
    const value = this.numeric(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(key, `expected a number, got ${describeValue(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      this.error(key, `${value} is outside ${min}…${max}`);
      return undefined;
    }
    return value;
  }

  /** An integer ≥ 0 (uint, uint64). */
  uint(key: string): number | undefined {
    return this.int(key, 0);
  }

  int(key: string, min = -Infinity): number | undefined {
    const value = this.numeric(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.error(key, `expected ${min === 0 ? 'a non-negative integer' : 'an integer'}, got ${describeValue(value)}`);
      return undefined;
    }
    if (value < min) {
      this.error(key, `expected a non-negative integer, got ${value}`);
      return undefined;
    }
    return value;
  }

  /** One of a list of codes. */
  code(key: string, allowed: readonly number[], names?: string): number | undefined {
    const value = this.int(key);
    if (value === undefined || allowed.includes(value)) return value;
    this.error(key, `${value} is not a known code (${names ?? allowed.join(', ')})`);
    return undefined;
  }

  strArray(key: string): string[] | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.error(key, `expected a list of strings, got ${describeValue(value)}`);
      return undefined;
    }
    const bad = value.findIndex((item) => typeof item !== 'string' || isBigIntText(item));
    if (bad >= 0) {
      const item = value[bad];
      this.error(`${key}[${bad}]`, `expected a string, got ${describeValue(isBigIntText(item) ? bigIntTextToNumber(item) : item)}`);
      return undefined;
    }
    return value as string[];
  }

  obj(key: string): PlainRecord | undefined {
    const value = this.raw(key);
    if (value === undefined || isRecord(value)) return value;
    this.error(key, `expected an object, got ${describeValue(value)}`);
    return undefined;
  }

  arr(key: string): unknown[] | undefined {
    const value = this.raw(key);
    if (value === undefined || Array.isArray(value)) return value;
    this.error(key, `expected a list, got ${describeValue(value)}`);
    return undefined;
  }

  child(key: string, value: PlainRecord): DesktopReader {
    return new DesktopReader(value, this.field(key), this.sink);
  }
}
