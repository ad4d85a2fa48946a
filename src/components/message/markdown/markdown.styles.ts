import { css } from 'lit';

/** Markdown inside a bubble: compact, in the bubble's own colours (currentColor), no literal colour. */
export const markdownStyles = css`
  .markdown {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .markdown p,
  .markdown ul,
  .markdown ol,
  .markdown blockquote,
  .markdown pre {
    margin: 0;
  }
  .markdown .heading {
    font-weight: 600;
    font-size: 1.05em;
  }
  .markdown ul,
  .markdown ol {
    padding-inline-start: 1.4em;
  }
  .markdown li + li {
    margin-block-start: var(--tim-space-1);
  }
  .markdown blockquote {
    padding-inline-start: var(--tim-space-3);
    border-inline-start: 3px solid color-mix(in srgb, currentColor 40%, transparent);
  }
  .markdown code {
    font-family: var(--tim-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.9em;
    padding: 0 0.25em;
    border-radius: var(--tim-radius-s);
    background: color-mix(in srgb, var(--tim-color-overlay) 16%, transparent);
  }
  .markdown pre {
    max-inline-size: 100%;
    overflow-x: auto;
    padding: var(--tim-space-2) var(--tim-space-3);
    border-radius: var(--tim-radius-m);
    background: color-mix(in srgb, var(--tim-color-overlay) 14%, transparent);
    white-space: pre;
  }
  .markdown pre code {
    padding: 0;
    background: none;
  }
  .markdown hr {
    inline-size: 100%;
    border: none;
    border-block-start: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    margin: 0;
  }
  @media (forced-colors: active) {
    .markdown blockquote {
      border-inline-start-color: CanvasText;
    }
    .markdown pre {
      border: 1px solid CanvasText;
    }
  }
`;
