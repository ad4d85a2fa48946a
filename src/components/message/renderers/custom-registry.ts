import type { TemplateResult } from 'lit';
import type { CustomElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';

/**
 * Apps show their own custom messages (a dice roll, an order card…) by registering a renderer
 * for their `data`. TUIKit puts a `businessID` in the JSON `data`; a string `match` compares
 * with it, a function sees the element and its parsed data. The newest registration wins.
 */
export interface CustomMessageRenderContext {
  readonly message: Message;
  readonly elementIndex: number;
  /** `data` parsed as JSON, or undefined when it is not JSON. */
  readonly data: unknown;
  /** 'en' or 'zh-CN'. */
  readonly locale: string;
}

export type CustomMessageMatch = string | ((elem: CustomElem, data: unknown) => boolean);

/** Returns what to show: a Lit template, a DOM node the app built, or plain text. */
export type CustomMessageRender = (elem: CustomElem, context: CustomMessageRenderContext) => TemplateResult | Node | string;

interface Registration {
  readonly match: CustomMessageMatch;
  readonly render: CustomMessageRender;
}

const registrations: Registration[] = [];
const listeners = new Set<() => void>();

/** Registers a renderer; returns a function that removes it. */
export function registerCustomMessageRenderer(match: CustomMessageMatch, render: CustomMessageRender): () => void {
  if (typeof render !== 'function' || (typeof match !== 'string' && typeof match !== 'function')) {
    throw new TypeError('registerCustomMessageRenderer(match, render): match is a businessID string or a function, render a function');
  }
  const registration: Registration = { match, render };
  registrations.unshift(registration);
  notify();
  return () => {
    const at = registrations.indexOf(registration);
    if (at >= 0) {
      registrations.splice(at, 1);
      notify();
    }
  };
}

/** Called when renderers are added or removed, so lists already on screen redraw. */
export function onCustomRenderersChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** `data` as JSON, or undefined. Small cache: the same string is parsed once per render pass. */
let lastData: string | undefined;
let lastParsed: unknown;
export function parseCustomData(data: string): unknown {
  if (data === lastData) return lastParsed;
  let parsed: unknown;
  try {
    parsed = typeof data === 'string' && /^\s*[[{]/.test(data) ? JSON.parse(data) : undefined;
  } catch {
    parsed = undefined;
  }
  lastData = data;
  lastParsed = parsed;
  return parsed;
}

export function businessIDOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const id = (data as { businessID?: unknown }).businessID;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

export function findCustomMessageRenderer(elem: CustomElem): CustomMessageRender | undefined {
  if (registrations.length === 0) return undefined;
  const data = parseCustomData(elem.data);
  const businessID = businessIDOf(data);
  for (const { match, render } of registrations) {
    try {
      if (typeof match === 'string' ? match === businessID : match(elem, data)) return render;
    } catch {
      // A faulty matcher only loses its own messages.
    }
  }
  return undefined;
}

/** TUIKit's "typing…" signal travels as a custom message; it is a status, never shown as a message. */
const TYPING_BUSINESS_ID = 'user_typing_status';

export function isTypingStatusMessage(message: Message): boolean {
  const elements = message.elements;
  if (elements.length !== 1) return false;
  const elem = elements[0]!;
  return elem.type === 'TIMCustomElem' && businessIDOf(parseCustomData(elem.data)) === TYPING_BUSINESS_ID;
}
