import type { Person } from './person.js';

/** One change of a group's profile (group tip 6), as the string tables phrase it. */
export type ProfileChange =
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'notification'; readonly value: string }
  | { readonly kind: 'introduction'; readonly value: string }
  | { readonly kind: 'avatar' }
  | { readonly kind: 'owner'; readonly owner: Person }
  | { readonly kind: 'muteAll'; readonly on: boolean }
  | { readonly kind: 'other' };

/** Members muted for the same time (group tip 7); `seconds` 0 means they were unmuted. */
export interface MuteChange {
  readonly users: readonly Person[];
  readonly seconds: number;
}

/** What every group system notice line is made of. */
export interface SystemNoticeParams {
  /** Who did it; null when the notice does not say. */
  readonly operator: Person | null;
  /** The group's name, else its ID; '' when neither is known. */
  readonly group: string;
  /** The reason or message attached (`handleMessage`); '' when none. */
  readonly note: string;
}
