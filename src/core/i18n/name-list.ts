import type { Person } from './person.js';
import { joinZh } from './zh-spacing.js';

/** Up to this many names are listed; beyond it, the first two and "and N others" / "等 N 人". */
const LISTED = 3;
const SHOWN_WHEN_CUT = 2;

/** The reader first, as people say it ("You and Alice", "你、Alice"). Order is otherwise kept. */
function selfFirst(people: readonly Person[]): readonly Person[] {
  const self = people.filter((p) => p.isSelf);
  return self.length ? [...self, ...people.filter((p) => !p.isSelf)] : people;
}

/**
 * "Alice", "Alice and Bob", "Alice, Bob and Carol", "Alice, Bob and 2 others". The reader is
 * "You" at the start of a sentence (`subject`) and "you" elsewhere.
 */
export function nameListEn(people: readonly Person[], position: 'subject' | 'object'): string {
  const ordered = selfFirst(people);
  if (ordered.length === 0) return position === 'subject' ? 'Someone' : 'someone';
  const names = ordered.map((p, i) => (p.isSelf ? (position === 'subject' && i === 0 ? 'You' : 'you') : p.name));
  if (names.length > LISTED) {
    const others = names.length - SHOWN_WHEN_CUT;
    return `${names.slice(0, SHOWN_WHEN_CUT).join(', ')} and ${others} others`;
  }
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Does the English verb take the plural ("were", "are")? "You" does, like any list; "Someone" does not. */
export function isPluralEn(people: readonly Person[]): boolean {
  return people.length > 1 || people[0]?.isSelf === true;
}

/** "Alice", "Alice、Bob", "Alice、Bob、Carol", "Alice、Bob 等 4 人"; the reader is "你". */
export function nameListZh(people: readonly Person[], position: 'subject' | 'object'): string {
  const ordered = selfFirst(people);
  if (ordered.length === 0) return position === 'subject' ? '有人' : '某人';
  const names = ordered.map((p) => (p.isSelf ? '你' : p.name));
  if (names.length > LISTED) {
    return joinZh(joinZh(names.slice(0, SHOWN_WHEN_CUT).join('、'), '等'), `${names.length} 人`);
  }
  return names.join('、');
}

/** "a", "a and b", "a, b and c": clauses of one sentence that share a subject. */
export function clauseListEn(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** "a", "a，并b", "a，b，并c". */
export function clauseListZh(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join('，')}，并${clauses[clauses.length - 1]}`;
}

/** How a locale names the reader, nobody, and the rest of a cut list. */
export interface NameListWords {
  /** The reader anywhere in a sentence ("vous", "dich"). */
  readonly you: string;
  /** The reader at the start of a sentence, when it differs ("Vous"). */
  readonly youAtStart?: string;
  /** No one known ("Quelqu'un"). */
  readonly someone: string;
  /** "2 autres", "2 weitere". */
  readonly others: (count: number) => string;
}

const conjunctions = new Map<string, Intl.ListFormat>();

/** Joins with the locale's "and" (Intl.ListFormat): "A, B et C", "A, B und C", "A وB وC". */
export function listAnd(locale: string, items: readonly string[]): string {
  let format = conjunctions.get(locale);
  if (!format) conjunctions.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

/**
 * nameListEn for any locale, with Intl.ListFormat: up to three names, else the first two and
 * `others(n)`; the reader first.
 */
export function nameList(locale: string, people: readonly Person[], position: 'subject' | 'object', words: NameListWords): string {
  const ordered = selfFirst(people);
  if (ordered.length === 0) return words.someone;
  const names = ordered.map((p, i) =>
    p.isSelf ? (position === 'subject' && i === 0 ? (words.youAtStart ?? words.you) : words.you) : p.name,
  );
  if (names.length > LISTED) return listAnd(locale, [...names.slice(0, SHOWN_WHEN_CUT), words.others(names.length - SHOWN_WHEN_CUT)]);
  return listAnd(locale, names);
}
