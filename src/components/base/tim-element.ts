import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from './locale.js';
import type { LocalizedStrings, StringTable } from './strings.js';

/** Fired on `document` when any element's locale changes, so nested parts follow at run time. */
const LOCALE_CHANGE = 'tim-locale-change';

/**
 * One observer of `<html lang>` and one document listener for every element on the page,
 * rather than one each: a message list creates and drops many rows while scrolling.
 */
const connectedElements = new Set<TimElement>();
let langObserver: MutationObserver | undefined;

function refreshAll(): void {
  for (const element of connectedElements) element.refreshLocale();
}

function track(element: TimElement): void {
  connectedElements.add(element);
  if (langObserver) return;
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  document.addEventListener(LOCALE_CHANGE, refreshAll);
}

function untrack(element: TimElement): void {
  connectedElements.delete(element);
  if (connectedElements.size || !langObserver) return;
  langObserver.disconnect();
  langObserver = undefined;
  document.removeEventListener(LOCALE_CHANGE, refreshAll);
}

/**
 * The base of every tim-* element: locale and direction, strings, the typed event helper.
 */
export class TimElement extends LitElement {
  // Without decorators, so an element used alone need not ship their helpers (`npm run size`).
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    resolvedLocale: { state: true },
  };

  /** 'en' or 'zh-CN'. Unset: the nearest `locale`/`lang` attribute above, then the browser's language. */
  locale?: string;

  /** The resolved locale, for rendering. */
  protected resolvedLocale: Locale = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    // A page that switches <html lang>, or an ancestor's `locale`, at run time is followed.
    track(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    untrack(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale') && this.isConnected) this.refreshLocale();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Tell descendants in other shadow roots that inherit from us, once the attribute is reflected.
    if (changed.has('locale') && (changed.get('locale') !== undefined || this.locale)) {
      document.dispatchEvent(new Event(LOCALE_CHANGE));
    }
  }

  /** Resolve the locale again (the page's or an ancestor's language changed). */
  refreshLocale(): void {
    const next = resolveLocale(this, this.locale);
    if (next !== this.resolvedLocale) this.resolvedLocale = next;
  }

  /** The strings of the current locale from an element's table. */
  protected strings<T extends StringTable>(table: LocalizedStrings<T>): T {
    return table[this.resolvedLocale];
  }

  /** Dispatch a typed event; returns false when a listener cancelled it (skip the default action then). */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
