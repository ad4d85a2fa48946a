/** Finds elements across shadow roots, for tests of nested custom elements. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  // `root` may itself be a host: look inside its own shadow tree too.
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return [...new Set(found)];
}

export function deepQuery<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** Every attribute value in a tree (shadow roots included), for "nothing unsafe reached the DOM" checks. */
export function allAttributeValues(root: ParentNode): string[] {
  const values: string[] = [];
  for (const el of deepQueryAll(root, '*')) for (const attr of el.attributes) values.push(`${el.localName}[${attr.name}]=${attr.value}`);
  return values;
}

/** The visible text of a tree, shadow roots included (slots aside). */
export function deepText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node instanceof HTMLStyleElement) return;
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return text.replace(/\s+/g, ' ');
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
