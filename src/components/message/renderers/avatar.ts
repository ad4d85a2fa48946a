import { html, type TemplateResult } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import { safeUrl } from '../../../core/model/index.js';
import { initialsOf, paletteIndexFor } from '../../../core/util/index.js';

/**
 * The sender's avatar inside a message row: the picture when its URL is safe and loads, else
 * initials on the colour derived from the user ID (as `<tim-avatar>` draws it). Drawn in the
 * row's own shadow root rather than as a nested element, so a row costs one shadow root.
 */
export function renderAvatar(src: string, name: string, seed: string, broken: boolean, onError: () => void): TemplateResult {
  const url = broken ? '' : safeUrl(src);
  if (url) {
    return html`<img class="avatar" part="avatar" src=${url} alt="" loading="lazy" decoding="async" draggable="false" @error=${onError} />`;
  }
  return html`<span class="avatar initials" part="avatar" aria-hidden="true"
    style=${inlineStyle({ background: `var(--tim-avatar-color-${paletteIndexFor(seed || name || '?')})` })}>${initialsOf(name || seed)}</span>`;
}
