import type { MarkdownBlock, MarkdownInline } from './markdown-tree.js';
import { parseMarkdown } from './parse-markdown.js';

/** Enough of a long text for a one-line summary. */
const SUMMARY_SOURCE_CHARS = 2_000;

/** Markdown as the words a reader sees, without its markers: for summaries and notifications. */
export function markdownPlainText(source: string): string {
  const text = typeof source === 'string' ? source.slice(0, SUMMARY_SOURCE_CHARS) : '';
  return parseMarkdown(text).map(blockText).filter(Boolean).join(' ');
}

function blockText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'code-block':
      return block.text;
    case 'quote':
      return block.children.map(blockText).join(' ');
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'rule':
      return '';
  }
}

function inlineText(nodes: readonly MarkdownInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.text;
        case 'break':
          return ' ';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}
