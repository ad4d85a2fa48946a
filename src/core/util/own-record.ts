/**
 * Records keyed by IDs that come from the network. A user or group may be called `__proto__` or
 * `constructor`: plain indexing would read the prototype or replace it, so these read and write own
 * properties only.
 */

/** The value stored under `key` itself, never one inherited from the prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Store `value` under `key` as an ordinary own property (even for `__proto__`). */
export function setOwnEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
