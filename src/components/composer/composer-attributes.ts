/** Converters of the composer's list-valued and on/off attributes. */

/** `tools="emoji image"`: the known names only (comma or space separated); no attribute means all of them. */
export function listConverter<T extends string>(all: readonly T[]) {
  return {
    fromAttribute(value: string | null): readonly T[] {
      if (value === null) return all;
      return value.split(/[\s,]+/).filter((item): item is T => (all as readonly string[]).includes(item));
    },
    toAttribute(value: readonly T[]): string {
      return value.join(' ');
    },
  };
}

/** `typing-status="off"` (or false, 0, no) turns it off; anything else, or no attribute, on. */
export const onOffConverter = {
  fromAttribute: (value: string | null) => value === null || !['off', 'false', '0', 'no'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean) => (value ? 'on' : 'off'),
};
