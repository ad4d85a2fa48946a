import type { GroupInfoField, GroupMemberRequest } from '../../core/store/index.js';
import { TimEvent } from '../base/events.js';

/** A field of the group info panel is saved (Enter or Save). Cancel it to stop the store from saving. */
export class TimGroupInfoSaveEvent extends TimEvent<{ groupID: string; field: GroupInfoField; value: string }> {
  static readonly type = 'tim-group-info-save';
  constructor(groupID: string, field: GroupInfoField, value: string) {
    super(TimGroupInfoSaveEvent.type, { groupID, field, value }, { cancelable: true });
  }
}

/** Leaving ('quit') or dismissing ('dismiss') the group was confirmed. Cancel it to stop the store from doing it. */
export class TimGroupLeaveEvent extends TimEvent<{ groupID: string; action: 'quit' | 'dismiss' }> {
  static readonly type = 'tim-group-leave';
  constructor(groupID: string, action: 'quit' | 'dismiss') {
    super(TimGroupLeaveEvent.type, { groupID, action }, { cancelable: true });
  }
}

/**
 * An action on a member was chosen from their menu (and confirmed, for removing and handing over):
 * `detail.action` 'remove' | 'makeAdmin' | 'removeAdmin' | 'transferOwner' | 'mute' (with
 * `detail.seconds`, 0 to lift it). Cancel it to stop the store from doing it.
 */
export class TimGroupMemberActionEvent extends TimEvent<{ groupID: string; userID: string } & GroupMemberRequest> {
  static readonly type = 'tim-group-member-action';
  constructor(groupID: string, userID: string, request: GroupMemberRequest) {
    super(TimGroupMemberActionEvent.type, { groupID, userID, ...request }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-group-info-save': TimGroupInfoSaveEvent;
    'tim-group-leave': TimGroupLeaveEvent;
    'tim-group-member-action': TimGroupMemberActionEvent;
  }
}
