import { css } from 'lit';

/** A small ring that turns: `class="spinner"` (12 px, in the current colour). */
export const spinnerStyles = css`
  .spinner {
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to { transform: rotate(360deg); }
  }
`;
