export {
  firstLink,
  LinkPreviewCache,
  type LinkPreview,
  type LinkPreviewCacheOptions,
  type LinkPreviewEntry,
  type LinkPreviewResolver,
} from './link-preview-cache.js';
