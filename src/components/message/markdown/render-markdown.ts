import { html, type TemplateResult } from 'lit';
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from '../../../core/markdown/index.js';

export interface MarkdownRenderOptions {
  /** A run of plain text as the bubble draws text: emoji, and bare http(s) links when `links`. */
  readonly text: (text: string, links: boolean) => unknown;
  /** The hidden "(opens in a new tab)" after each link. */
  readonly opensInNewTab: string;
}

/**
 * Markdown text as Lit templates, built from the core's tree (`parseMarkdown`): every piece of
 * the sender's text is a text binding, never markup; links are http(s) only (checked by the core)
 * and open in a new tab without an opener. Loaded on demand (`markdown-loader.ts`), the first
 * time a markdown message is drawn.
 */
export function renderMarkdown(source: string, options: MarkdownRenderOptions): TemplateResult {
  return html`<div class="markdown" part="markdown" dir="auto">${parseMarkdown(source).map((b) => block(b, options))}</div>`;
}

function block(node: MarkdownBlock, o: MarkdownRenderOptions): TemplateResult {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${inlines(node.children, o, true)}</p>`;
    case 'heading':
      // Headings in a bubble are only a little larger: a chat message is not a document.
      return html`<p class="heading" role="heading" aria-level=${node.level}>${inlines(node.children, o, true)}</p>`;
    case 'code-block':
      return html`<pre class="code-block" dir="ltr" tabindex="-1"><code data-language=${node.language}>${node.text}</code></pre>`;
    case 'quote':
      return html`<blockquote>${node.children.map((b) => block(b, o))}</blockquote>`;
    case 'list': {
      const items = node.items.map((item) => html`<li>${item.map((b) => block(b, o))}</li>`);
      return node.ordered ? html`<ol start=${node.start}>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'rule':
      return html`<hr />`;
  }
}

function inlines(nodes: readonly MarkdownInline[], o: MarkdownRenderOptions, links: boolean): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return o.text(node.text, links);
      case 'strong':
        return html`<strong>${inlines(node.children, o, links)}</strong>`;
      case 'em':
        return html`<em>${inlines(node.children, o, links)}</em>`;
      case 'del':
        return html`<del>${inlines(node.children, o, links)}</del>`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'break':
        return html`<br />`;
      case 'link':
        return html`<a part="link" href=${node.href} target="_blank" rel="noopener noreferrer">${inlines(node.children, o, false)}<span
          class="visually-hidden"> ${o.opensInNewTab}</span></a>`;
    }
  });
}
