import { css, html, nothing } from 'lit';
import type { UserStatusType } from '../../core/service/index.js';
import { presenceFeature, type ChatStoreApi, type UserPresence } from '../../core/store/index.js';

/** The presence feature of a store (installed on first use; none for a store that takes no features). */
export function presenceOf(store: ChatStoreApi | undefined): UserPresence | undefined {
  const use = (store as { use?: (feature: typeof presenceFeature) => UserPresence } | undefined)?.use;
  return typeof use === 'function' ? use.call(store, presenceFeature) : undefined;
}

/** A dot over an avatar's corner: green when online, grey when known offline, nothing when unknown. */
export function presenceDot(status: UserStatusType | undefined) {
  if (status === undefined || status === 'unknown') return nothing;
  return html`<span part="presence" class="presence ${status === 'online' ? 'online' : 'offline'}" aria-hidden="true"></span>`;
}

/** Where the dot sits: the bottom end corner of the avatar cell it shares. */
export const presenceStyles = css`
  .presence {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    inline-size: 10px;
    block-size: 10px;
    border-radius: var(--tim-radius-full);
    box-shadow: 0 0 0 2px var(--_presence-ring, var(--tim-color-surface));
    background: var(--tim-presence-offline-color, var(--tim-color-badge-muted));
    pointer-events: none;
  }
  .presence.online {
    background: var(--tim-presence-online-color, var(--tim-color-success));
  }
  @media (forced-colors: active) {
    .presence.online {
      background: CanvasText;
    }
  }
`;
