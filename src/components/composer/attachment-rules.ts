/** The attachment rules live in the core, where the store checks every send with them too. */
export {
  acceptFor,
  ATTACHMENT_KINDS,
  checkAttachment,
  DEFAULT_ATTACHMENT_RULES,
  DEFAULT_IMAGE_TYPES,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_VIDEO_TYPES,
  kindForFile,
  mimeTypeOf,
  type AttachmentKind,
  type AttachmentProblem,
  type AttachmentProblemReason,
  type AttachmentRules,
} from '../../core/model/index.js';
