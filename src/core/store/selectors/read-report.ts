import type { Message } from '../../model/message.js';

/** Only the newest few can be unread while the reader sits at the newest message: never walk the whole history. */
const NEWEST_CHECKED = 50;

/**
 * The newest message, when a read report for the conversation is due once the reader sees it:
 * some of the newest messages came from others unread, and no report was sent for this newest
 * message yet (`lastReportedID`). '' when none is due. The caller checks that the reader sees
 * the newest message only when this says one is due (that check costs a layout).
 */
export function readReportDue(messages: readonly Message[], lastReportedID: string): string {
  const newest = messages[messages.length - 1];
  if (!newest || newest.ID === lastReportedID) return '';
  for (let i = messages.length - 1; i >= Math.max(0, messages.length - NEWEST_CHECKED); i--) {
    const m = messages[i]!;
    if (m.flow === 'in' && !m.isRead) return newest.ID;
  }
  return '';
}
