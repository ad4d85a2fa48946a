import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEFAULT_FACE_STICKERS, defaultEmojiSet } from '../../core/emoji/index.js';
import type { EmojiSet } from '../../core/emoji/index.js';
import { parseEmoji } from '../../core/emoji/index.js';
import type { FaceSticker } from '../../core/emoji/index.js';
import type { MessageElement, TextElem } from '../../core/model/index.js';
import { markdownOf } from '../../core/model/index.js';
import type { Message } from '../../core/model/index.js';
import type { ChatStoreApi, MessageConversion } from '../../core/store/index.js';
import type { GroupReadReceipt, MessageReaction } from '../../core/service/index.js';
import { withoutBidiControls } from '../../core/util/index.js';
import { formatClock, isoTime } from '../../core/i18n/index.js';
import { LongPressController } from '../base/long-press-controller.js';
import { TimElement } from '../base/tim-element.js';
import { isOnlyEmoji, renderEmojiSegments } from '../emoji-parser/render-emoji-text.js';
import { emojiParserStrings } from '../emoji-parser/strings.js';
import { icon } from '../icons/icons.js';
import { TimMessageRequestEvent, type MessageRequest } from './events.js';
import { profileCardStrings } from '../profile-card/strings.js';
import { hasAttachment, isMediaOnly, messageKind, type RunPosition } from './message-kind.js';
import { renderAvatar } from './renderers/avatar.js';
import { loadMarkdownRenderer, markdownRenderer } from './markdown/markdown-loader.js';
import { loadLinkPreviewElement } from './link-preview/link-preview-loader.js';
import { loadMediaElement } from './media-loader.js';
import { firstLink } from '../../core/link-preview/index.js';
import { renderConversion } from './renderers/conversion.js';
import { renderCustom } from './renderers/custom.js';
import { renderDateSeparator } from './renderers/date-separator.js';
import { renderFace } from './renderers/face.js';
import { renderLocation } from './renderers/location.js';
import { renderMergedCard } from './renderers/merged-card.js';
import { renderSelectBox } from './renderers/select-box.js';
import { forwardStrings } from '../forward/strings.js';
import { parseReplyQuote, renderReplyQuote } from './renderers/reply-quote.js';
import { renderStatus } from './renderers/status.js';
import { renderUnsupported } from './renderers/unsupported.js';
import { rowLabel } from './row-label.js';
import { messageStrings, type MessageStrings } from './strings.js';
import { timMessageStyles } from './tim-message.styles.js';
import { TimReactionRequestEvent } from './reactions/events.js';
import { renderQuickReactions, renderReactionChips, renderWhoReacted, type ReactionRenderContext } from './reactions/render-reactions.js';
import { messageReactionStrings } from './reactions/strings.js';
import { TimApplicationRequestEvent } from './group-application/events.js';
import { renderGroupApplication, type ApplicationRow } from './group-application/render-group-application.js';
import { groupApplicationStrings } from './group-application/strings.js';
import { renderReadCount } from './read-receipt/render-read-receipt.js';
import { readReceiptStrings } from './read-receipt/strings.js';

/** What a long press on a row pressed: the message (its menu) or one of its reaction chips (who reacted). */
type RowPress = Message | { readonly chip: string; readonly element: HTMLElement };

/**
 * An extreme message is drawn in part, so that no row blocks the page: the first characters of a
 * long text and the first elements of a message with many, then more with each "Show more".
 */
const TEXT_PREVIEW_CHARS = 3_000;
const TEXT_MORE_CHARS = 30_000;
export const ELEMENTS_PREVIEW = 20;
const ELEMENTS_MORE = 100;

