import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LinkPreviewCache, LinkPreviewEntry } from '../../../core/link-preview/index.js';

/**
 * @summary The preview card of a message's first link: title, description, site and image, from the
 * app's resolver (`ChatStore` option `linkPreview`), opening the link in a new tab.
 *
 * A placeholder of the card's height shows while the resolver works; a link it has nothing for
 * shows no card (the host is hidden). Text is Lit-escaped; the image passed the kit's URL rule.
 * Loaded on first use by `<tim-message>`.
 *
 * @csspart card - The link (the whole card).
 * @csspart image - The page's image.
 * @csspart site - The site's name.
 * @csspart title - The page's title.
 * @csspart description - The page's description.
 *
 * @cssprop --tim-link-preview-bg - The card's background.
 * @cssprop --tim-link-preview-border - The card's border colour.
 */
export class TimLinkPreview extends LitElement {
  static override styles = css`
    /* The same height while loading and when shown (tim-message keeps it before the element loads): the list does not move. */
    :host {
      display: block;
      block-size: 84px;
      max-inline-size: 320px;
      margin-block-start: var(--tim-space-2, 6px);
    }
    :host([hidden]) {
      display: none;
    }
    a,
    .loading {
      box-sizing: border-box;
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--tim-space-3, 8px);
      block-size: 100%;
      padding: var(--tim-space-3, 8px);
      border-radius: var(--tim-radius-md, 8px);
      border: 1px solid var(--tim-link-preview-border, var(--tim-color-border));
      background: var(--tim-link-preview-bg, var(--tim-color-surface-raised));
      color: var(--tim-color-text);
      text-decoration: none;
      overflow: hidden;
    }
    a:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 2px;
    }
    .text {
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .site {
      font-size: var(--tim-font-size-xs, 11px);
      color: var(--tim-color-text-muted);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .title {
      font-weight: 600;
      font-size: var(--tim-font-size-sm, 13px);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .description {
      font-size: var(--tim-font-size-xs, 12px);
      color: var(--tim-color-text-muted);
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    img {
      inline-size: 66px;
      block-size: 66px;
      object-fit: cover;
      border-radius: var(--tim-radius-sm, 4px);
    }
    .loading .bar {
      block-size: 10px;
      border-radius: 5px;
      background: var(--tim-color-hover);
      margin-block-end: 8px;
    }
    .loading .bar.short {
      inline-size: 40%;
    }
    .loading .bar.mid {
      inline-size: 70%;
    }
  `;

  /** The link (http(s), as `firstLink` found it). */
  @property() url = '';
  /** The store's previews (`store.linkPreviews`). */
  @property({ attribute: false }) cache?: LinkPreviewCache | null;
  @state() private entry: LinkPreviewEntry | null = null;
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    this.stop = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('cache')) this.listen();
    if (changed.has('cache') || changed.has('url')) this.entry = this.cache && this.url ? this.cache.load(this.url) : null;
    this.hidden = !this.entry || this.entry.status === 'none';
  }

  private listen(): void {
    this.stop?.();
    this.stop = this.cache?.subscribe((url) => {
      if (url === this.url) this.entry = this.cache?.get(url) ?? null;
    });
  }

  override render() {
    const entry = this.entry;
    if (!entry || entry.status === 'none') return nothing;
    if (entry.status === 'loading') {
      return html`<div class="loading" aria-hidden="true"><div><div class="bar short"></div><div class="bar"></div><div class="bar mid"></div></div></div>`;
    }
    const { preview } = entry;
    return html`<a part="card" href=${preview.url} target="_blank" rel="noopener noreferrer">
      <span class="text">
        ${preview.siteName ? html`<span part="site" class="site" dir="auto">${preview.siteName}</span>` : nothing}
        ${preview.title ? html`<span part="title" class="title" dir="auto">${preview.title}</span>` : nothing}
        ${preview.description ? html`<span part="description" class="description" dir="auto">${preview.description}</span>` : nothing}
      </span>
      ${preview.image ? html`<img part="image" src=${preview.image} alt="" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
    </a>`;
  }
}
