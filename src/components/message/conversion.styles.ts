import { css } from 'lit';

/** The translation / voice-to-text box under a bubble (`renderers/conversion.ts`). */
export const conversionStyles = css`
  .conversions {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-1);
    margin-block-start: var(--tim-space-1);
    max-inline-size: 100%;
  }
  :host([flow='out']) .conversions {
    align-items: flex-end;
  }
  .conversion {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-1);
    max-inline-size: 100%;
    padding: var(--tim-space-2) var(--tim-space-3);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    background: var(--tim-message-conversion-bg, var(--tim-color-surface-raised));
    color: var(--tim-color-text);
    overflow-wrap: anywhere;
  }
  .conversion.loading,
  .conversion.failed {
    flex-direction: row;
    align-items: center;
    gap: var(--tim-space-2);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  .conversion-text {
    white-space: pre-wrap;
  }
  .conversion-footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--tim-space-3);
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-text-muted);
  }
  .conversion-label {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-1);
  }
  .conversion-action,
  .conversion-toggle {
    all: unset;
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-1);
    padding: 2px var(--tim-space-2);
    border-radius: var(--tim-radius-s);
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-primary-text);
    cursor: pointer;
  }
  .conversion-toggle {
    color: var(--tim-color-text-muted);
  }
  .conversion-action:hover,
  .conversion-toggle:hover {
    background: var(--tim-color-hover);
  }
  .conversion-action:focus-visible,
  .conversion-toggle:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  /* Big enough to hit with a finger. */
  @media (pointer: coarse) {
    .conversion-action,
    .conversion-toggle {
      min-block-size: 32px;
      min-inline-size: 32px;
      justify-content: center;
    }
  }
  @media (forced-colors: active) {
    .conversion {
      border-color: CanvasText;
    }
  }
`;
