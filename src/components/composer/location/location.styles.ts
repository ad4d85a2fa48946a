import { css } from 'lit';

/** The location picker's look, adopted into the composer's shadow root when the picker first loads. */
export const locationStyles = css`
  .location-panel {
    display: grid;
    gap: var(--tim-space-2);
    padding: var(--tim-space-3);
    border: 1px solid var(--tim-composer-input-border, var(--tim-color-control-border));
    border-radius: var(--tim-radius-m);
    background: var(--_input-bg);
  }
  .location-panel h2 {
    margin: 0;
    font-size: var(--tim-font-size-m);
    font-weight: 600;
  }
  .location-fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--tim-space-2) var(--tim-space-3);
  }
  .location-field {
    display: grid;
    gap: var(--tim-space-1);
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-text-muted);
  }
  .location-field.wide {
    grid-column: 1 / -1;
  }
  .location-field input {
    min-block-size: 2.25rem;
    padding: var(--tim-space-1) var(--tim-space-2);
    border: 1px solid var(--tim-composer-input-border, var(--tim-color-control-border));
    border-radius: var(--tim-radius-s);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    font: inherit;
    font-size: var(--tim-font-size-m);
  }
  .location-field input:focus-visible,
  .location-panel button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  .location-field input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .location-field .problem,
  .location-panel .failure {
    color: var(--_error);
  }
  .location-panel .failure,
  .location-panel .status {
    display: flex;
    align-items: center;
    gap: var(--tim-space-2);
    margin: 0;
    font-size: var(--tim-font-size-s);
  }
  .location-panel .status {
    color: var(--tim-color-text-muted);
  }
  .location-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tim-space-2);
  }
  .location-actions .spacer {
    flex: 1;
  }
  .location-panel button {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-1);
    min-block-size: 2.25rem;
    padding: var(--tim-space-1) var(--tim-space-3);
    border: 1px solid var(--tim-composer-input-border, var(--tim-color-control-border));
    border-radius: var(--tim-radius-m);
    background: transparent;
    color: var(--tim-color-text);
    font: inherit;
    cursor: pointer;
  }
  .location-panel button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .location-panel button.primary {
    border-color: transparent;
    background: var(--_send-bg);
    color: var(--_send-color);
  }
  .tool.location-on {
    background: var(--tim-color-selected);
    color: var(--tim-color-text);
  }
`;
