import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { onLocaleRegistered } from '../../core/i18n/index.js';
import { resolveLocale, type Locale } from './locale.js';
import { stringsFor, type LocalizedStrings, type StringTable } from './strings.js';

/** Fired on `document` when any element's locale changes, so nested parts follow at run time. */
const LOCALE_CHANGE = 'tim-locale-change';

/**
 * One observer of the page's `lang`, `locale` and `dir` attributes, one document listener and one
 * registry listener for every element on the page, rather than one each: a message list creates
 * and drops many rows while scrolling.
 */
const connectedElements = new Set<TimElement>();
let langObserver: MutationObserver | undefined;
let listening = false;

function refreshAll(): void {
  for (const element of connectedElements) element.refreshLocale();
}

/** A locale was registered or loaded: every element renders its strings again. */
function rerenderAll(): void {
  for (const element of connectedElements) element.requestUpdate();
}

/**
 * Loads the shipped strings a locale needs (src/components/base/locale-loader.ts). Installed by the
 * entries that bring every element or the whole chat, so a lone part (`tim-elements/avatar`)
 * does not carry the locale chunks; it shows what is registered.
 */
let localeLoader: ((locale: Locale) => unknown) | undefined;

export function setLocaleLoader(loader: (locale: Locale) => unknown): void {
  localeLoader = loader;
  for (const element of connectedElements) loader(resolveLocale(element, element.locale));
}

function track(element: TimElement): void {
  connectedElements.add(element);
  if (langObserver) return;
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'locale', 'dir'] });
  document.addEventListener(LOCALE_CHANGE, refreshAll);
  // Once for the page's life: the registry outlives every element.
  if (!listening) onLocaleRegistered(rerenderAll);
  listening = true;
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

  /**
   * A language tag ('en', 'en-GB', 'zh-TW', 'fr'…). Unset: the nearest `locale`/`lang` attribute
   * above, then the browser's language. Strings come from the closest registered locale
   * (zh-HK → zh-TW, fr-CA → fr, else en); shipped locales load on first use.
   */
  locale?: string;

  /** The resolved locale, for rendering (the tag as asked for: Intl formats with it). */
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
    if (next !== this.resolvedLocale) {
      this.resolvedLocale = next;
      localeLoader?.(next);
    }
  }

  /** The strings of the current locale from an element's table (key by key along its fallback chain). */
  protected strings<T extends StringTable>(table: LocalizedStrings<T>): T {
    return stringsFor(table, this.resolvedLocale);
  }

  /** Dispatch a typed event; returns false when a listener cancelled it (skip the default action then). */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
