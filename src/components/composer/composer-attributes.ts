/** The composer's list-valued and on/off attributes, with the values they allow. */

/** The toolbar's buttons, in order; `tools` picks which show. */
export const COMPOSER_TOOLS = ['emoji', 'image', 'video', 'file'] as const;
export type ComposerTool = (typeof COMPOSER_TOOLS)[number];

/** Where files can be dropped: the open conversation (inside `<tim-chat>`), the composer only, or nowhere. */
export const COMPOSER_DROP_ZONES = ['auto', 'self', 'none'] as const;
export type ComposerDropZone = (typeof COMPOSER_DROP_ZONES)[number];

/** `tools="emoji image"`: known names only, in any order; no attribute means every tool. */
export const toolsConverter = {
  fromAttribute(value: string | null): readonly ComposerTool[] {
    if (value === null) return COMPOSER_TOOLS;
    return value
      .split(/[\s,]+/)
      .filter((tool): tool is ComposerTool => (COMPOSER_TOOLS as readonly string[]).includes(tool));
  },
  toAttribute(value: readonly ComposerTool[]): string {
    return value.join(' ');
  },
};

/** `typing-status="off"` (or false, 0, no) turns it off; anything else, or no attribute, on. */
export const onOffConverter = {
  fromAttribute: (value: string | null) => value === null || !['off', 'false', '0', 'no'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean) => (value ? 'on' : 'off'),
};
