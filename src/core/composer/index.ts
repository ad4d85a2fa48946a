/** The composer's state, framework-agnostic: `<tim-composer>` renders it; an app's own input can too. */
export {
  MessageComposer,
  type ComposedMessage,
  type ComposerNotice,
  type ComposerSettings,
  type ComposerStore,
  type MessageComposerState,
} from './message-composer.js';
export type { EditManagerState, EditTarget } from './edit-manager.js';
export type { TrayImage } from './image-tray.js';
export {
  MAX_LOCATION_DESCRIPTION,
  type CoordinateProblem,
  type DevicePosition,
  type LocationFailure,
  type LocationPickerState,
  type PositionReader,
} from './location-picker.js';
export type { EditOutcome } from './message-composer.js';
export { attachmentRules, type AttachmentErrorReason, type MediaReader } from './attachment-preparer.js';
export { composerChatView, type ComposerChatView } from './composer-chat-view.js';
export { DEFAULT_DRAFT_DELAY_MS } from './draft-saver.js';
export type { MembersStatus } from './group-members-loader.js';
export type { TextSelection } from './mention-manager.js';
export type { MentionCandidate } from './mentions.js';
export { DEFAULT_MAX_TEXT_BYTES } from './text-limit.js';
export {
  VOICE_LIMIT_MS,
  VOICE_MIN_MS,
  VOICE_WARNING_MS,
  VoiceRecording,
  voiceBusy,
  type VoiceCancelReason,
  type VoiceMode,
  type VoicePhase,
  type VoiceRecorder,
  type VoiceRecordingState,
  type VoiceTake,
} from './voice-recording.js';
export { pickVoiceMimeType, voiceFailureOf, VoiceUnavailableError, type VoiceFailure } from './voice-capability.js';
export { voiceUnavailable, type VoicePlatform } from './voice-platform.js';
