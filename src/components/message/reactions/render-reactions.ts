import { html, nothing, type TemplateResult } from 'lit';
import { reactionDisplay, reactionText, type EmojiSet } from '../../../core/emoji/index.js';
import type { MessageReaction } from '../../../core/service/index.js';
import { icon } from '../../icons/icons.js';
import type { MessageReactionStrings } from './strings.js';

export interface ReactionRenderContext {
  readonly emojiSet: EmojiSet;
  readonly locale: string;
  readonly t: MessageReactionStrings;
  /** Toggle the reader's reaction. */
  toggle(reactionID: string): void;
  /** Show who reacted with it next to its chip (hover, focus, long press), or hide it (null). */
  showWho(reactionID: string | null, chip?: HTMLElement): void;
  /** Open the reaction picker from the quick bar's "more" button. */
  openPicker(button: HTMLElement): void;
}

/** The emoji of a reaction: the set's glyph or image, a Unicode emoji, or its (shortened) text. */
export function renderReactionEmoji(reactionID: string, emojiSet: EmojiSet): TemplateResult {
  const display = reactionDisplay(reactionID, emojiSet);
  if (display.kind === 'entry') {
    const { entry } = display;
    // An image emoji's URL was checked when the set was made (safeEmojiUrl).
    return entry.url
      ? html`<img class="reaction-image" src=${entry.url} alt="" draggable="false" />`
      : html`<span class="reaction-glyph" aria-hidden="true">${entry.glyph}</span>`;
  }
  return html`<span class="reaction-glyph ${display.kind === 'text' ? 'reaction-id' : ''}" aria-hidden="true" dir="auto">${
    display.kind === 'glyph' ? display.glyph : display.text
  }</span>`;
}

/**
 * The reactions under a bubble: one chip each (emoji and count), the reader's own pressed. A click
 * or Enter toggles it; hovering or focusing it tells who reacted (the row draws that popup).
 */
export function renderReactionChips(
  reactions: readonly MessageReaction[],
  ctx: ReactionRenderContext,
  whoID: string | null,
): TemplateResult | typeof nothing {
  if (reactions.length === 0) return nothing;
  const count = new Intl.NumberFormat(ctx.locale);
  return html`<div class="reactions" part="reactions" role="group" aria-label=${ctx.t.label}>
    ${reactions.map((r) => {
      const label = `${reactionText(r.reactionID, ctx.emojiSet)} ${count.format(r.count)}`;
      return html`<button class="reaction-chip ${r.reactedByMe ? 'mine' : ''}" part="reaction-chip${r.reactedByMe ? ' reaction-chip-mine' : ''}"
        type="button" tabindex="-1" data-reaction=${r.reactionID} aria-pressed=${r.reactedByMe ? 'true' : 'false'} aria-label=${label}
        aria-describedby=${whoID === r.reactionID ? 'who-reacted' : nothing}
        @click=${(e: Event) => {
          e.stopPropagation();
          ctx.toggle(r.reactionID);
        }}
        @pointerenter=${(e: PointerEvent) => {
          if (e.pointerType !== 'touch') ctx.showWho(r.reactionID, e.currentTarget as HTMLElement);
        }}
        @pointerleave=${(e: PointerEvent) => {
          // A finger that lifts leaves too: after a long press the names stay until a tap elsewhere.
          if (e.pointerType !== 'touch') ctx.showWho(null);
        }}
        @focus=${(e: FocusEvent) => ctx.showWho(r.reactionID, e.currentTarget as HTMLElement)}
        @blur=${() => ctx.showWho(null)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape' && whoID) {
            e.stopPropagation();
            ctx.showWho(null);
          }
        }}
      >${renderReactionEmoji(r.reactionID, ctx.emojiSet)}<span class="reaction-count">${count.format(r.count)}</span></button>`;
    })}
  </div>`;
}

/** The quick-reaction bar beside a hovered or focused bubble: the frequent emoji, then "more" (the picker). */
export function renderQuickReactions(
  quick: readonly string[],
  reactions: readonly MessageReaction[],
  ctx: ReactionRenderContext,
): TemplateResult {
  return html`<div class="quick-reactions" part="quick-reactions" role="group" aria-label=${ctx.t.quickReactions}>
    ${quick.map((id) => {
      const mine = reactions.some((r) => r.reactionID === id && r.reactedByMe);
      return html`<button class="quick-reaction" part="quick-reaction" type="button" tabindex="-1" data-reaction=${id}
        aria-pressed=${mine ? 'true' : 'false'} aria-label=${reactionText(id, ctx.emojiSet)} title=${reactionText(id, ctx.emojiSet)}
        @click=${(e: Event) => {
          e.stopPropagation();
          ctx.toggle(id);
        }}>${renderReactionEmoji(id, ctx.emojiSet)}</button>`;
    })}
    <button class="quick-reaction more-reactions" part="quick-reaction-more" type="button" tabindex="-1"
      aria-label=${ctx.t.moreReactions} title=${ctx.t.moreReactions} aria-haspopup="dialog"
      @click=${(e: Event) => {
        e.stopPropagation();
        ctx.openPicker(e.currentTarget as HTMLElement);
      }}>${icon('smile', 18)}</button>
  </div>`;
}

/** Who reacted with one reaction, in a popup beside its chip. */
export function renderWhoReacted(
  who: { readonly reactionID: string; readonly names: readonly string[]; readonly more: number; readonly loading: boolean } | null,
  ctx: Pick<ReactionRenderContext, 'emojiSet' | 'locale' | 't' | 'showWho'>,
): TemplateResult {
  const list = who ? new Intl.ListFormat(ctx.locale, { type: 'conjunction' }) : undefined;
  const names = who ? [...who.names, ...(who.more > 0 ? [ctx.t.andMore(new Intl.NumberFormat(ctx.locale).format(who.more))] : [])] : [];
  // "auto": a tap elsewhere (or Escape) closes it, as after a long press on a touch screen.
  return html`<div id="who-reacted" class="who-reacted" part="who-reacted" role="tooltip" popover="auto"
    @toggle=${(e: ToggleEvent) => {
      if (e.newState === 'closed' && who) ctx.showWho(null);
    }}>${
      who
        ? html`<span class="who-emoji">${renderReactionEmoji(who.reactionID, ctx.emojiSet)}</span>
          <span dir="auto">${
            who.loading && names.length === 0
              ? ctx.t.loading
              : ctx.t.reactedWith(list!.format(names), reactionText(who.reactionID, ctx.emojiSet))
          }</span>`
        : nothing
    }</div>`;
}
