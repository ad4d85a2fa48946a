/** A stable palette index (0–7) for an ID, so a person keeps the same avatar colour everywhere. */
export function paletteIndexFor(id: string, size = 8): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % size;
}

/**
 * Up to two letters for an avatar: "Alice Chen" → "AC", "李雷" → "李雷", "bob" → "B",
 * "James O'Connor" → "JO" (an apostrophe is part of a word), "Carol (design)" → "CD" (brackets
 * and symbols are not letters). Every avatar of the kit draws its initials with this.
 */
export function initialsOf(name: string): string {
  const letters = name.replace(/[^\p{L}\p{N}\s._'’-]/gu, ' ').trim();
  const trimmed = letters || name.trim();
  if (!trimmed) return '?';
  // Chinese names: the last two characters of a short name ("韩梅梅" → "梅梅"), else the first two.
  const han = /^\p{Script=Han}+/u.exec(trimmed)?.[0];
  if (han) {
    const chars = [...han];
    return (chars.length <= 3 ? chars.slice(-2) : chars.slice(0, 2)).join('');
  }
  const words = trimmed.split(/[\s._-]+/).filter(Boolean);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  const second = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + second).toLocaleUpperCase();
}
