/**
 * A `blob:` URL lives only as long as the page that made it: stored and read back after a reload
 * it points at nothing ("Image unavailable"). The durable cache keeps no such URL: the bytes stay
 * in the outbox (until sent) or with the backend, which gives a fresh URL when asked again.
 */
import type { Conversation } from '../model/conversation.js';
import type { MessageElement } from '../model/elements.js';
import type { Message } from '../model/message.js';

function isPageBoundUrl(url: unknown): boolean {
  return typeof url === 'string' && /^\s*blob:/i.test(url);
}

function elementWithout(element: MessageElement): MessageElement {
  switch (element?.type) {
    case 'TIMImageElem':
      if (!element.imageInfoArray.some((info) => isPageBoundUrl(info.url))) return element;
      return { ...element, imageInfoArray: element.imageInfoArray.map((info) => (isPageBoundUrl(info.url) ? { ...info, url: '' } : info)) };
    case 'TIMSoundElem':
      return isPageBoundUrl(element.url) ? { ...element, url: '' } : element;
    case 'TIMVideoFileElem':
      if (!isPageBoundUrl(element.videoUrl) && !isPageBoundUrl(element.thumbUrl)) return element;
      return {
        ...element,
        videoUrl: isPageBoundUrl(element.videoUrl) ? '' : element.videoUrl,
        thumbUrl: isPageBoundUrl(element.thumbUrl) ? '' : element.thumbUrl,
      };
    case 'TIMFileElem':
      return isPageBoundUrl(element.fileUrl) ? { ...element, fileUrl: '' } : element;
    default:
      return element;
  }
}

/** The message as it may be stored: the same object when it holds no page-bound URL. */
export function withoutPageBoundUrls(message: Message): Message {
  if (!message || !Array.isArray(message.elements)) return message;
  const elements = message.elements.map(elementWithout);
  const changed = elements.some((element, i) => element !== message.elements[i]);
  const avatar = isPageBoundUrl(message.avatar);
  if (!changed && !avatar) return message;
  return { ...message, elements, ...(avatar ? { avatar: '' } : {}) };
}

export function conversationWithoutPageBoundUrls(conversation: Conversation): Conversation {
  const last = conversation?.lastMessage;
  if (!last) return conversation;
  const stored = withoutPageBoundUrls(last);
  return stored === last ? conversation : { ...conversation, lastMessage: stored };
}

/** An attachment element with no URL left to show it by (a stored blob: URL was dropped, say). */
export function lacksMediaUrl(message: Message): boolean {
  return (message.elements ?? []).some((element) => {
    switch (element?.type) {
      case 'TIMImageElem':
        return !element.imageInfoArray.some((info) => info.url);
      case 'TIMSoundElem':
        return !element.url;
      case 'TIMVideoFileElem':
        return !element.videoUrl;
      case 'TIMFileElem':
        return !element.fileUrl;
      default:
        return false;
    }
  });
}
