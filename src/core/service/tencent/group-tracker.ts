/**
 * The adapter's memory of the groups it has seen, so SDK events that tell only part of a change
 * (a tip, a list refresh, new attributes) become the kit's `groupUpdated` with the whole profile,
 * and only when something the kit shows changed.
 */
import type { GroupTipElem } from '../../model/elements.js';
import type { GroupProfile } from '../../model/profile.js';
import { groupAfterTip } from './map-events.js';

export class GroupTracker {
  private readonly groups = new Map<string, GroupProfile>();

  known(groupID: string): GroupProfile | undefined {
    return this.groups.get(groupID);
  }

  /**
   * A profile from a conversation, a list or a fetch. What only tips and attribute events tell
   * (this user's mute, the attributes) survives a copy that does not carry it.
   */
  remember(group: GroupProfile): GroupProfile {
    const old = this.groups.get(group.groupID);
    const kept = {
      ...(old?.attributes && !group.attributes ? { attributes: old.attributes } : {}),
      ...(old?.selfMuteUntil !== undefined && group.selfMuteUntil === undefined ? { selfMuteUntil: old.selfMuteUntil } : {}),
    };
    const merged = Object.keys(kept).length ? Object.freeze({ ...group, ...kept }) : group;
    this.groups.set(group.groupID, merged);
    return merged;
  }

  /** GROUP_LIST_UPDATED gives the whole list: the groups that are new or changed. */
  changedIn(list: readonly GroupProfile[]): GroupProfile[] {
    const changed: GroupProfile[] = [];
    for (const group of list) {
      const old = this.groups.get(group.groupID);
      const merged = this.remember(group);
      if (!old || !sameGroup(old, merged)) changed.push(merged);
    }
    return changed;
  }

  /** The group after a tip, when the tip changed it; null when unknown here or unchanged. */
  afterTip(tip: GroupTipElem, selfID: string, nowSeconds: number): GroupProfile | null {
    const old = this.groups.get(tip.groupID);
    if (!old) return null;
    const next = groupAfterTip(old, tip, selfID, nowSeconds);
    if (next === old) return null;
    this.groups.set(next.groupID, next);
    return next;
  }

  /** The group with new attributes; null when the group is unknown here. */
  withAttributes(groupID: string, attributes: Readonly<Record<string, string>>): GroupProfile | null {
    const old = this.groups.get(groupID);
    if (!old) return null;
    const next = Object.freeze({ ...old, attributes });
    this.groups.set(groupID, next);
    return next;
  }

  clear(): void {
    this.groups.clear();
  }
}

function sameGroup(a: GroupProfile, b: GroupProfile): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof GroupProfile>;
  return [...keys].every((key) =>
    key === 'attributes' ? JSON.stringify(a.attributes) === JSON.stringify(b.attributes) : Object.is(a[key], b[key]),
  );
}
