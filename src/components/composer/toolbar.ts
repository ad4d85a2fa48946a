import { html, nothing, type TemplateResult } from 'lit';
import { icon, type IconName } from '../icons/icons.js';
import type { ComposerTool } from './tim-composer.js';
import type { ComposerStrings } from './strings.js';
import { moveToolbarFocus } from './toolbar-keys.js';

export interface ToolbarProps {
  readonly t: ComposerStrings;
  readonly tools: readonly ComposerTool[];
  readonly disabled: boolean;
  readonly pickerOpen: boolean;
  readonly onTool: (tool: ComposerTool) => void;
}

const ICONS: Readonly<Record<ComposerTool, IconName>> = { emoji: 'smile', image: 'image', video: 'video', file: 'paperclip' };
const ORDER: readonly ComposerTool[] = ['emoji', 'image', 'video', 'file'];

/** Arrow keys move between the tool buttons (one tab stop for the toolbar). */
function onToolbarKeyDown(event: KeyboardEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('.tool:not(:disabled)')];
  moveToolbarFocus(event, buttons, getComputedStyle(toolbar).direction === 'rtl');
}

/** The row of tool buttons (emoji, image, video, file), then the `toolbar-end` slot. */
export function toolbarTemplate({ t, tools, disabled, pickerOpen, onTool }: ToolbarProps): TemplateResult {
  const shown = ORDER.filter((tool) => tools.includes(tool));
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.toolbar} @keydown=${onToolbarKeyDown}>
    ${shown.map(
      (tool, index) => html`<button class="tool" part="tool-button ${tool}-button" type="button" aria-label=${t[tool]} title=${t[tool]}
        tabindex=${index === 0 ? 0 : -1} ?disabled=${disabled}
        aria-haspopup=${tool === 'emoji' ? 'dialog' : nothing}
        aria-expanded=${tool === 'emoji' ? (pickerOpen ? 'true' : 'false') : nothing}
        @click=${() => onTool(tool)}>${icon(ICONS[tool], 20)}</button>`,
    )}
    <slot name="toolbar-end"></slot>
  </div>`;
}
