import type { CacheWarning } from './chat-cache.js';

/** Error names that mean this browser gives us no usable IndexedDB (missing, private mode, sandbox). */
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'SecurityError', 'InvalidStateError', 'InvalidAccessError']);

/** Names of errors raised because our own connection was closed (by us, or for another tab's upgrade). */
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'VersionChangeError']);

/** What kind of storage trouble an IndexedDB or Dexie error is. */
export function storageFaultKind(error: unknown, during: 'open' | 'read' | 'write'): CacheWarning['kind'] {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (during === 'open' && names.some((name) => UNAVAILABLE_NAMES.has(name))) return 'unavailable';
  return 'error';
}

/** True when the error only says our connection closed; the cache reconnects, nothing to warn. */
export function isConnectionClosed(error: unknown): boolean {
  return errorNames(error).some((name) => CLOSED_NAMES.has(name));
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : ''}`;
  }
  return String(error);
}

/** The error's name and those it wraps (Dexie keeps the cause in `inner` and bulk failures in `failures`). */
function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 3) return [];
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const names = typeof name === 'string' ? [name] : [];
  names.push(...errorNames(inner, depth + 1));
  if (Array.isArray(failures)) for (const failure of failures.slice(0, 3)) names.push(...errorNames(failure, depth + 1));
  else if (failures && typeof failures === 'object') {
    for (const failure of Object.values(failures).slice(0, 3)) names.push(...errorNames(failure, depth + 1));
  }
  return names;
}
