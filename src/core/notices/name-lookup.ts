import { withoutBidiControls } from '../util/bidi.js';
import type { Person } from '../i18n/person.js';
import { displayNameOfMember, type GroupMember, type UserProfile } from '../model/profile.js';

/**
 * Who is called what: userID → display name, or '' / undefined when this lookup does not know
 * the user (the caller then falls back to what the message carries, and last to the user ID).
 */
export type NameLookup = (userID: string) => string | undefined;

export interface NameSources {
  /** Members of the group the notice is about: their name card comes first. */
  readonly members?: readonly GroupMember[] | Readonly<Record<string, GroupMember>>;
  /** Known user profiles (remark, nick). */
  readonly users?: readonly UserProfile[] | Readonly<Record<string, UserProfile>>;
}

function valuesOf<T>(source: readonly T[] | Readonly<Record<string, T>> | undefined): readonly T[] {
  if (!source) return [];
  return Array.isArray(source) ? source : Object.values(source);
}

/**
 * A NameLookup over what the store knows, in the kit's order: a member's name card, then this
 * user's remark for them, then the member's nick, then the user's profile nick. Unknown users
 * give undefined.
 */
export function createNameLookup(sources: NameSources): NameLookup {
  const names = new Map<string, string>();
  const remarks = new Set<string>();
  for (const user of valuesOf(sources.users)) {
    const nick = typeof user?.nick === 'string' ? user.nick.trim() : '';
    const remark = typeof user?.remark === 'string' ? user.remark.trim() : '';
    if (!user || typeof user.userID !== 'string') continue;
    if (remark) remarks.add(user.userID);
    if (remark || nick) names.set(user.userID, remark || nick);
  }
  for (const member of valuesOf(sources.members)) {
    if (!member || typeof member.userID !== 'string') continue;
    // This user's own remark for someone beats the nick the member set, not their name card.
    const nick = remarks.has(member.userID) ? names.get(member.userID) : member.nick?.trim();
    const name = displayNameOfMember({ userID: '', nameCard: member.nameCard?.trim(), nick });
    if (name) names.set(member.userID, name);
  }
  return (userID) => names.get(userID);
}

/** The name to show for a user: the lookup's, else the user ID. A failing lookup is ignored. */
export function nameOf(names: NameLookup | undefined, userID: string): string {
  let name: unknown;
  try {
    name = names?.(userID);
  } catch {
    name = undefined;
  }
  const shown = typeof name === 'string' ? withoutBidiControls(name).trim() : '';
  return shown || withoutBidiControls(userID);
}

/** A user as a notice names them; the reader (selfID) becomes "You"/"你". */
export function personOf(userID: string, names: NameLookup | undefined, selfID: string): Person {
  return { name: nameOf(names, userID), isSelf: selfID !== '' && userID === selfID };
}

/** Users as a notice names them, in order, without blanks or repeats. */
export function peopleOf(userIDs: readonly unknown[] | undefined, names: NameLookup | undefined, selfID: string): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const id of Array.isArray(userIDs) ? userIDs : []) {
    if (typeof id !== 'string' || id === '' || seen.has(id)) continue;
    seen.add(id);
    people.push(personOf(id, names, selfID));
  }
  return people;
}
