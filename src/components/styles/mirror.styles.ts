import { css } from 'lit';

/**
 * Icons that point (Send, Back, Reply, Forward, Undo) carry `class="icon mirror"` (see icons.ts):
 * in a right-to-left context they turn to point the way the text runs.
 */
export const mirrorStyles = css`
  .mirror:dir(rtl) {
    transform: scaleX(-1);
  }
`;
