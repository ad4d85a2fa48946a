import { css, html, type TemplateResult } from 'lit';
import { defaultEmojiSet, reactionText, type EmojiSet } from '../../../core/emoji/index.js';
import { emojiFontFamily } from '../../styles/emoji-font.styles.js';
import { icon } from '../../icons/icons.js';
import { renderReactionEmoji } from './render-reactions.js';
import type { MessageReactionStrings } from './strings.js';

/** The reactions a message's menu offers on top (the quick bar of touch screens and keyboards). */
export interface MenuReactions {
  /** Reaction IDs in order (TUIKit codes). */
  readonly quick: readonly string[];
  /** The reader's own reactions on the message (drawn checked; choosing one takes it back). */
  readonly mine: readonly string[];
  readonly emojiSet?: EmojiSet;
}

/**
 * The row of reactions at the top of `<tim-message-actions>`: menu items like the others (the
 * arrows reach them), each a checkbox item that is checked when the reader has that reaction,
 * then "More reactions" for the picker.
 */
export function renderMenuReactions(
  reactions: MenuReactions,
  t: MessageReactionStrings,
  choose: (reactionID: string | null, item: HTMLElement) => void,
): TemplateResult {
  const set = reactions.emojiSet ?? defaultEmojiSet;
  return html`<div class="menu-reactions" part="reactions" role="group" aria-label=${t.quickReactions}>
    ${reactions.quick.map(
      (id) =>
        html`<button role="menuitemcheckbox" part="reaction" type="button" tabindex="-1" class="menu-reaction"
          aria-checked=${reactions.mine.includes(id) ? 'true' : 'false'} aria-label=${reactionText(id, set)} data-reaction=${id}
          @click=${(e: Event) => choose(id, e.currentTarget as HTMLElement)}>${renderReactionEmoji(id, set)}</button>`,
    )}
    <button role="menuitem" part="reaction-more" type="button" tabindex="-1" class="menu-reaction" aria-label=${t.moreReactions}
      title=${t.moreReactions} aria-haspopup="dialog" @click=${(e: Event) => choose(null, e.currentTarget as HTMLElement)}>${icon('smile', 18)}</button>
  </div>`;
}

export const menuReactionStyles = css`
  .menu-reactions {
    display: flex;
    gap: 2px;
    padding-block-end: var(--tim-space-2);
    margin-block-end: var(--tim-space-2);
    border-block-end: 1px solid var(--tim-color-border);
  }
  .menu-reactions .menu-reaction {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: var(--tim-radius-full);
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .menu-reactions .menu-reaction:hover,
  .menu-reactions .menu-reaction:focus-visible {
    background: var(--tim-color-hover);
  }
  .menu-reactions .menu-reaction:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  .menu-reactions .menu-reaction[aria-checked='true'] {
    background: var(--tim-color-selected);
    box-shadow: inset 0 0 0 1px var(--tim-color-primary);
  }
  .reaction-glyph {
    font-family: ${emojiFontFamily};
    font-size: 1.125rem;
    line-height: 1;
  }
  .reaction-image {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
`;
