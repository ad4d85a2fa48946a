/**
 * The no-build bundle (`dist/tim-elements.bundle.js`, `tim-elements/bundle`): one file for a
 * plain page. It registers every element, holds what a page needs to connect to Tencent Cloud
 * Chat (`ChatStore`, `TencentChatService`, the caches), the embedded backend, and the demo for
 * `<tim-chat demo>`.
 *
 * ```html
 * <script type="module" src="tim-elements.bundle.js"></script>
 * <tim-chat demo></tim-chat>
 * ```
 */
export * from './index.js';
export * from './core/index.js';
export * from './local.js';
export * from './demo.js';
// Both entries have a registerLocale; the elements' one takes every namespace.
export { registerLocale } from './index.js';
