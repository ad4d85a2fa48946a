import { html, nothing, type TemplateResult } from 'lit';
import { listKeyTarget } from '../base/list-navigation.js';
import { icon, type IconName } from '../icons/icons.js';
import type { ComposerTool } from './tim-composer.js';
import type { ComposerStrings } from './strings.js';

export interface ToolbarProps {
  readonly t: ComposerStrings;
  readonly tools: readonly ComposerTool[];
  readonly disabled: boolean;
  readonly pickerOpen: boolean;
  readonly onTool: (tool: ComposerTool) => void;
  /** The roving tab stop: 0 for the tool that holds it. */
  readonly tabIndexOf: (tool: ComposerTool) => 0 | -1;
  /** A key pressed on a tool button (arrow keys move between them). */
  readonly onToolKey: (event: KeyboardEvent, tool: ComposerTool) => void;
}

const ICONS: Readonly<Record<ComposerTool, IconName>> = { emoji: 'smile', image: 'image', video: 'video', file: 'paperclip' };
const ORDER: readonly ComposerTool[] = ['emoji', 'image', 'video', 'file'];

/** Left and Right (mirrored right-to-left, read from `host` at the key press), Home and End move between the tools, round the ends. */
export function toolbarMoveRule(host: Element): (key: string, index: number, count: number) => number | null {
  return (key, index, count) =>
    listKeyTarget(key, index, count, {
      orientation: 'horizontal',
      wrap: true,
      dir: getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr',
    });
}

/** The row of tool buttons (emoji, image, video, file), then the `toolbar-end` slot. */
export function toolbarTemplate({ t, tools, disabled, pickerOpen, onTool, tabIndexOf, onToolKey }: ToolbarProps): TemplateResult {
  const shown = ORDER.filter((tool) => tools.includes(tool));
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.toolbar}>
    ${shown.map(
      (tool) => html`<button class="tool" part="tool-button ${tool}-button" type="button" aria-label=${t[tool]} title=${t[tool]}
        tabindex=${tabIndexOf(tool)} ?disabled=${disabled}
        @keydown=${(event: KeyboardEvent) => onToolKey(event, tool)}
        aria-haspopup=${tool === 'emoji' ? 'dialog' : nothing}
        aria-expanded=${tool === 'emoji' ? (pickerOpen ? 'true' : 'false') : nothing}
        @click=${() => onTool(tool)}>${icon(ICONS[tool], 20)}</button>`,
    )}
    <slot name="toolbar-end"></slot>
  </div>`;
}
