import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ArrivalAnnouncer, arrivalsBetween, type ArrivalAnnouncement } from '../../core/announcements/index.js';
import type { Conversation } from '../../core/model/index.js';
import type { ChatStoreApi, Unsubscribe } from '../../core/store/index.js';
import type { AnnouncementStrings } from './announcement-strings.js';
import { announce } from './live-region.js';

/** The words for an announcement, in the reader's language. */
export function arrivalText(announcement: ArrivalAnnouncement, t: AnnouncementStrings): string {
  switch (announcement.kind) {
    case 'one':
      return announcement.isGroup
        ? t.newMessageFromIn(announcement.sender, announcement.conversationName)
        : t.newMessageFrom(announcement.sender || announcement.conversationName);
    case 'several':
      return announcement.isGroup
        ? t.newMessagesIn(announcement.count, announcement.conversationName)
        : t.newMessagesFrom(announcement.count, announcement.conversationName);
    case 'elsewhere':
      return t.newMessagesElsewhere(announcement.count, announcement.conversations);
  }
}

/**
 * Tells screen-reader users, politely and at most once in a while, about new messages in the
 * conversations they do not have open (the core's arrivalsBetween and ArrivalAnnouncer decide
 * what and when; muted conversations stay quiet). Added by the element that lists conversations,
 * which is there both inside `<tim-chat>` and in an app's own layout.
 */
export class ArrivalAnnouncements implements ReactiveController {
  private store?: ChatStoreApi;
  private unsubscribe?: Unsubscribe;
  private announcer?: ArrivalAnnouncer;

  constructor(
    host: ReactiveControllerHost,
    private readonly getStore: () => ChatStoreApi | undefined,
    private readonly words: () => AnnouncementStrings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    if (this.getStore() !== this.store) this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    this.stop();
    const store = this.getStore();
    this.store = store;
    if (!store) return;
    const announcer = new ArrivalAnnouncer({
      announce: (a) => announce(arrivalText(a, this.words())),
      // Opened meanwhile: its log shows them.
      stillNews: (id) => store.state.get().activeConversationID !== id,
    });
    this.announcer = announcer;
    let before: readonly Conversation[] | null = store.state.get().conversationsLoaded ? store.state.get().conversations : null;
    this.unsubscribe = store.state.subscribe(
      (s) => (s.conversationsLoaded ? s.conversations : null),
      (after) => {
        // The first load is what was there, not news.
        if (before && after)
          announcer.arrived(arrivalsBetween(before, after, { openConversationID: store.state.get().activeConversationID }));
        before = after;
      },
    );
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.announcer?.dispose();
    this.announcer = undefined;
    this.store = undefined;
  }
}
