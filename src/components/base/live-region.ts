/**
 * One polite live region per document, for what happens away from the reader's focus (a send
 * that failed, messages in another conversation). Made on the first announcement, never at
 * import (so SSR and Node can import the kit); styled through the CSSOM, which a strict Content
 * Security Policy allows (a `style` attribute in markup would be blocked; see inline-style.ts).
 */
const regions = new WeakMap<Document, HTMLElement>();
/** A new region's words, waiting for the screen reader to notice it (the latest asked wins). */
const firstWords = new WeakMap<HTMLElement, string>();

/**
 * Screen readers watch a live region only once it is in their tree: the first words wait this
 * long after the region is made, or they would go unheard.
 */
const FIRST_WORDS_DELAY_MS = 150;

const VISUALLY_HIDDEN: Readonly<Record<string, string>> = {
  position: 'absolute',
  'inline-size': '1px',
  'block-size': '1px',
  margin: '-1px',
  padding: '0',
  border: '0',
  overflow: 'hidden',
  'clip-path': 'inset(50%)',
  'white-space': 'nowrap',
};

/** Say `text` politely (after what the screen reader is saying now). Does nothing without a document. */
export function announce(text: string, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc?.body || !text) return;
  let region = regions.get(doc);
  if (region?.isConnected) {
    // Still waiting to say its first words: these go instead, or the older ones would follow them.
    if (firstWords.has(region)) firstWords.set(region, text);
    else say(region, text);
    return;
  }
  region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.dataset.timLiveRegion = '';
  for (const [name, value] of Object.entries(VISUALLY_HIDDEN)) region.style.setProperty(name, value);
  doc.body.append(region);
  regions.set(doc, region);
  const made = region;
  firstWords.set(made, text);
  setTimeout(() => {
    const words = firstWords.get(made) ?? text;
    firstWords.delete(made);
    say(made, words);
  }, FIRST_WORDS_DELAY_MS);
}

/** A new node each time: screen readers announce an addition, even of the same words as before. */
function say(region: HTMLElement, text: string): void {
  const line = region.ownerDocument.createElement('div');
  line.textContent = text;
  region.replaceChildren(line);
}

/** The document's live region, once something was announced (for tests and apps that restyle it). */
export function liveRegionOf(doc: Document = document): HTMLElement | null {
  const region = regions.get(doc);
  return region?.isConnected ? region : null;
}