/**
 * @summary One message in a conversation: an optional date separator above it, then either a
 * bubble (avatar and name in groups, content of every element type, time, delivery status,
 * upload progress, reply quote) or a centred line (group tip, system notice, recalled message).
 * It renders only; what the reader asks for (menu, resend, open image, jump to a quoted message)
 * goes up as a `tim-message-request` event that `<tim-message-list>` handles. The row is named for
 * screen readers ("Bob Martin, 13:03: rc3 is up…", "You, 13:04: Image. Failed to send"), through
 * ElementInternals so the user's text never becomes an attribute; user text is `dir="auto"`.
 *
 * @csspart row - The whole row.
 * @csspart date-separator - The day label above the message.
 * @csspart unread-divider - The "New messages" line above the first unread message.
 * @csspart avatar - The sender's avatar.
 * @csspart avatar-button - The button over the sender's avatar: their profile card.
 * @csspart name - The sender's name (groups, first message of a run).
 * @csspart bubble - The bubble around the content.
 * @csspart quote - The quoted message of a reply.
 * @csspart time - The time next to the bubble.
 * @csspart status - The delivery mark (sending, failed, sent, read).
 * @csspart resend - The failed mark, a button that resends.
 * @csspart notice - The centred line of a tip, notice or recalled message.
 * @csspart re-edit - "Re-edit" in the line of one's own recalled text message (2 minutes after the recall).
 * @csspart edited - The "edited" mark beside the time of a message changed after it was sent.
 * @csspart upload - The upload progress bar with its cancel button.
 * @csspart more-button - The "…" button shown on hover.
 * @csspart show-more - "Show more" under a long text or a message of many elements, drawn in part.
 * @csspart markdown - A markdown message's formatted text (paragraphs, lists, quotes, code).
 * @csspart link-preview - The preview card of the text's first link (with a store resolver; `<tim-link-preview>`).
 * @csspart conversion - The translation or voice-to-text result under the bubble (also while loading, or why there is none).
 * @csspart conversion-toggle - The "Show translation" / "Show text" chip of a collapsed result.
 * @csspart read-receipt - "N read" / "All read" / "Unread" beside one's own group message that asked for receipts (a button: who has read it).
 * @csspart reactions - The row of reaction chips under the bubble.
 * @csspart application - Under a join request or an invitation (System notifications): its buttons or outcome.
 * @csspart application-accept - The Accept button of a join request or an invitation.
 * @csspart application-decline - The Decline button of a join request or an invitation.
 * @csspart application-status - "Accepting…", "Accepted", "Declined", "Already answered".
 * @csspart application-error - Why the last answer was not sent (the buttons stay).
 * @csspart reaction-chip - One reaction: its emoji and count (a toggle button; `reaction-chip-mine` too when the reader's).
 * @csspart reaction-chip-mine - The reader's own reactions.
 * @csspart quick-reactions - The quick-reaction bar shown beside a hovered or focused bubble.
 * @csspart quick-reaction - A frequent emoji of the bar.
 * @csspart quick-reaction-more - The bar's "more reactions" button (the picker).
 * @csspart who-reacted - The popup that names who reacted with a reaction.
 * @csspart merged-card - A merged ("chat history") message's card: title, first lines, "Chat history"; opens the viewer.
 * @csspart select-box - The checkbox of the row in the list's multi-select mode.
 *
 * @cssprop --tim-message-bubble-bg - Incoming bubble background (default `--tim-color-bubble-in`).
 * @cssprop --tim-message-bubble-color - Incoming bubble text (default `--tim-color-on-bubble-in`).
 * @cssprop --tim-message-bubble-out-bg - Own bubble background (default `--tim-color-bubble-out`).
 * @cssprop --tim-message-read-count-color - "Unread" beside one's own group message (default `--tim-color-text-muted`).
 * @cssprop --tim-message-read-count-read-color - "N read" and "All read" (default `--tim-color-primary-text`).
 * @cssprop --tim-message-bubble-out-color - Own bubble text (default `--tim-color-on-bubble-out`).
 * @cssprop --tim-message-bubble-radius - Bubble corner radius (default `--tim-radius-l`).
 * @cssprop --tim-message-max-width - Widest a bubble gets (default `min(72%, 560px)`).
 * @cssprop --tim-message-notice-color - Colour of centred lines and day labels (default `--tim-color-text-muted`).
 * @cssprop --tim-message-highlight-bg - Flash behind a message jumped to (default `--tim-color-selected`).
 * @cssprop --tim-message-mention-color - The mark beside a message that mentions the reader (default `--tim-color-primary`).
 * @cssprop --tim-message-avatar-size - Avatar size (default 36px).
 * @cssprop --tim-message-conversion-bg - Background of a translation or transcript under the bubble (default `--tim-color-surface-raised`).
 * @cssprop --tim-message-reaction-bg - Background of a reaction chip (default `--tim-color-surface`).
 * @cssprop --tim-message-application-accept-bg - Background of Accept on a join request or invitation (default `--tim-color-primary`).
 * @cssprop --tim-message-application-accept-color - Text of Accept (default `--tim-color-on-primary`).
 * @cssprop --tim-message-application-bg - Background of Decline (default `--tim-color-surface`).
 * @cssprop --tim-message-application-border - Edge of Decline (default `--tim-color-control-border`).
 * @cssprop --tim-message-reaction-mine-bg - Background of the reader's own reaction (default `--tim-color-selected`).
 * @cssprop --tim-message-reaction-mine-color - Text of the reader's own reaction (default `--tim-color-primary-text`).
 */
export class TimMessage extends TimElement {
  static override styles = timMessageStyles;

