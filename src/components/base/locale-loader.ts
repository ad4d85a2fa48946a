import { BUILT_IN_LOCALES, hasShippedLocale, localeChain, registeredLocales, registerTables, type Locale } from '../../core/i18n/index.js';
import type { LocaleStrings } from '../../locales/locale-strings.js';
import { setLocaleLoader } from './tim-element.js';

/**
 * The shipped locales beyond en and zh-CN, each its own module (its own chunk in an app's build),
 * loaded the first time an element resolves to a locale whose chain reaches it: `<tim-chat lang="fr">`
 * just works. An app whose bundler or CSP forbids lazy chunks imports and registers them itself
 * (`registerLocale('fr', fr)` with `import fr from 'tim-elements/locales/fr'`); they are then never loaded.
 */
const SHIPPED: Readonly<Record<string, () => Promise<{ default: LocaleStrings }>>> = {
  'zh-TW': () => import('../../locales/zh-TW.js'),
  ja: () => import('../../locales/ja.js'),
  ko: () => import('../../locales/ko.js'),
  es: () => import('../../locales/es.js'),
  fr: () => import('../../locales/fr.js'),
  de: () => import('../../locales/de.js'),
  'pt-BR': () => import('../../locales/pt-BR.js'),
  ru: () => import('../../locales/ru.js'),
  ar: () => import('../../locales/ar.js'),
};

const loading = new Map<Locale, Promise<void>>();

/**
 * Loads the shipped tables a locale falls back to (fr-CA → fr; zh-HK → zh-TW), once each. Resolves
 * when they are registered (the elements re-render then); a failed load is retried next time.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const chain = localeChain(locale, [...registeredLocales(), ...BUILT_IN_LOCALES, ...Object.keys(SHIPPED)]);
  const cut = chain.findIndex((code) => (BUILT_IN_LOCALES as readonly string[]).includes(code));
  const wanted = (cut < 0 ? chain : chain.slice(0, cut)).filter((code) => SHIPPED[code] && !hasShippedLocale(code));
  return Promise.all(wanted.map(load)).then(() => undefined);
}

function load(code: Locale): Promise<void> {
  let pending = loading.get(code);
  if (!pending) {
    pending = SHIPPED[code]!().then(
      (module) => {
        if (!hasShippedLocale(code)) registerTables(code, module.default as Readonly<Record<string, object | undefined>>);
      },
      (error: unknown) => {
        loading.delete(code);
        console.warn(`tim-elements: the ${code} strings could not be loaded; English is shown instead.`, error);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** Elements load shipped locales on demand from now on (the `tim-elements` and `tim-elements/chat` entries call it). */
export function installLocaleLoader(): void {
  setLocaleLoader(loadLocale);
}
