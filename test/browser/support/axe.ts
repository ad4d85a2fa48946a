// axe-core in the browser suite: load it once, run it, keep the serious and critical findings in a
// form a failed assertion can print (rule, impact, the elements and why).
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

type Axe = { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };

export interface Finding {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  nodes: string[];
}

let loaded: Promise<Axe> | undefined;

function axe(): Promise<Axe> {
  loaded ??= import('axe-core/axe.min.js' as string).then(() => (window as unknown as { axe: Axe }).axe);
  return loaded;
}

const GRAVE: (ImpactValue | undefined)[] = ['serious', 'critical'];

/** The serious and critical violations under `context` (all of axe's WCAG 2.2 A/AA and best-practice rules). */
export async function runAxe(context: Element | Document = document): Promise<Finding[]> {
  const results = await (await axe()).run(context, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => GRAVE.includes(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    }));
}

export function describeViolations(findings: Finding[]): string {
  return findings.map((f) => `${f.rule} (${f.impact}): ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
}

function deepElements(root: ParentNode, out: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) deepElements(element.shadowRoot, out);
  }
  return out;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the elements under `root` are done: every Lit element's update complete, the web
 * fonts loaded and the DOM (shadow roots included) unchanged over two frames, twice in a row —
 * stories load their embedded backend asynchronously, so there is no single event to wait for.
 */
export async function settled(root: Element, limitMs = 10000): Promise<void> {
  const deadline = performance.now() + limitMs;
  let last = -1;
  let stable = 0;
  while (stable < 2) {
    if (performance.now() > deadline) throw new Error('The story never settled');
    const elements = deepElements(root);
    const updates = elements.flatMap((e) => {
      const update = (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      return update ? [update] : [];
    });
    await Promise.all(updates);
    await document.fonts.ready;
    await frame();
    await frame();
    const size = deepElements(root).length + root.textContent!.length;
    stable = size === last ? stable + 1 : 0;
    last = size;
  }
}