  /** The message to show. */
  @property({ attribute: false }) message?: Message;
  /** The sender's display name (name card, else nick, else ID). */
  @property({ attribute: 'sender-name' }) senderName = '';
  /** The sender's avatar URL (checked by `<tim-avatar>`). */
  @property({ attribute: 'sender-avatar' }) senderAvatar = '';
  /** Show the avatar (first message of a run from someone else). */
  @property({ type: Boolean, attribute: 'show-avatar' }) showAvatar = false;
  /** Keep the avatar column (so a run's bubbles line up) even when the avatar is hidden. */
  @property({ type: Boolean, attribute: 'avatar-column' }) avatarColumn = false;
  /** Show the sender's name above the bubble (groups, first message of a run). */
  @property({ type: Boolean, attribute: 'show-name' }) showName = false;
  /** Where the message sits in a run of one sender's messages; shapes the bubble corners. */
  @property({ reflect: true, attribute: 'run-position' }) runPosition: RunPosition = 'single';
  /** A day label to show above the message ('' for none). */
  @property({ attribute: 'date-label' }) dateLabel = '';
  /** The "New messages" divider above the message, where the unread ones begin ('' for none). */
  @property({ attribute: 'unread-label' }) unreadLabel = '';
  /** The text of a centred line (tip, notice, recalled message), worked out by the list in the reader's language. */
  @property({ attribute: 'notice-text' }) noticeText = '';
  /** Show ✓ sent / ✓✓ read on own messages (one-to-one and group conversations; a group message with its read count shows the count). */
  @property({ type: Boolean, attribute: 'read-marks' }) readMarks = false;
  /** Flash the row (after jumping to it). */
  @property({ type: Boolean, reflect: true }) highlighted = false;
  /** The message mentions the reader (their ID or @all in `atUserList`): drawn with a mark. */
  @property({ type: Boolean, reflect: true, attribute: 'mentions-me' }) mentionsMe = false;
  /** Mirrors the message's direction, for styling. */
  @property({ reflect: true }) flow: 'in' | 'out' = 'in';
  /** For voice "played" marks and file downloads. */
  @property({ attribute: false }) store?: ChatStoreApi;
  /** The emoji set of text messages (default: the TUIKit-compatible set). */
  @property({ attribute: false }) emojiSet?: EmojiSet;
  /** Stickers that face elements refer to. */
  @property({ attribute: false }) faceStickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;
  /** The message's translation shown under the bubble (from `store.conversions`; null: none). */
  @property({ attribute: false }) translation: MessageConversion | null = null;
  /** A voice message's words shown under the bubble (from `store.conversions`; null: none). */
  @property({ attribute: false }) transcript: MessageConversion | null = null;
  /**
   * Draw markdown messages formatted (TUIKit's chatbot messages, and text flagged as markdown; see
   * `markdownOf`). `markdown="false"` shows them as the plain text they are.
   */
  @property({ converter: { fromAttribute: (value) => value !== 'false' && value !== 'off' } }) markdown = true;
  /** Multi-select mode of the list: the row shows a checkbox, and a click picks or unpicks the message. */
  @property({ type: Boolean, reflect: true }) selecting = false;
  /** Picked in multi-select mode. */
  @property({ type: Boolean, reflect: true }) selected = false;
  /** Bumped by the list when custom renderers change, to redraw custom messages. */
  @property({ type: Number, attribute: false }) renderVersion = 0;
  /** The message's reactions (from `store.reactions`), shown as chips under the bubble. */
  @property({ attribute: false }) reactions: readonly MessageReaction[] = [];
  /** The reader may react (the backend has reactions, the message is delivered): the quick bar shows on hover and focus. */
  @property({ type: Boolean, attribute: false }) reactable = false;
  /** The reaction IDs of the quick bar (TUIKit codes), in order. */
  @property({ attribute: false }) quickReactions: readonly string[] = [];
  /** A join request's or an invitation's Accept / Decline or outcome under the notice (from the store's `groupApplicationsFeature`; null: none). */
  @property({ attribute: false }) application: ApplicationRow | null = null;
  /** Accept or Decline was pressed while focused: keep the focus on the row once the buttons go. */
  private refocusAfterAnswer = false;
  /** One's own group message's read receipts ("N read", from `store.readReceipts`; null: none shown). */
  @property({ attribute: false }) readReceipt: GroupReadReceipt | null = null;
  /** How to name a user who reacted ("You" for the reader). */
  @property({ attribute: false }) reactorName: (userID: string) => string = (userID) => userID;

  /** Who reacted with the reaction whose chip is hovered, focused or held (null: the popup is closed). */
  @state() private who: { reactionID: string; names: readonly string[]; more: number; loading: boolean } | null = null;
  private whoChip?: HTMLElement;

  /** The "…" button is drawn only while the row is hovered or holds focus (fewer nodes per row). */
  @state() private showMore = false;

