import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_FACE_STICKERS, defaultEmojiSet } from '../../core/emoji/index.js';
import type { EmojiEntry, EmojiSet } from '../../core/emoji/index.js';
import type { FaceSticker } from '../../core/emoji/index.js';
import { emojiLocale, searchEmoji } from '../../core/emoji/index.js';
import { TimElement } from '../base/tim-element.js';
import { inputCodeOf } from './emoji-code.js';
import { TimEmojiPickerCloseEvent, TimEmojiSelectEvent, TimStickerSelectEvent } from './events.js';
import { moveInGrid } from './grid-navigation.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { DEFAULT_RECENT_LIMIT, readRecentEmoji, RECENT_EMOJI_STORAGE_KEY, rememberEmoji } from './recent-emoji.js';
import { emojiPickerStrings } from './strings.js';
import { timEmojiPickerStyles } from './tim-emoji-picker.styles.js';

import { EMOJI_PICKER_TABS, type EmojiPickerTab } from './tabs.js';
export { EMOJI_PICKER_TABS, type EmojiPickerTab };

/** Emoji per row, and stickers per row (bigger cells). */
const EMOJI_COLUMNS = 8;
const STICKER_COLUMNS = 4;

type PickerItem = { readonly kind: 'emoji'; readonly entry: EmojiEntry } | { readonly kind: 'sticker'; readonly sticker: FaceSticker };

interface PickerSection {
  readonly id: string;
  readonly label: string;
  readonly items: readonly PickerItem[];
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/**
 * @summary A panel of emoji and "big face" stickers: searchable by name in English and
 * Chinese (whatever the UI language), recently used emoji first (kept in localStorage), fully
 * keyboard navigable. Choosing an emoji fires `tim-emoji-select` with the code to insert
 * (`[Smile]`); choosing a sticker fires `tim-sticker-select`; Escape fires
 * `tim-emoji-picker-close`. `<tim-composer>` opens it from its emoji button.
 *
 * Keyboard: type to search; ArrowDown moves from the search field into the grid; arrows move
 * in the grid (ArrowUp from the first row goes back to the search field); Enter or Space
 * chooses; Home/End go to the first/last; Escape asks to close.
 *
 * @fires tim-emoji-select - An emoji was chosen: `detail.entry`, `detail.code` (the text to insert).
 * @fires tim-sticker-select - A sticker was chosen: `detail.sticker` (send it as a face message).
 * @fires tim-emoji-picker-close - Escape was pressed; the owner closes the picker.
 *
 * @csspart base - The panel.
 * @csspart tabs - The Emoji / Stickers switch (only when there are stickers).
 * @csspart tab - Each tab.
 * @csspart search - The search field.
 * @csspart grid - The listbox of options.
 * @csspart section-label - "Recently used", "All emoji"… headings.
 * @csspart option - Each emoji or sticker.
 * @csspart empty - The "no match" line.
 *
 * @cssprop --tim-emoji-picker-width - Width of the panel (default 344px).
 * @cssprop --tim-emoji-picker-height - Height of the grid area (default 248px).
 * @cssprop --tim-emoji-picker-bg - Panel background.
 * @cssprop --tim-emoji-picker-option-size - Size of an emoji cell (default 36px).
 * @cssprop --tim-emoji-picker-hover-bg - Background of the option under the pointer or focus.
 */
export class TimEmojiPicker extends TimElement {
  static override styles = timEmojiPickerStyles;

  /** The emoji to offer (the TUIKit-compatible default set unless an app gives its own). */
  @property({ attribute: false }) emojiSet: EmojiSet = defaultEmojiSet;
  /** "Big face" stickers; none hides the Stickers tab. */
  @property({ attribute: false }) stickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;
  /** The localStorage key under which recently used emoji are kept. */
  @property({ attribute: 'recent-storage-key' }) recentStorageKey = RECENT_EMOJI_STORAGE_KEY;
  /** How many recently used emoji to keep and show. */
  @property({ type: Number, attribute: 'recent-limit' }) recentLimit = DEFAULT_RECENT_LIMIT;
  /** The section shown: 'emoji' or 'stickers'. */
  @property({ reflect: true }) tab: EmojiPickerTab = 'emoji';

