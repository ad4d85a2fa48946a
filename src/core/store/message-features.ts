import { forwardingFeature } from './forwarding.js';
import { conversionsFeature } from './message-conversions.js';
import { editsFeature } from './message-edits.js';
import { reactionsFeature } from './message-reactions.js';
import { pinsFeature } from './pinned-messages.js';
import { readReceiptsFeature } from './read-receipts.js';
import { installFeatures, type StoreFeature } from './store-extension.js';

/**
 * The message interactions a store can be given: reactions, translate and voice to text, edit and
 * re-edit, pins, forwarding, group read receipts. A bare `ChatStore` has none of them (a headless app that needs none
 * ships none); `<tim-message-list>` installs them all on the store it shows.
 */
export const MESSAGE_FEATURES: readonly StoreFeature[] = [
  reactionsFeature,
  conversionsFeature,
  editsFeature,
  pinsFeature,
  forwardingFeature,
  readReceiptsFeature,
];

/** Give `store` every message feature (once each; a store without `use` is left as it is). */
export function installMessageFeatures(store: object | undefined): void {
  installFeatures(store, MESSAGE_FEATURES);
}
