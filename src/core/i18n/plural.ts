/**
 * Count strings through Intl.PluralRules: plural('ru', 3, { one: '# сообщение', few: '# сообщения',
 * many: '# сообщений', other: '# сообщения' }) → '3 сообщения'. `#` is the count written the
 * locale's way (Intl.NumberFormat). A form the locale's rule picks but the table lacks reads `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = map.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    map.set(locale, value);
  }
  return value;
}

export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached(rules, locale, (l) => new Intl.PluralRules(l)).select(count);
}

export function formatCount(locale: string, count: number): string {
  return cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(count);
}

export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(locale, count)] ?? forms.other;
  return form.replace(/#/g, formatCount(locale, count));
}
