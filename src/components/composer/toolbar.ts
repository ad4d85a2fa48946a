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
  /** A voice message is being recorded: the microphone shows pressed and stops it. */
  readonly voiceOn: boolean;
  /** The location picker is open: its button shows expanded. */
  readonly locationOpen: boolean;
  readonly onTool: (tool: ComposerTool, event: MouseEvent) => void;
  /** A pointer pressed a tool (touch holds the microphone to talk). */
  readonly onToolDown: (tool: ComposerTool, event: PointerEvent) => void;
  /** The roving tab stop: 0 for the tool that holds it. */
  readonly tabIndexOf: (tool: ComposerTool) => 0 | -1;
  /** A key pressed on a tool button (arrow keys move between them). */
  readonly onToolKey: (event: KeyboardEvent, tool: ComposerTool) => void;
}

const ICONS: Readonly<Record<ComposerTool, IconName>> = {
  emoji: 'smile',
  image: 'image',
  video: 'video',
  file: 'paperclip',
  location: 'mapPin',
  voice: 'mic',
};
const ORDER: readonly ComposerTool[] = ['emoji', 'image', 'video', 'file', 'location', 'voice'];

/** Left and Right (mirrored right-to-left, read from `host` at the key press), Home and End move between the tools, round the ends. */
export function toolbarMoveRule(host: Element): (key: string, index: number, count: number) => number | null {
  return (key, index, count) =>
    listKeyTarget(key, index, count, {
      orientation: 'horizontal',
      wrap: true,
      dir: getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr',
    });
}

/** The row of tool buttons (emoji, image, video, file, location, voice), then the `toolbar-end` slot. */
export function toolbarTemplate(p: ToolbarProps): TemplateResult {
  const { t, tools, disabled, pickerOpen, voiceOn, locationOpen, onTool, onToolDown, tabIndexOf, onToolKey } = p;
  const shown = ORDER.filter((tool) => tools.includes(tool));
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.toolbar}>
    ${shown.map((tool) => {
      const label = tool === 'voice' && voiceOn ? t.voiceStop : t[tool];
      const on = (tool === 'voice' && voiceOn) || (tool === 'location' && locationOpen);
      return html`<button class="tool ${on ? `${tool}-on` : ''}" part="tool-button ${tool}-button" type="button"
        aria-label=${label} title=${label} tabindex=${tabIndexOf(tool)} ?disabled=${disabled}
        @keydown=${(event: KeyboardEvent) => onToolKey(event, tool)}
        aria-haspopup=${tool === 'emoji' ? 'dialog' : nothing}
        aria-expanded=${tool === 'emoji' ? (pickerOpen ? 'true' : 'false') : tool === 'location' ? (locationOpen ? 'true' : 'false') : nothing}
        aria-pressed=${tool === 'voice' ? (voiceOn ? 'true' : 'false') : nothing}
        @pointerdown=${(event: PointerEvent) => onToolDown(tool, event)}
        @click=${(event: MouseEvent) => onTool(tool, event)}>${icon(ICONS[tool], 20)}</button>`;
    })}
    <slot name="toolbar-end"></slot>
  </div>`;
}
