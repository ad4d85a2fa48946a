/**
 * The parts of an element that its first screen does not need (the message menu, the image
 * viewer, the emoji picker, the confirm dialog, the forward picker…) are modules of their own,
 * loaded on first use. `loadPart` loads one (its module defines its element) and gives the element
 * in the host's shadow root, made there if the template does not draw it, once it is upgraded and
 * rendered. While a part loads the host carries `data-part-loading`, which its styles show (the
 * progress cursor); an element drawn before its module came shows its `:not(:defined)`
 * placeholder (`lazyPartStyles`).
 */
export interface PartHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const pending = new WeakMap<HTMLElement, number>();

function countLoading(host: HTMLElement, change: 1 | -1): void {
  const count = (pending.get(host) ?? 0) + change;
  pending.set(host, count);
  host.toggleAttribute('data-part-loading', count > 0);
}

/** Loads the module that defines `tag` unless it is defined (once; the browser keeps the module). */
export async function definePart(host: HTMLElement, tag: string, load: () => Promise<unknown>): Promise<void> {
  if (customElements.get(tag)) return;
  countLoading(host, 1);
  try {
    await load();
  } finally {
    countLoading(host, -1);
  }
}

/** Loads the part's module, then gives its element in the host's shadow root, rendered. */
export async function loadPart<T extends HTMLElement>(host: PartHost, tag: string, load: () => Promise<unknown>): Promise<T> {
  await definePart(host, tag, load);
  let element = host.renderRoot.querySelector<T>(tag);
  if (!element) {
    element = document.createElement(tag) as T;
    host.renderRoot.appendChild(element);
  }
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
