/**
 * What a draft keeps besides its text, in the draft's `userDefine`: the message being replied
 * to (TUIKit's `messageReply` shape, enough to show the quote again) and the mentions chosen,
 * so that both come back with the text after a reload or on another device.
 */
import { parseCloudCustomData, parseMessageReply, type MessageReply } from '../model/tuikit-wire.js';
import type { ChosenMention } from './mentions.js';

export interface DraftExtras {
  readonly reply: MessageReply | null;
  readonly mentions: readonly ChosenMention[];
}

/** The `userDefine` to store, '' when there is nothing besides the text. */
export function encodeDraftExtras(extras: DraftExtras): string {
  const mentions = extras.mentions.filter((m) => m.userID && m.label);
  if (!extras.reply && mentions.length === 0) return '';
  return JSON.stringify({
    ...(extras.reply ? { messageReply: extras.reply } : {}),
    ...(mentions.length ? { atUsers: mentions.map(({ userID, label }) => ({ userID, label })) } : {}),
  });
}

/** Reads `userDefine` (ours, or an app's own string, which gives nothing): never throws. */
export function decodeDraftExtras(userDefine: string | undefined | null): DraftExtras {
  const data = parseCloudCustomData(typeof userDefine === 'string' ? userDefine : '');
  const reply = parseMessageReply(typeof userDefine === 'string' ? userDefine : '');
  const mentions: ChosenMention[] = [];
  if (Array.isArray(data.atUsers)) {
    for (const item of data.atUsers as unknown[]) {
      const m = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (typeof m.userID === 'string' && m.userID && typeof m.label === 'string' && m.label)
        mentions.push({ userID: m.userID, label: m.label });
    }
  }
  return { reply, mentions };
}

/** What to store as the draft of a box holding `text`, a reply and mentions: null when there is nothing. */
export function draftFor(text: string, extras: DraftExtras): { text: string; userDefine: string } | null {
  const userDefine = encodeDraftExtras({ reply: extras.reply, mentions: extras.mentions.filter((m) => text.includes(`@${m.label}`)) });
  return text.trim() || userDefine ? { text, userDefine } : null;
}
