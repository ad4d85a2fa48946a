import { localized, type LocalizedText } from '../i18n/translate.js';
import type { SystemNoticeParams } from '../i18n/notice-params.js';
import { GROUP_SYSTEM_NOTICE_OPERATION as OP, type GroupSystemNoticeElem } from '../model/elements.js';
import { personOf, type NameLookup } from './name-lookup.js';
import { oneLine } from './notice-text.js';

/** A request's message or a refusal's reason can be a sentence or two; custom fields longer. */
const NOTE_LIMIT = 100;
const CUSTOM_LIMIT = 200;

type NoticeKey = Extract<LocalizedText['key'], `notice.${string}`>;

const KEY_BY_OPERATION: ReadonlyMap<number, Exclude<NoticeKey, 'notice.custom' | 'notice.unknown'>> = new Map([
  [OP.joinRequest, 'notice.joinRequest'],
  [OP.joinAccepted, 'notice.joinAccepted'],
  [OP.joinRefused, 'notice.joinRefused'],
  [OP.kickedOut, 'notice.kickedOut'],
  [OP.dismissed, 'notice.dismissed'],
  [OP.created, 'notice.created'],
  [OP.invited, 'notice.invited'],
  [OP.quit, 'notice.quit'],
  [OP.setAdmin, 'notice.adminSet'],
  [OP.cancelAdmin, 'notice.adminRemoved'],
  [OP.recycled, 'notice.recycled'],
  [OP.inviteRequest, 'notice.inviteRequest'],
  [OP.inviteAccepted, 'notice.inviteAccepted'],
  [OP.inviteRefused, 'notice.inviteRefused'],
]);

/**
 * A group system notice (TIMGroupSystemNoticeElem, shown in the '@TIM#SYSTEM' conversation) as
 * a line, with the attached reason (`handleMessage`) where there is one. Types 1–14 and 255
 * have their own line; anything else a generic one. Never throws.
 */
export function describeGroupSystemNotice(elem: GroupSystemNoticeElem, names?: NameLookup, selfID = ''): LocalizedText {
  const notice: Partial<GroupSystemNoticeElem> = elem && typeof elem === 'object' ? elem : {};
  const group = oneLine(notice.groupName) || oneLine(notice.groupID);
  const operationType = Number(notice.operationType);
  if (operationType === OP.custom) {
    return localized('notice.custom', { group, content: oneLine(notice.userDefinedField, CUSTOM_LIMIT) });
  }
  const key = KEY_BY_OPERATION.get(operationType);
  if (!key) return localized('notice.unknown', { group });
  const operatorID = typeof notice.operatorID === 'string' ? notice.operatorID : '';
  const params: SystemNoticeParams = {
    operator: operatorID ? personOf(operatorID, names, selfID) : null,
    group,
    note: oneLine(notice.handleMessage, NOTE_LIMIT),
  };
  return localized(key, params);
}
