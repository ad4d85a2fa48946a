/**
 * The few assertions the contract suite needs, with no test-framework dependency, so the
 * same suite runs under node:test and under mocha in a browser.
 */
export class ContractAssertionError extends Error {
  override readonly name = 'ContractAssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new ContractAssertionError(`${message} (got ${show(value)})`);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected)) throw new ContractAssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}

function deepEquals(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (!deepEquals(actual, expected)) throw new ContractAssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}

/** The promise must reject with an error whose `code` is one of `codes`; resolves that error. */
export async function rejectsWithCode(
  promise: Promise<unknown>,
  codes: number | readonly number[],
  message = 'expected a rejection',
): Promise<{ code: number; message: string }> {
  const allowed = typeof codes === 'number' ? [codes] : codes;
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    if (typeof code !== 'number' || !allowed.includes(code)) {
      throw new ContractAssertionError(
        `${message}: expected code ${allowed.join(' or ')}, got ${show(code)} (${(error as Error)?.message})`,
      );
    }
    if (typeof (error as { message?: unknown }).message !== 'string' || !(error as Error).message) {
      throw new ContractAssertionError(`${message}: the error has no readable message`);
    }
    return error as { code: number; message: string };
  }
  throw new ContractAssertionError(`${message}: it resolved with ${show(value)}`);
}
