/**
 * tim-elements/demo: the demo — seed data (users, chats, groups), generated media, and a chat on
 * the embedded backend. Importing it makes the demo available to `<tim-chat demo>`; nothing runs
 * until an element asks. Apps that do not import it ship none of it.
 *
 * ```ts
 * import 'tim-elements';
 * import 'tim-elements/demo';
 * // <tim-chat demo user-id="alice"></tim-chat>
 * ```
 */
import { provideDemoChat } from './components/chat/demo-hook.js';
import { createDemoChat } from './components/chat/demo-store.js';

provideDemoChat(createDemoChat);

export { createDemoSetup, createDemoChat, DEMO_NAMESPACE, type DemoSetup, type DemoBackend } from './components/chat/demo-store.js';
export type { DemoChat } from './components/chat/demo-hook.js';
export { seedDemo, DEMO_USERS, DEMO_DEFAULT_USER, DEMO_GROUPS } from './core/service/local/seed-demo.js';
export { demoPicture, demoSound, type DemoPictureKind } from './core/service/local/demo-media.js';
export { demoVideo, type DemoVideo } from './core/service/local/demo-video.js';
