/**
 * What the normalizer changed on the way into the model, so that nothing is lost without a
 * trace: a default filled in, a value converted, a value thrown away, or an element kept as
 * `unsupported`.
 */
export type RepairKind = 'defaulted' | 'coerced' | 'dropped' | 'unsupported';

export interface Repair {
  /** Where in the model, e.g. 'time', 'elements[0].imageInfoArray[1].url'; '' is the whole input. */
  readonly path: string;
  readonly kind: RepairKind;
  /** A short human explanation, with a preview of the bad value. */
  readonly detail: string;
}

/** Collects repairs under a path prefix; `at()` makes a child that writes to the same list. */
export class RepairLog {
  constructor(
    private readonly list: Repair[] = [],
    private readonly prefix = '',
  ) {}

  get repairs(): readonly Repair[] {
    return this.list;
  }

  at(segment: string | number): RepairLog {
    return new RepairLog(this.list, joinPath(this.prefix, segment));
  }

  add(segment: string | number | '', kind: RepairKind, detail: string): void {
    this.list.push({ path: segment === '' ? this.prefix : joinPath(this.prefix, segment), kind, detail });
  }
}

export function joinPath(prefix: string, segment: string | number): string {
  if (typeof segment === 'number') return `${prefix}[${segment}]`;
  if (prefix === '') return segment;
  return segment.startsWith('[') ? prefix + segment : `${prefix}.${segment}`;
}

/** A short, safe description of a bad value for a repair or error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const preview = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(preview);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}
