/** Markdown text as a tree (which messages are markdown is the model's `markdown-wire.ts`). */
export type { MarkdownBlock, MarkdownInline } from './markdown-tree.js';
export { looksLikeMarkdown, MAX_DEPTH, MAX_MARKDOWN_CHARS, parseInline, parseMarkdown } from './parse-markdown.js';
export { markdownPlainText } from './markdown-plain-text.js';
