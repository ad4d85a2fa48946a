/**
 * A person as a notice line names them: the display name already resolved, and whether it is
 * the reader, who is called "You"/"你" instead. Plain data, so a LocalizedText holding people
 * can be stored and rendered later in any locale.
 */
export interface Person {
  readonly name: string;
  readonly isSelf: boolean;
}
