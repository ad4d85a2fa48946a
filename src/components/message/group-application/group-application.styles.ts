import { css } from 'lit';

/** Accept / Decline under a join request or an invitation, and its outcome (part of <tim-message>'s styles). */
export const groupApplicationStyles = css`
  .application {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--tim-space-2);
    margin-block: calc(-1 * var(--tim-space-1)) var(--tim-space-3);
    font-size: var(--tim-font-size-s);
  }
  .application-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--tim-space-3);
  }
  .application-button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* A comfortable touch target (WCAG 2.5.8 asks for 24 px; phones want more). */
    min-block-size: 2.25rem;
    min-inline-size: 5.5rem;
    padding: 0 var(--tim-space-5);
    border: 1px solid var(--tim-message-application-border, var(--tim-color-control-border, var(--tim-color-border)));
    border-radius: var(--tim-radius-full);
    background: var(--tim-message-application-bg, var(--tim-color-surface));
    color: var(--tim-color-text);
    font-weight: 500;
    cursor: pointer;
    touch-action: manipulation;
  }
  .application-button:hover {
    background: var(--tim-color-hover);
  }
  .application-button.accept {
    border-color: var(--tim-message-application-accept-bg, var(--tim-color-primary));
    background: var(--tim-message-application-accept-bg, var(--tim-color-primary));
    color: var(--tim-message-application-accept-color, var(--tim-color-on-primary));
  }
  .application-button.accept:hover {
    filter: brightness(1.08);
  }
  .application-button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  .application-status {
    padding: var(--tim-space-1) var(--tim-space-3);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-surface);
    color: var(--tim-color-text-muted);
    font-weight: 500;
  }
  .application-status.accepted {
    color: var(--tim-color-primary-text);
  }
  .application-error {
    color: var(--tim-color-danger);
  }
  @media (forced-colors: active) {
    .application-button {
      border-color: ButtonText;
    }
    .application-button.accept {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
