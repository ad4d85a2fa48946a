import { safeHttpUrl, safeUrl } from '../model/url.js';

/** What an app's server found for a link (Open Graph: og:title, og:description, og:image, og:site_name). */
export interface LinkPreview {
  readonly url: string;
  readonly title: string;
  readonly description: string;
  /** Checked with the kit's URL rule ('' when none or refused). */
  readonly image: string;
  readonly siteName: string;
}

/** The app's resolver: URL → what its server fetched, or undefined when the page has nothing to show. */
export type LinkPreviewResolver = (
  url: string,
) => Promise<{ title?: string; description?: string; image?: string; siteName?: string } | undefined>;

export type LinkPreviewEntry =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly preview: LinkPreview } | { readonly status: 'none' };

export interface LinkPreviewCacheOptions {
  readonly resolve: LinkPreviewResolver;
  /** How many URLs are kept (least recently used go first). Default 200. */
  readonly maxEntries?: number;
  /** How long a failure (or an empty answer) is remembered before asking again, ms. Default 60 s. */
  readonly failureTtlMs?: number;
  /** Epoch ms (tests inject one). */
  readonly now?: () => number;
}

/** Text fields are cut to what a card shows. */
const MAX_TITLE = 300;
const MAX_DESCRIPTION = 1000;

/** A link in a message's text: http(s) only, up to the first space, bracket or full-width punctuation. */
const LINK = /\bhttps?:\/\/[^\s<>"'()[\]{}（）「」【】《》，。！？]+/i;

/** The first http(s) link in a text, checked and normalised; '' when there is none. */
export function firstLink(text: string): string {
  if (typeof text !== 'string') return '';
  const match = LINK.exec(text);
  // A sentence's full stop or comma after a link is not part of it.
  return match ? safeHttpUrl(match[0].replace(/[.,;:!?。，！？]+$/, '')) : '';
}

function clean(url: string, raw: Awaited<ReturnType<LinkPreviewResolver>>): LinkPreview | null {
  if (!raw || typeof raw !== 'object') return null;
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
  const preview: LinkPreview = Object.freeze({
    url,
    title: text(raw.title, MAX_TITLE),
    description: text(raw.description, MAX_DESCRIPTION),
    image: safeUrl(raw.image),
    siteName: text(raw.siteName, MAX_TITLE),
  });
  return preview.title || preview.description || preview.image ? preview : null;
}

/**
 * The link previews the kit has asked for, by URL: one request per URL at a time, answers kept in
 * a bounded LRU, failures and empty answers remembered for `failureTtlMs` (then asked again), and
 * what the resolver says cleaned (text cut to size, the image through the kit's URL rule). The
 * view asks `get(url)` (null: not asked yet) and `load(url)`; `subscribe` tells it of changes.
 */
export class LinkPreviewCache {
  private readonly entries = new Map<string, { entry: LinkPreviewEntry; failedAt?: number }>();
  private readonly listeners = new Set<(url: string) => void>();
  private readonly maxEntries: number;
  private readonly failureTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: LinkPreviewCacheOptions) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 200);
    this.failureTtlMs = Math.max(0, options.failureTtlMs ?? 60_000);
    this.now = options.now ?? (() => Date.now());
  }

  /** What is known of a URL (its use counts as recent), or null when it was never asked or a failure expired. */
  get(url: string): LinkPreviewEntry | null {
    const held = this.entries.get(url);
    if (!held) return null;
    if (held.failedAt !== undefined && this.now() - held.failedAt >= this.failureTtlMs) {
      this.entries.delete(url);
      return null;
    }
    this.entries.delete(url);
    this.entries.set(url, held);
    return held.entry;
  }

  /** Ask the resolver unless the URL is loading or known; never rejects. */
  load(url: string): LinkPreviewEntry {
    const safe = safeHttpUrl(url);
    if (!safe) return { status: 'none' };
    const known = this.get(safe);
    if (known) return known;
    const loading: LinkPreviewEntry = { status: 'loading' };
    this.put(safe, { entry: loading });
    void (async () => {
      let preview: LinkPreview | null = null;
      try {
        preview = clean(safe, await this.options.resolve(safe));
      } catch {
        preview = null;
      }
      if (this.entries.get(safe)?.entry !== loading) return;
      this.put(safe, preview ? { entry: { status: 'ready', preview } } : { entry: { status: 'none' }, failedAt: this.now() });
      for (const listener of [...this.listeners]) listener(safe);
    })();
    return loading;
  }

  subscribe(listener: (url: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.entries.size;
  }

  private put(url: string, held: { entry: LinkPreviewEntry; failedAt?: number }): void {
    this.entries.delete(url);
    this.entries.set(url, held);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
