import { css } from 'lit';

/** The styles of <tim-avatar>: its parts, custom properties (--tim-*) and states. */
export const timAvatarStyles = css`
  :host {
    --_size: var(--tim-avatar-size, 40px);
    display: inline-block;
    inline-size: var(--_size);
    block-size: var(--_size);
    flex: none;
    border-radius: var(--tim-avatar-radius, var(--tim-radius-full, 9999px));
    overflow: hidden;
    font-family: var(--tim-font-family);
  }
  img,
  span {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  span {
    color: var(--tim-color-on-avatar);
    font-size: calc(var(--_size) * 0.38);
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
`;
