/** Longest summary text kept, in characters as the reader sees them (grapheme clusters). */
export const SUMMARY_TEXT_LIMIT = 200;

/** An emoji code ("[Smile]") cut in half by the limit is dropped whole rather than shown broken. */
const LONGEST_CODE = 64;

const graphemes: Intl.Segmenter | null = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter() : null;

/**
 * Message text for a one-line summary: line breaks become spaces and a very long text is cut
 * (with "…") so a 1 MB message does not make a 1 MB list row. Emoji codes are kept as typed
 * for the view to render; a cut never splits a character, an emoji or an emoji code.
 */
export function summaryText(value: unknown, limit = SUMMARY_TEXT_LIMIT): string {
  if (typeof value !== 'string') return '';
  // Only the start can be shown, so only the start is worked on.
  const head = value.length > limit * 8 ? value.slice(0, limit * 8) : value;
  const text = head.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
  const clusters = graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : Array.from(text);
  if (clusters.length <= limit && head === value) return text;
  let cut = clusters.slice(0, limit).join('');
  const open = cut.lastIndexOf('[');
  if (open > cut.lastIndexOf(']') && cut.length - open <= LONGEST_CODE) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}