  /** The quick reactions and "…" show on hover or focus, but not while the list picks messages (a click picks). */
  private get hoverTools(): boolean {
    return this.showMore && !this.selecting;
  }
  /** The menu (which heads with the same reactions) was opened from this row: no quick bar beside it until the pointer leaves. */
  @state() private menuRequested = false;
  /** The avatar URL that failed to load (initials are drawn instead). */
  @state() private brokenAvatar = '';
  /** Image emoji that failed to load: drawn as their glyph. */
  @state() private brokenEmoji: ReadonlySet<string> = new Set();
  /** A translation or transcript collapsed or shown from its own button: focus its new control once drawn. */
  private focusConversion: 'translation' | 'transcript' | null = null;
  /** How many times "Show more" was pressed on this message. */
  @state() private expansion = 0;
  private reEditTimer?: ReturnType<typeof setTimeout>;

  /** Hold on a touch screen: the actions menu. Its `timers` are replaced in tests. */
  readonly longPress = new LongPressController<RowPress>(this, {
    target: (event) => {
      const chip = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('reaction-chip'));
      return chip?.dataset.reaction ? { chip: chip.dataset.reaction, element: chip } : this.message;
    },
    onLongPress: (pressed, at) => {
      if ('chip' in pressed) this.showWho(pressed.chip, pressed.element);
      else this.request({ kind: 'menu', x: at.x, y: at.y });
    },
    /**
     * The menu opened while the finger was down, so the press began outside the new `popover="auto"`
     * menu: the browser's light dismiss closes it on this pointerup, before listeners run. Opening it
     * again here, in the same task, keeps it open with nothing painted in between. The controller
     * then cancels the touchend, which stops the click that lifting the finger would make (another
     * light dismiss, or a link or image under the finger activated).
     */
    onRelease: (pressed, at) => {
      if (!('chip' in pressed)) this.request({ kind: 'menu', x: at.x, y: at.y });
    },
  });

  constructor() {
    super();
    this.addEventListener('contextmenu', this.onContextMenu);
    // In multi-select mode a click anywhere on the row picks it (not a link, a picture or a play button).
    this.addEventListener('click', this.onSelectClick, { capture: true });
    this.addEventListener('pointerenter', (e) => {
      if (e.pointerType !== 'touch') this.showMore = true;
    });
    this.addEventListener('pointerleave', () => {
      this.showMore = this.matches(':focus-within');
      this.menuRequested = false;
    });
    this.addEventListener('focusin', () => (this.showMore = true));
    this.addEventListener('focusout', () => (this.showMore = this.matches(':hover')));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'article');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('message') && this.message) this.flow = this.message.flow === 'out' ? 'out' : 'in';
    // The list reuses a row for another message (scrolling): nothing of the old one carries over.
    const before = changed.get('message') as Message | undefined;
    if (before && before.ID !== this.message?.ID) {
      this.expansion = 0;
      this.focusConversion = null;
      this.longPress.reset();
      this.showWho(null);
      if (this.showMore) this.showMore = this.matches(':hover, :focus-within');
    }
    this.updateLabel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('who' as keyof TimMessage)) this.placeWho();
    if (changed.has('application')) this.keepFocusAfterAnswer();
    const kind = this.focusConversion;
    if (!kind || !changed.has(kind)) return;
    this.focusConversion = null;
    const box = this.renderRoot.querySelector<HTMLElement>(`[data-kind="${kind}"]`);
    const control = box?.matches('button') ? box : box?.querySelector<HTMLElement>('button');
    // No control now (closed, or loading again after Retry): the row keeps the focus, not <body>.
    if (control) control.focus();
    else if (this.matches(':focus-within') || document.activeElement === document.body) this.focus();
  }

  private readonly internals = this.attachInternals();

  /** The row's name, read when it gets focus: "Bob Martin, 13:03: rc3 is up…" (see rowLabel). */
  private updateLabel(): void {
    const message = this.message;
    if (!message) {
      this.internals.ariaLabel = null;
      return;
    }
    const t = this.strings(messageStrings);
    let label: string;
    try {
      label = rowLabel({
        message,
        name: this.displayName(message, t),
        time: formatClock(message.time, this.resolvedLocale),
        noticeText: messageKind(message) === 'bubble' ? '' : this.noticeText || t.unsupported,
        locale: this.resolvedLocale,
        t,
      });
    } catch {
      label = t.cannotShow;
    }
    // Multi-select mode: the row says whether it is picked (an article has no checked state of its own).
    if (this.selecting && messageKind(message) === 'bubble') {
      const f = this.strings(forwardStrings);
      label = `${this.selected ? f.rowSelected : f.rowNotSelected}. ${label}`;
    }
    // Through ElementInternals, not an attribute: the label holds the user's text, which never goes into the DOM's attributes.
    if (this.internals.ariaLabel !== label) this.internals.ariaLabel = label;
  }

  private displayName(message: Message, t: MessageStrings): string {
    return withoutBidiControls(this.senderName || (message.flow === 'out' ? t.you : message.from));
  }

  override render() {
    try {
      return this.renderMessage();
    } catch (error) {
      // A model value nothing expected must cost this row only: a placeholder, never a blank or a broken list.
      console.warn('tim-message: a message could not be shown', this.message?.ID, error);
      return html`<div class="row" part="row"><span class="notice unrenderable" part="notice">${this.strings(messageStrings).cannotShow}</span></div>`;
    }
  }

  private renderMessage() {
    const message = this.message;
    if (!message) return nothing;
    const t = this.strings(messageStrings);
    const kind = messageKind(message);
    // The day label sits outside the row, so a jump's highlight marks only the message.
    return html`${this.dateLabel ? renderDateSeparator(this.dateLabel) : nothing}${
      this.unreadLabel
        ? html`<div class="unread-divider" part="unread-divider" role="separator" aria-label=${this.unreadLabel}><span>${this.unreadLabel}</span></div>`
        : nothing
    }<div class="row" part="row">
      ${
        kind === 'bubble'
          ? this.renderBubbleLine(message, t)
          : html`<div class="notice-line"><span class="notice" part="notice">${this.noticeText || t.unsupported}</span>${kind === 'revoked' ? this.renderReEdit(message, t) : nothing}</div>`
      }
    </div>${this.application && kind === 'notice' ? renderGroupApplication(this.application, this.strings(groupApplicationStrings), this.answerApplication) : nothing}`;
  }

  private renderBubbleLine(message: Message, t: MessageStrings): TemplateResult {
    const own = message.flow === 'out';
    const media = isMediaOnly(message);
    const quote = parseReplyQuote(message.cloudCustomData);
    const time = formatClock(message.time, this.resolvedLocale);
    const name = this.displayName(message, t);
    return html`<div class="line">
      ${this.selecting ? renderSelectBox(this.selected, this.strings(forwardStrings).selectMessage) : nothing}
      ${
        !own && (this.showAvatar || this.avatarColumn)
          ? html`<div class="avatar-slot">${
              this.showAvatar
                ? html`${renderAvatar(
                    this.senderAvatar,
                    name,
                    message.from,
                    this.brokenAvatar === this.senderAvatar,
                    () => (this.brokenAvatar = this.senderAvatar),
                  )}<button type="button" class="avatar-button" part="avatar-button" aria-label=${this.strings(profileCardStrings).label(name)}
                    title=${this.strings(profileCardStrings).label(name)} @click=${this.onAvatarClick}></button>`
                : nothing
            }</div>`
          : nothing
      }
      <div class="column">
        ${this.showName && !own ? html`<div class="name" part="name" dir="auto">${name}</div>` : html`<span class="visually-hidden" dir="auto">${name}:</span>`}
        <div class="content-line">
          <div class="bubble ${media ? 'media' : ''}" part="bubble">
            ${quote ? renderReplyQuote(quote, t, this.renderText(quote.abstract, false, false), (messageID) => this.request({ kind: 'jump-to', messageID })) : nothing}
            ${
              message.elements.length
                ? this.visibleElements(message).map((elem, index) => this.renderElement(message, elem, index, t))
                : this.renderElement(message, undefined, 0, t)
            }
            ${this.renderShowMore(message, t)}
            ${this.renderUpload(message, t)}
            ${this.renderLinkPreview(message)}
          </div>
          ${this.hoverTools && !this.menuRequested && this.reactable && this.quickReactions.length ? renderQuickReactions(this.quickReactions, this.reactions, this.reactionContext()) : nothing}
          <div class="meta">
            ${message.isModified ? html`<span class="edited" part="edited">${t.edited}</span>` : nothing}
            <time part="time" datetime=${isoTime(message.time)}>${time}</time>
            ${renderStatus(message, t, {
              locale: this.resolvedLocale,
              readMarks: this.readMarks,
              readCountShown: own && Boolean(this.readReceipt),
              onResend: () => this.request({ kind: 'action', action: 'resend' }),
            })}
            ${own && this.readReceipt ? renderReadCount(this.readReceipt, this.strings(readReceiptStrings), () => this.request({ kind: 'read-receipts' })) : nothing}
          </div>
          ${
            this.hoverTools
              ? html`<button class="more" part="more-button" type="button" tabindex="-1" aria-label=${t.actions}
                @click=${(e: MouseEvent) => {
                  e.stopPropagation();
                  const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
                  this.request({ kind: 'menu', x: rect.left, y: rect.bottom });
                }}>${icon('more', 18)}</button>`
              : nothing
          }
        </div>
        ${this.renderConversions(t)}
        ${renderReactionChips(this.reactions, this.reactionContext(), this.who?.reactionID ?? null)}
        ${this.reactions.length ? renderWhoReacted(this.who, this.reactionContext()) : nothing}
      </div>
    </div>`;
  }

  /** The card of the text's first http(s) link, when the store has a resolver (a lazy element). */
  private renderLinkPreview(message: Message): unknown {
    const cache = this.store?.linkPreviews;
    if (!cache || message.isRevoked) return nothing;
    const text = message.elements.find((e): e is TextElem => e?.type === 'TIMTextElem' && typeof e.text === 'string')?.text ?? '';
    const url = firstLink(text);
    if (!url) return nothing;
    loadLinkPreviewElement();
    return html`<tim-link-preview part="link-preview" .cache=${cache} .url=${url}></tim-link-preview>`;
  }

  /** The translation and transcript under the bubble, when the reader asked for them. */
  private renderConversions(t: MessageStrings): unknown {
    const shown = [this.translation, this.transcript].filter((c): c is MessageConversion => !!c);
    if (shown.length === 0) return nothing;
    const message = this.message;
    const markdown = this.markdown && !!message && message.elements.some((_, i) => markdownOf(message, i) !== null);
    return html`<div class="conversions">${shown.map((conversion) =>
      renderConversion(conversion, {
        t,
        locale: this.resolvedLocale,
        // A markdown message's translation keeps its formatting.
        text: (text) => (markdown ? this.renderMarkdown(text) : this.renderText(text, true, false)),
        request: (op) => {
          // The pressed button goes with the change: its replacement (the chip, Hide, Retry) takes the focus.
          this.focusConversion = conversion.kind;
          this.request({ kind: 'conversion', conversion: conversion.kind, op });
        },
      }),
    )}</div>`;
  }

  private reactionContext(): ReactionRenderContext {
    return {
      emojiSet: this.emojiSet ?? defaultEmojiSet,
      locale: this.resolvedLocale,
      t: this.strings(messageReactionStrings),
      toggle: (reactionID) => this.requestReaction({ kind: 'toggle', reactionID }),
      showWho: (reactionID, chip) => this.showWho(reactionID, chip),
      openPicker: (button) => {
        const rect = button.getBoundingClientRect();
        this.requestReaction({ kind: 'picker', x: rect.left, y: rect.bottom + 4, returnFocusTo: button });
      },
    };
  }

  /** Accept or Decline pressed: the list answers (the row then draws the answer going out). */
  private readonly answerApplication = (accept: boolean): void => {
    if (!this.message) return;
    this.refocusAfterAnswer = this.matches(':focus-within');
    this.dispatchEvent(new TimApplicationRequestEvent(this.message, accept));
  };

  /** The pressed button gave way to the outcome: the focus goes to the row rather than to the page's body. */
  private keepFocusAfterAnswer(): void {
    const status = this.application?.view.status;
    if (!this.refocusAfterAnswer || status === 'pending' || status === 'failed') return;
    this.refocusAfterAnswer = false;
    // After this update: focusing draws the row's focused state, a new update of its own.
    void this.updateComplete.then(() => {
      if (this.isConnected && !this.matches(':focus-within') && (!document.activeElement || document.activeElement === document.body))
        this.focus();
    });
  }

  private requestReaction(request: TimReactionRequestEvent['detail']['request']): void {
    if (this.message) this.dispatchEvent(new TimReactionRequestEvent(this.message, request));
  }

  /** Name who reacted with a reaction, beside its chip; the rest of a long list is asked of the store. */
  private showWho(reactionID: string | null, chip?: HTMLElement): void {
    const reaction = reactionID ? this.reactions.find((r) => r.reactionID === reactionID) : undefined;
    if (!reaction || !chip) {
      this.who = null;
      this.whoChip = undefined;
      return;
    }
    this.whoChip = chip;
    const more = Math.max(0, reaction.count - reaction.userIDs.length);
    this.who = { reactionID: reaction.reactionID, names: reaction.userIDs.map(this.reactorName), more, loading: more > 0 };
    const message = this.message;
    if (more > 0 && message && this.store?.reactions) {
      this.store.reactions
        .reactionUsers(message, reaction.reactionID)
        .then((users) => {
          if (this.who?.reactionID !== reaction.reactionID || this.message !== message) return;
          this.who = { ...this.who, names: users.map(this.reactorName), more: Math.max(0, reaction.count - users.length), loading: false };
        })
        .catch(() => {
          if (this.who?.reactionID === reaction.reactionID) this.who = { ...this.who, loading: false };
        });
    }
  }

  /** The popup below its chip (above when there is no room), kept inside the viewport. */
  private placeWho(): void {
    const popup = this.renderRoot.querySelector<HTMLElement>('.who-reacted');
    if (!popup) return;
    const chip = this.whoChip;
    if (!this.who || !chip?.isConnected) {
      if (popup.matches(':popover-open')) popup.hidePopover();
      return;
    }
    if (!popup.matches(':popover-open')) popup.showPopover();
    const at = chip.getBoundingClientRect();
    const { width, height } = popup.getBoundingClientRect();
    const margin = 8;
    const left = Math.min(Math.max(margin, at.left), innerWidth - width - margin);
    const below = at.bottom + 4;
    const top = below + height > innerHeight - margin ? Math.max(margin, at.top - height - 4) : below;
    popup.style.left = `${Math.max(margin, left)}px`;
    popup.style.top = `${top}px`;
  }

  private renderElement(message: Message, elem: MessageElement | undefined, index: number, t: MessageStrings): unknown {
    const locale = this.resolvedLocale;
    switch (elem?.type) {
      case 'TIMTextElem': {
        const markdown = this.markdown ? markdownOf(message, index) : null;
        if (markdown) return this.renderMarkdown(this.visibleText(markdown.text));
        return this.renderText(this.visibleText(elem.text), true, message.elements.length === 1);
      }
      case 'TIMFaceElem':
        return renderFace(elem, this.faceStickers, t, locale);
      // Keyed by message: when the list reuses this row for another message, the media element
      // (its load, playback or download state) is a new one.
      case 'TIMImageElem':
        return keyed(
          message.ID,
          html`<tim-message-image .message=${message} .elementIndex=${index} .senderName=${this.displayName(message, this.strings(messageStrings))}></tim-message-image>`,
        );
      case 'TIMSoundElem':
        loadMediaElement('tim-message-sound');
        return keyed(
          message.ID,
          html`<tim-message-sound .message=${message} .elementIndex=${index} .store=${this.store}></tim-message-sound>`,
        );
      case 'TIMVideoFileElem':
        loadMediaElement('tim-message-video');
        return keyed(message.ID, html`<tim-message-video .message=${message} .elementIndex=${index}></tim-message-video>`);
      case 'TIMFileElem':
        loadMediaElement('tim-message-file');
        return keyed(
          message.ID,
          html`<tim-message-file .message=${message} .elementIndex=${index} .store=${this.store}></tim-message-file>`,
        );
      case 'TIMLocationElem':
        return renderLocation(elem, t, locale);
      case 'TIMCustomElem': {
        const markdown = this.markdown ? markdownOf(message, index) : null;
        if (markdown) return this.renderMarkdown(this.visibleText(markdown.text));
        return renderCustom(elem, message, index, t, locale);
      }
      case 'TIMRelayElem':
        return renderMergedCard(elem, this.strings(forwardStrings), () => this.request({ kind: 'open-merged' }));
      case 'unsupported':
        return renderUnsupported(elem, t);
      default:
        // Tips inside a bubble message, or an element type from the future: never a blank.
        return renderUnsupported(undefined, t);
    }
  }

  private get shownChars(): number {
    return TEXT_PREVIEW_CHARS + this.expansion * TEXT_MORE_CHARS;
  }

  private get shownElements(): number {
    return ELEMENTS_PREVIEW + this.expansion * ELEMENTS_MORE;
  }

  /** The part of a text drawn now (cut between code points, never inside a surrogate pair). */
  private visibleText(text: unknown): string {
    const value = typeof text === 'string' ? text : '';
    if (value.length <= this.shownChars) return value;
    let end = this.shownChars;
    const code = value.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    return `${value.slice(0, end)}…`;
  }

  private visibleElements(message: Message): readonly MessageElement[] {
    return message.elements.length > this.shownElements ? message.elements.slice(0, this.shownElements) : message.elements;
  }

  /** "Show more" while a text or the list of elements is cut; each press draws another part. */
  private renderShowMore(message: Message, t: MessageStrings): TemplateResult | typeof nothing {
    const texts = message.elements
      .slice(0, this.shownElements)
      .filter((e): e is TextElem => e?.type === 'TIMTextElem' && typeof e.text === 'string');
    const longest = texts.reduce((n, e) => Math.max(n, e.text.length), 0);
    const cutElements = message.elements.length > this.shownElements;
    if (!cutElements && longest <= this.shownChars) return nothing;
    const locale = this.resolvedLocale;
    const count = (n: number) => new Intl.NumberFormat(locale).format(n);
    const label = cutElements
      ? t.showMoreLabel(count(this.shownElements), count(message.elements.length))
      : t.showMoreLabel(count(this.shownChars), count(longest));
    return html`<button class="show-more" part="show-more" type="button" aria-label=${label} title=${label}
      @click=${(e: Event) => {
        e.stopPropagation();
        this.expansion++;
      }}>${t.showMore}</button>`;
  }

  /** Text with emoji and links, drawn in this shadow root (one shadow root per row keeps long lists light). */
  private renderText(text: string, links: boolean, allowJumbo: boolean): TemplateResult {
    const segments = parseEmoji(typeof text === 'string' ? text : '', this.emojiSet ?? defaultEmojiSet);
    const jumbo = allowJumbo && isOnlyEmoji(segments);
    return html`<span class="text ${jumbo ? 'jumbo' : ''}" part="text" dir="auto">${renderEmojiSegments(segments, {
      emojiSet: this.emojiSet ?? defaultEmojiSet,
      locale: this.resolvedLocale,
      links,
      opensInNewTab: this.strings(emojiParserStrings).opensInNewTab,
      brokenImages: this.brokenEmoji,
      onImageError: (url) => (this.brokenEmoji = new Set(this.brokenEmoji).add(url)),
    })}</span>`;
  }

  /** Markdown, drawn by the renderer loaded on first use (plain text until it is here). */
  private renderMarkdown(text: string): unknown {
    const renderer = markdownRenderer();
    if (!renderer) {
      void loadMarkdownRenderer().then(
        () => this.requestUpdate(),
        () => {},
      );
      return this.renderText(text, true, false);
    }
    const opensInNewTab = this.strings(emojiParserStrings).opensInNewTab;
    return renderer.renderMarkdown(text, {
      opensInNewTab,
      text: (run, links) =>
        renderEmojiSegments(parseEmoji(run, this.emojiSet ?? defaultEmojiSet), {
          emojiSet: this.emojiSet ?? defaultEmojiSet,
          locale: this.resolvedLocale,
          links,
          opensInNewTab,
          brokenImages: this.brokenEmoji,
          onImageError: (url) => (this.brokenEmoji = new Set(this.brokenEmoji).add(url)),
        }),
    });
  }

  private renderUpload(message: Message, t: MessageStrings): TemplateResult | typeof nothing {
    if (message.status !== 'unSend' || !message.progress || !hasAttachment(message)) return nothing;
    const { loaded, total } = message.progress;
    const percent = total > 0 ? Math.round(Math.min(1, loaded / total) * 100) : 0;
    return html`<div class="upload" part="upload">
      <div class="bar" role="progressbar" aria-label=${t.uploading(percent)} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}>
        <div style=${inlineStyle({ 'inline-size': `${percent}%` })}></div>
      </div>
      <button type="button" aria-label=${t.cancelUpload} title=${t.cancelUpload}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.request({ kind: 'cancel-upload' });
        }}>${icon('cancel', 16)}</button>
    </div>`;
  }

  /** "Re-edit" beside one's own recalled text, while the store offers it (2 minutes after the recall). */
  private renderReEdit(message: Message, t: MessageStrings): TemplateResult | typeof nothing {
    const endsAt = this.store?.reEditEndsAt?.(message) ?? null;
    clearTimeout(this.reEditTimer);
    if (endsAt === null) return nothing;
    // Drawn again when the offer ends, so the button never outlives it.
    this.reEditTimer = setTimeout(() => this.requestUpdate(), Math.max(0, endsAt - Date.now()) + 50);
    return html`<button class="re-edit" part="re-edit" type="button" @click=${() => this.request({ kind: 're-edit' })}>${t.reEdit}</button>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.reEditTimer);
  }

  /** The sender's avatar opens their profile card (in multi-select mode a click picks the row instead). */
  private readonly onAvatarClick = (event: MouseEvent): void => {
    if (this.selecting) return;
    event.stopPropagation();
    this.request({ kind: 'profile' });
  };

  private request(request: MessageRequest): void {
    if (request.kind === 'menu') this.menuRequested = true;
    if (this.message) this.dispatchEvent(new TimMessageRequestEvent(this.message, request));
  }

  private readonly onSelectClick = (event: MouseEvent): void => {
    if (!this.selecting || !this.message || messageKind(this.message) !== 'bubble') return;
    event.preventDefault();
    event.stopPropagation();
    this.request({ kind: 'toggle-select' });
  };

  private readonly onContextMenu = (event: MouseEvent): void => {
    if (!this.message || messageKind(this.message) === 'notice') return;
    // Keep the browser's own menu on links and selected text, where it is more useful.
    const path = event.composedPath();
    if (path.some((n) => n instanceof HTMLAnchorElement) || (getSelection()?.toString() ?? '') !== '') return;
    event.preventDefault();
    const open = () => this.request({ kind: 'menu', x: event.clientX, y: event.clientY });
    // Where the menu comes on the button's press (Linux), that button's release would light-dismiss
    // the popover opened in between: open it once the button is up.
    if (event.buttons === 0) open();
    else afterRelease(open);
  };
}

/** Runs `task` in the task after the pointer's buttons are released (or the press is cancelled). */
function afterRelease(task: () => void): void {
  const done = () => {
    removeEventListener('pointerup', done, true);
    removeEventListener('pointercancel', done, true);
    setTimeout(task);
  };
  addEventListener('pointerup', done, true);
  addEventListener('pointercancel', done, true);
}
