import { css } from 'lit';

/**
 * The recording panel's look, adopted into the composer's shadow root when the recorder first
 * loads (so the composer's own styles do not grow). While a take is under way the panel takes
 * the input row's place.
 */
export const voiceStyles = css`
  .base.recording .input-row {
    display: none;
  }
  .tool.voice-on,
  .tool.voice-on:hover:not(:disabled) {
    background: var(--tim-composer-voice-accent, var(--tim-color-danger));
    color: var(--tim-color-on-danger);
  }
  .voice {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    min-block-size: 2.5rem;
    padding-inline: var(--tim-space-3);
    border: 1px solid var(--tim-composer-input-border, var(--tim-color-control-border));
    border-radius: var(--tim-radius-m);
    background: var(--_input-bg);
    user-select: none;
    -webkit-user-select: none;
  }
  .voice.armed {
    border-color: var(--tim-composer-voice-accent, var(--tim-color-danger));
    background: var(--tim-color-hover);
  }
  .voice .dot {
    inline-size: 10px;
    block-size: 10px;
    flex: none;
    border-radius: 50%;
    background: var(--tim-composer-voice-accent, var(--tim-color-danger));
    animation: tim-voice-blink 1s steps(2, start) infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .voice .dot {
      animation: none;
    }
  }
  @keyframes tim-voice-blink {
    to {
      opacity: 0.25;
    }
  }
  .voice .timer {
    flex: none;
    min-inline-size: 2.75rem;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .voice .meter {
    display: flex;
    flex: 1;
    align-items: center;
    gap: 2px;
    min-inline-size: 3rem;
    block-size: 24px;
    overflow: hidden;
  }
  .voice .meter span {
    flex: 1;
    max-inline-size: 4px;
    block-size: 100%;
    border-radius: 2px;
    background: var(--tim-composer-voice-meter, var(--tim-color-primary));
    transform: scaleY(0.08);
    transition: transform 80ms linear;
  }
  .voice.armed .meter span {
    background: var(--tim-color-text-muted);
  }
  .voice .hint {
    flex: none;
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-text-muted);
    white-space: nowrap;
  }
  .voice .hint.warning {
    color: var(--tim-color-warning);
    font-weight: 600;
  }
  .voice.armed .hint {
    color: var(--tim-composer-voice-accent, var(--tim-color-danger));
    font-weight: 600;
  }
  .voice .status {
    flex: 1;
    color: var(--tim-color-text-muted);
  }
  .voice .cancel {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    border: 0;
    border-radius: var(--tim-radius-s);
    background: transparent;
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .voice .cancel:hover {
    background: var(--tim-color-hover);
    color: var(--tim-composer-voice-accent, var(--tim-color-danger));
  }
  .voice .cancel:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  .voice .send {
    block-size: 2rem;
    padding: 0 var(--tim-space-4);
  }
`;