  @state() private query = '';
  @state() private recentKeys: readonly string[] = [];
  /** How many options the grid shows (set by each render; the keyboard model counts on it). */
  private optionCount = 0;
  /** Arrow keys over the grid, by option index, in rows of `columns`; Up from the first row goes to the search field. */
  private readonly gridKeys = new RovingFocusController<number>(this, {
    items: () => Array.from({ length: this.optionCount }, (_, i) => i),
    focus: (index) => this.focusOption(index),
    move: (key, index) =>
      moveInGrid(
        this.sections().map((s) => s.items.length),
        index,
        key,
        this.columns,
      ),
    leave: () => this.searchInput?.focus(),
  });
  /** Left and Right between the Emoji and Stickers tabs; moving selects (automatic activation). */
  private readonly tabKeys = new RovingFocusController<EmojiPickerTab>(this, {
    items: () => EMOJI_PICKER_TABS,
    home: () => this.tab,
    focus: (tab) => {
      this.selectTab(tab);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
    },
    move: { orientation: 'horizontal', wrap: true, keys: ['ArrowLeft', 'ArrowRight'] },
  });

  @query('input') private searchInput?: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshRecent();
  }

  /** Re-read the recently used emoji (the list does not reorder under the pointer while open). */
  refreshRecent(): void {
    this.recentKeys = readRecentEmoji(this.recentStorageKey);
  }

