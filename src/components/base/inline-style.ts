import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${inlineStyle({ 'inline-size': '40%' })}`: inline styles set through the CSSOM
 * (`style.setProperty`), which a strict Content Security Policy (`style-src 'self'`, no
 * `'unsafe-inline'`) allows. A `style="…"` attribute in a template, or Lit's `styleMap` (whose
 * first render writes the attribute), is blocked there. Names are CSS names: `inline-size`,
 * `--tim-avatar-size`, `background`.
 */
class InlineStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('inlineStyle() belongs in a style attribute, alone.');
  }

  render(_styles: Readonly<Record<string, string | undefined | null>>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string | undefined | null>>]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      next.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyleDirective);
