/**
 * The link preview card is a chunk of its own: an app without a resolver never loads it. The first
 * message with a link (and a store with `linkPreviews`) asks for it; until it is defined the host
 * element keeps the card's height (tim-message.styles.ts), so nothing moves when it arrives.
 */
let loading: Promise<unknown> | undefined;

export function loadLinkPreviewElement(): void {
  loading ??= import('./define.js').catch(() => (loading = undefined));
}
