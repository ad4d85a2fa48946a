import { withoutBidiControls } from '../util/bidi.js';

export interface UserProfile {
  readonly userID: string;
  readonly nick: string;
  /** Checked URL or ''. */
  readonly avatar: string;
  readonly selfSignature?: string;
  /** This user's own name for them (a friend remark), shown before their nick; '' clears it. */
  readonly remark?: string;
}

export type GroupType = 'Work' | 'Public' | 'Meeting' | 'AVChatRoom' | 'Community';
export type GroupRole = 'Owner' | 'Admin' | 'Member';

/** How a group takes newcomers (TIM's `joinOption`). */
export type GroupJoinOption = 'FreeAccess' | 'NeedPermission' | 'DisableApply';

export interface GroupProfile {
  readonly groupID: string;
  readonly name: string;
  readonly avatar: string;
  readonly type: GroupType;
  readonly ownerID: string;
  readonly notification: string;
  readonly introduction: string;
  readonly memberCount: number;
  readonly muteAllMembers: boolean;
  /** This user's role in the group, when known. */
  readonly selfRole?: GroupRole;
  /** Seconds until which this user is muted in the group (0 = not muted). */
  readonly selfMuteUntil?: number;
  /** The group was dismissed (or recycled): it is history only, nobody can write in it. */
  readonly isDismissed?: boolean;
  /** Who may join ('FreeAccess', 'NeedPermission': an owner or admin approves, 'DisableApply': by invitation only), when known. */
  readonly joinOption?: GroupJoinOption;
  /** Custom key-values of the group (Tencent's group attributes, used by audio-video rooms). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface GroupMember {
  readonly userID: string;
  readonly nick: string;
  readonly avatar: string;
  readonly nameCard: string;
  readonly role: GroupRole;
  /** Seconds until which the member is muted (0 = not muted). */
  readonly muteUntil: number;
}

/** Name to show for a person: name card, then nick, then user ID. */
export function displayNameOfMember(p: { userID: string; nick?: string; nameCard?: string }): string {
  return withoutBidiControls(p.nameCard || p.nick || p.userID);
}
