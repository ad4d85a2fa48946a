import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ReactionAnnouncer, type ReactionAnnouncement } from '../../core/announcements/index.js';
import { reactionText, type EmojiSet } from '../../core/emoji/index.js';
import type { ChatStoreApi, ReactionsApi, Unsubscribe } from '../../core/store/index.js';
import { announce } from '../base/live-region.js';
import type { MessageReactionStrings } from '../message/reactions/strings.js';

/** What the announcer needs from `<tim-message-list>`. */
export interface ReactionAnnouncementHost extends ReactiveControllerHost {
  readonly actionStore: ChatStoreApi | undefined;
  readonly conversationId: string;
  readonly emojiSet?: EmojiSet;
  reactionWords(): MessageReactionStrings;
  /** A person's name as the list shows it. */
  personName(userID: string): string;
}

/** The words for a reaction announcement, in the reader's language. */
function reactionAnnouncementText(
  announcement: ReactionAnnouncement,
  t: MessageReactionStrings,
  name: (userID: string) => string,
  locale: string,
  emojiSet?: EmojiSet,
): string {
  return announcement.kind === 'one'
    ? t.someoneReacted(name(announcement.userID), reactionText(announcement.reactionID, emojiSet))
    : t.newReactions(new Intl.NumberFormat(locale).format(announcement.count));
}

/**
 * Tells screen-reader users, politely and at most once in a while (`ReactionAnnouncer`), when
 * someone else reacts to a message of the conversation the list shows: "Alice reacted 👍".
 */
export class ReactionAnnouncements implements ReactiveController {
  /** The reactions listened to: the store's, which it gets when the list installs its features. */
  private reactions?: ReactionsApi;
  private unsubscribe?: Unsubscribe;
  private announcer?: ReactionAnnouncer;

  constructor(
    private readonly host: ReactionAnnouncementHost,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    if (this.host.actionStore?.reactions !== this.reactions) this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    this.stop();
    const reactions = (this.reactions = this.host.actionStore?.reactions);
    if (!reactions) return;
    const announcer = new ReactionAnnouncer({
      announce: (a) =>
        announce(
          reactionAnnouncementText(a, this.host.reactionWords(), (id) => this.host.personName(id), this.locale(), this.host.emojiSet),
        ),
    });
    this.announcer = announcer;
    this.unsubscribe = reactions.onOthersReacted((reacted) => {
      if (reacted.conversationID === this.host.conversationId) announcer.reacted(reacted.userID, reacted.reactionID);
    });
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.announcer?.dispose();
    this.announcer = undefined;
    this.reactions = undefined;
  }
}
