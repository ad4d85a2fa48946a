/**
 * The markdown renderer (and the core's parser with it) is a chunk of its own: an app whose
 * messages are never markdown never loads it. The first markdown message asks for it and is
 * drawn as plain text until it is here; then every message that waits is drawn again.
 */
type MarkdownModule = typeof import('./render-markdown.js');

let loaded: MarkdownModule | undefined;
let loading: Promise<MarkdownModule> | undefined;

/** The renderer when it is loaded, else undefined (and the load is started). */
export function markdownRenderer(): MarkdownModule | undefined {
  if (!loaded) void loadMarkdownRenderer().catch(() => {});
  return loaded;
}

export function loadMarkdownRenderer(): Promise<MarkdownModule> {
  loading ??= import('./render-markdown.js').then((module) => (loaded = module));
  return loading;
}
