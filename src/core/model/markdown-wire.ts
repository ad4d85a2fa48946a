import type { MessageElement } from './elements.js';
import type { Message } from './message.js';

/**
 * Which messages are markdown, in the wire formats other clients use:
 *
 * - TUIKit (2.3.5+, `message-stream-markdown`) renders as markdown the custom messages a chatbot
 *   sends (`from` starting with `@RBT#`, to someone who is not a bot): `data` is JSON with the
 *   text in `chunks` (a string or strings to join), else `content`, else `text`; `isFinished: 0`
 *   while the bot is still streaming.
 * - Text messages whose `cloudCustomData` JSON says `"textFormat": "markdown"` (this kit's flag for
 *   markdown people send; TUIKit and older clients show the text as it is written, still readable).
 */

export const ROBOT_PREFIX = '@RBT#';
export const MARKDOWN_TEXT_FORMAT = 'markdown';

/** The markdown a message carries in element `index`, or null when that element is not markdown. */
export function markdownOf(message: Message, index: number): { text: string; streaming: boolean } | null {
  const elem: MessageElement | undefined = message.elements[index];
  if (!elem) return null;
  if (elem.type === 'TIMTextElem')
    return isMarkdownText(message) && typeof elem.text === 'string' ? { text: elem.text, streaming: false } : null;
  if (elem.type === 'TIMCustomElem' && isBotMessage(message)) return botMarkdown(elem.data);
  return null;
}

/** Sent by a chatbot to a person (TUIKit's `isBotMessage`). */
export function isBotMessage(message: Message): boolean {
  return typeof message.from === 'string' && message.from.startsWith(ROBOT_PREFIX) && !String(message.to ?? '').startsWith(ROBOT_PREFIX);
}

function isMarkdownText(message: Message): boolean {
  const data = parseObject(message.cloudCustomData);
  return data?.textFormat === MARKDOWN_TEXT_FORMAT;
}

/** TUIKit's chatbot payload: `chunks`, else `content`, else `text`. */
function botMarkdown(data: unknown): { text: string; streaming: boolean } | null {
  const json = parseObject(data);
  if (!json) return null;
  const part = json.chunks ?? json.content ?? json.text;
  const text = typeof part === 'string' ? part : Array.isArray(part) && part.every((p) => typeof p === 'string') ? part.join('') : null;
  if (text === null) return null;
  return { text, streaming: json.isFinished === 0 };
}

/** `cloudCustomData` for a markdown text message, keeping what it already holds (a reply, mentions' data). */
export function withMarkdownFormat(cloudCustomData = ''): string {
  return JSON.stringify({ ...(parseObject(cloudCustomData) ?? {}), textFormat: MARKDOWN_TEXT_FORMAT });
}

function parseObject(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A markdown text as the words a reader sees, for one-line summaries: markers, fences, quote and
 * list marks dropped, a link as its label. A few regular expressions (the full parser is a lazy
 * chunk the conversation list must not pull in); the message itself is drawn by the parser.
 */
export function markdownSummaryText(source: string): string {
  if (typeof source !== 'string') return '';
  return source
    .slice(0, 2_000)
    .replace(/^ {0,3}(?:`{3,}|~{3,}).*$/gm, '')
    .replace(/^ {0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm, '')
    .replace(/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__|~~|`+)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^\n*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
