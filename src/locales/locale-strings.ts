import type { CoreStrings } from '../core/i18n/index.js';
import type { TableOf } from '../components/base/strings.js';
import type { chatStrings } from '../components/chat/strings.js';
import type { composerStrings } from '../components/composer/strings.js';
import type { confirmDialogStrings } from '../components/confirm-dialog/strings.js';
import type { conversationListStrings } from '../components/conversation-list/strings.js';
import type { emojiParserStrings } from '../components/emoji-parser/strings.js';
import type { emojiPickerStrings } from '../components/emoji-picker/strings.js';
import type { forwardStrings } from '../components/forward/strings.js';
import type { newChatStrings } from '../components/new-chat/strings.js';
import type { groupInfoStrings } from '../components/group-info/strings.js';
import type { groupMemberStrings } from '../components/group-info/member-strings.js';
import type { profileCardStrings } from '../components/profile-card/strings.js';
import type { messageSearchStrings } from '../components/message-search/strings.js';
import type { imageViewerStrings } from '../components/image-viewer/strings.js';
import type { messageActionStrings } from '../components/message-actions/strings.js';
import type { messageListStrings } from '../components/message-list/strings.js';
import type { messageFileStrings } from '../components/message/file/strings.js';
import type { messageImageStrings } from '../components/message/image/strings.js';
import type { messageSoundStrings } from '../components/message/sound/strings.js';
import type { messageStrings } from '../components/message/strings.js';
import type { messageVideoStrings } from '../components/message/video/strings.js';
import type { messageReactionStrings } from '../components/message/reactions/strings.js';
import type { groupApplicationStrings } from '../components/message/group-application/strings.js';
import type { readReceiptStrings } from '../components/message/read-receipt/strings.js';
import type { voiceRecorderStrings } from '../components/composer/voice/strings.js';
import type { locationPickerStrings } from '../components/composer/location/strings.js';

/** Every string table of the kit, by namespace: the core's and one per element's `strings.ts`. */
export interface KitStrings {
  core: CoreStrings;
  chat: TableOf<typeof chatStrings>;
  composer: TableOf<typeof composerStrings>;
  confirmDialog: TableOf<typeof confirmDialogStrings>;
  conversationList: TableOf<typeof conversationListStrings>;
  emojiParser: TableOf<typeof emojiParserStrings>;
  emojiPicker: TableOf<typeof emojiPickerStrings>;
  forward: TableOf<typeof forwardStrings>;
  newChat: TableOf<typeof newChatStrings>;
  groupInfo: TableOf<typeof groupInfoStrings>;
  groupMembers: TableOf<typeof groupMemberStrings>;
  profileCard: TableOf<typeof profileCardStrings>;
  messageSearch: TableOf<typeof messageSearchStrings>;
  imageViewer: TableOf<typeof imageViewerStrings>;
  messageActions: TableOf<typeof messageActionStrings>;
  messageList: TableOf<typeof messageListStrings>;
  message: TableOf<typeof messageStrings>;
  messageFile: TableOf<typeof messageFileStrings>;
  messageImage: TableOf<typeof messageImageStrings>;
  messageSound: TableOf<typeof messageSoundStrings>;
  messageVideo: TableOf<typeof messageVideoStrings>;
  messageReactions: TableOf<typeof messageReactionStrings>;
  groupApplications: TableOf<typeof groupApplicationStrings>;
  readReceipts: TableOf<typeof readReceiptStrings>;
  voiceRecorder: TableOf<typeof voiceRecorderStrings>;
  locationPicker: TableOf<typeof locationPickerStrings>;
}

/**
 * What `registerLocale` takes: any namespaces, any keys of each (the rest fall back along the
 * locale's chain). TypeScript checks each key exists and each function takes en's parameters.
 */
export type LocaleStrings = { readonly [N in keyof KitStrings]?: Partial<KitStrings[N]> };
