/**
 * Lookups in tables keyed by data from outside. `table[key]` would also find what every object
 * inherits (`constructor`, `toString`, `__proto__`): a key such as "constructor" then yields a
 * function. Only the table's own entries count here.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  if (typeof key !== 'string' && typeof key !== 'number') return undefined;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as string] : undefined;
}

/** Keys that, assigned with `obj[key] = …`, change an object's prototype or reach a shared one. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `target[key] = value` as plain data: an own `__proto__` key (as JSON.parse makes) stays an own
 * property instead of replacing the target's prototype.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
