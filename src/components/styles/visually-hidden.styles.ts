import { css } from 'lit';

/** Text for screen readers only: `class="visually-hidden"` (in the accessibility tree, not on screen). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