  /** Focus the search field (where typing starts). */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.searchInput?.focus(options));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('recentStorageKey')) this.refreshRecent();
    if (this.tab === 'stickers' && this.stickers.length === 0) this.tab = 'emoji';
  }

  private get columns(): number {
    return this.tab === 'stickers' ? STICKER_COLUMNS : EMOJI_COLUMNS;
  }

  private sections(): PickerSection[] {
    const t = this.strings(emojiPickerStrings);
    const locale = emojiLocale(this.resolvedLocale);
    if (this.tab === 'stickers') {
      const q = fold(this.query);
      const stickers = q
        ? this.stickers.filter((s) => [s.names.en, s.names['zh-CN'], s.data].some((name) => fold(name).includes(q)))
        : this.stickers;
      return [{ id: 'stickers', label: t.stickers, items: stickers.map((sticker) => ({ kind: 'sticker', sticker })) }];
    }
    if (this.query.trim()) {
      const found = searchEmoji(this.query, this.emojiSet, locale);
      return [{ id: 'results', label: t.results, items: found.map((entry) => ({ kind: 'emoji', entry })) }];
    }
    const recent = this.recentKeys
      .slice(0, Math.max(0, this.recentLimit))
      .map((key) => this.emojiSet.byKey.get(key))
      .filter((entry): entry is EmojiEntry => entry !== undefined);
    const sections: PickerSection[] = [];
    if (recent.length) sections.push({ id: 'recent', label: t.recent, items: recent.map((entry) => ({ kind: 'emoji', entry })) });
    sections.push({ id: 'all', label: t.all, items: this.emojiSet.entries.map((entry) => ({ kind: 'emoji', entry })) });
    return sections;
  }

  override render() {
    const t = this.strings(emojiPickerStrings);
    const sections = this.sections();
    const total = sections.reduce((n, s) => n + s.items.length, 0);
    this.optionCount = total;
    const active = this.gridKeys.active ?? 0;
    const hasStickers = this.stickers.length > 0;
    let index = 0;
    return html`<section class="panel" part="base" aria-label=${t.label} style=${inlineStyle({ '--_columns': String(this.columns) })}>
      ${
        hasStickers
          ? html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.tabs} @keydown=${this.onTabsKeyDown}>
            ${EMOJI_PICKER_TABS.map(
              (tab) => html`<button class="tab" part="tab" role="tab" id="tab-${tab}" type="button"
                aria-selected=${this.tab === tab ? 'true' : 'false'} aria-controls="grid" tabindex=${this.tabKeys.tabIndexOf(tab)}
                @click=${() => this.selectTab(tab)}>${tab === 'emoji' ? t.emojiTab : t.stickersTab}</button>`,
            )}
          </div>`
          : nothing
      }
      <input part="search" type="search" autocomplete="off" spellcheck="false" enterkeyhint="done"
        aria-label=${this.tab === 'stickers' ? t.searchStickers : t.search} placeholder=${this.tab === 'stickers' ? t.searchStickers : t.search}
        aria-controls="grid" .value=${this.query} @input=${this.onSearchInput} @keydown=${this.onSearchKeyDown} />
      <div class="grid" part="grid" id="grid" role="listbox" aria-label=${this.tab === 'stickers' ? t.stickers : t.label}
        @keydown=${this.onGridKeyDown}>
        ${
          total === 0
            ? html`<div class="empty" part="empty" role="presentation">${this.tab === 'stickers' ? t.noStickers(this.query.trim()) : t.noResults(this.query.trim())}</div>`
            : sections.map(
                (section) => html`<div role="group" aria-labelledby="label-${section.id}">
                <div class="section-label" part="section-label" id="label-${section.id}" role="presentation">${section.label}</div>
                <div class="cells">${section.items.map((item) => this.renderOption(item, index++, active))}</div>
              </div>`,
              )
        }
      </div>
    </section>`;
  }

  private renderOption(item: PickerItem, index: number, active: number): TemplateResult {
    const locale = emojiLocale(this.resolvedLocale);
    const choose = () => {
      this.gridKeys.setActive(index);
      this.choose(item);
    };
    if (item.kind === 'sticker') {
      const { sticker } = item;
      const name = sticker.names[locale];
      return html`<div class="option sticker" part="option" role="option" id="option-${index}" data-index=${index}
        aria-selected=${index === active ? 'true' : 'false'} tabindex=${index === active ? 0 : -1} aria-label=${name} title=${name}
        @click=${choose}>${sticker.url ? html`<img src=${sticker.url} alt="" draggable="false" />` : html`<span aria-hidden="true">${sticker.glyph}</span>`}
        <span class="name" aria-hidden="true">${name}</span></div>`;
    }
    const { entry } = item;
    const name = entry.names[locale];
    return html`<div class="option" part="option" role="option" id="option-${index}" data-index=${index}
      aria-selected=${index === active ? 'true' : 'false'} tabindex=${index === active ? 0 : -1} aria-label=${name}
      title=${`${name} ${inputCodeOf(entry, locale)}`} @click=${choose}>${
        entry.url ? html`<img src=${entry.url} alt="" draggable="false" />` : html`<span aria-hidden="true">${entry.glyph}</span>`
      }</div>`;
  }

  private choose(item: PickerItem): void {
    if (item.kind === 'sticker') {
      this.emit(new TimStickerSelectEvent(item.sticker));
      return;
    }
    const code = inputCodeOf(item.entry, emojiLocale(this.resolvedLocale));
    // Stored now, shown first the next time the picker opens (no reordering under the pointer).
    rememberEmoji(item.entry.key, this.recentStorageKey, this.recentLimit);
    this.emit(new TimEmojiSelectEvent(item.entry, code));
  }

  private selectTab(tab: EmojiPickerTab): void {
    if (this.tab === tab) return;
    this.tab = tab;
    this.query = '';
    this.gridKeys.setActive(undefined);
  }

  private readonly onTabsKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') return this.requestClose(event);
    this.tabKeys.handleKey(event, this.tab);
  };

  private readonly onSearchInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.gridKeys.setActive(undefined);
  };

  private readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') return this.requestClose(event);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.gridKeys.focus(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = this.sections().find((s) => s.items.length)?.items[0];
      if (first) this.choose(first);
    }
  };

  private readonly onGridKeyDown = (event: KeyboardEvent): void => {
    const option = (event.target as HTMLElement).closest?.('[role="option"]') as HTMLElement | null;
    if (event.key === 'Escape') return this.requestClose(event);
    if (!option) return;
    const index = Number(option.dataset.index);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = this.sections().flatMap((s) => s.items)[index];
      if (item) this.choose(item);
      return;
    }
    this.gridKeys.handleKey(event, index);
  };

  private focusOption(index: number): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#option-${index}`)?.focus());
  }

  private requestClose(event: KeyboardEvent): void {
    // Escape also clears a search field natively; closing is what the user asked for.
    event.preventDefault();
    event.stopPropagation();
    this.emit(new TimEmojiPickerCloseEvent());
  }
}
