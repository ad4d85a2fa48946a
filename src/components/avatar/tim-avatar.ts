import { html, nothing } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../core/model/index.js';
import { TimElement } from '../base/tim-element.js';
import { initialsOf, paletteIndexFor } from '../../core/util/index.js';
import { timAvatarStyles } from './tim-avatar.styles.js';

/**
 * @summary A round avatar: the image when there is a safe URL that loads, else initials on a
 * colour derived from the ID.
 *
 * @csspart image - The <img>.
 * @csspart initials - The initials fallback.
 *
 * @cssprop --tim-avatar-size - Diameter (default 40px).
 * @cssprop --tim-avatar-radius - Corner radius (default round).
 */
export class TimAvatar extends TimElement {
  static override styles = timAvatarStyles;

  /** Image URL; anything but http(s), blob or data:image is ignored. */
  @property() src = '';
  /** The name the initials and the accessible label come from. */
  @property() name = '';
  /** The ID the fallback colour is derived from (defaults to the name). */
  @property({ attribute: 'seed' }) seed = '';
  /**
   * Drawn for the eye only, beside the name it shows (a conversation row): no image role or label,
   * so nothing of it reaches a screen reader or the name of the row around it.
   */
  @property({ type: Boolean, reflect: true }) decorative = false;

  @state() private failed = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('src')) this.failed = false;
  }

  override render() {
    const url = safeUrl(this.src);
    if (url && !this.failed) {
      return html`<img part="image" src=${url} alt=${this.decorative ? '' : this.name || nothing} loading="lazy" decoding="async"
        @error=${() => (this.failed = true)} />`;
    }
    const index = paletteIndexFor(this.seed || this.name || '?');
    if (this.decorative) {
      return html`<span part="initials" aria-hidden="true"
      style=${inlineStyle({ background: `var(--tim-avatar-color-${index})` })}>${initialsOf(this.name || this.seed)}</span>`;
    }
    return html`<span part="initials" role="img" aria-label=${this.name || '?'}
      style=${inlineStyle({ background: `var(--tim-avatar-color-${index})` })}>${initialsOf(this.name || this.seed)}</span>`;
  }
}
