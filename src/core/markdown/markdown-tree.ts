/**
 * The markdown of a chat message as a tree of plain data, for an element to draw with its own
 * templates: there is no HTML anywhere in it, so nothing the sender writes can become markup.
 */

export type MarkdownInline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong' | 'em' | 'del'; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'code'; readonly text: string }
  /** `href` is an http(s) URL already checked (`safeHttpUrl`); any other target stays text. */
  | { readonly type: 'link'; readonly href: string; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'break' };

export type MarkdownBlock =
  | { readonly type: 'paragraph'; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'code-block'; readonly language: string; readonly text: string }
  | { readonly type: 'quote'; readonly children: readonly MarkdownBlock[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly MarkdownBlock[])[] }
  | { readonly type: 'rule' };
