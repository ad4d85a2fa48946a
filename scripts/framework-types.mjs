// Framework typings and editor data, generated from custom-elements.json (run by `npm run build`,
// after the manifest):
//   dist/frameworks/react.d.ts   React 19 JSX: every public element's properties, attributes and
//                                typed `on<event>` handlers (`ontim-conversation-select`)
//   dist/frameworks/vue.d.ts     Vue 3.5+ GlobalComponents (properties and typed `@event`s), in the
//                                form Vue's documentation gives for custom elements
//   dist/frameworks/vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code's HTML and
//                                CSS custom data (tags, attributes and their values, CSS properties)
// Types are not copied from the manifest's text: each property is typed as the element class has
// it (`TimChat['store']`), and each event as its class, so the typings follow the code exactly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, 'dist/frameworks');
mkdirSync(out, { recursive: true });

// The public elements: those an entry point of the package registers (`tim-elements/chat` → tim-chat).
const entryModules = new Set(
  Object.values(packageJson.exports)
    .map((target) => (typeof target === 'object' ? target.default : undefined))
    .filter((file) => file?.endsWith('/define.js'))
    .map((file) => file.replace(/^\.\//, '')),
);
const declarations = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [`${m.path}#${d.name}`, d])));
const elements = manifest.modules
  .filter((m) => entryModules.has(m.path))
  .flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'))
  .map((definition) => declarations.get(`${definition.declaration.module}#${definition.declaration.name}`))
  .filter(Boolean)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length !== entryModules.size) {
  console.error(`framework-types: ${entryModules.size} element entry points but ${elements.length} elements found in the manifest`);
  process.exit(1);
}

const settable = (element) =>
  (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected',
  );
/** Attributes whose name is not also a property name (`conversation-id` for `conversationId`). */
const dashedAttributes = (element) => (element.attributes ?? []).filter((a) => a.fieldName && a.name !== a.fieldName);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const eventClasses = [...new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => ev.type?.text).filter(Boolean)))].sort();
const classNames = elements.map((e) => e.name);
const header = `// Generated from custom-elements.json by scripts/framework-types.mjs. Do not edit.\n`;
const imports = `import type {\n${[...classNames, ...eventClasses].map((n) => `  ${n},`).join('\n')}\n} from '../index.js';\n`;

// ── React 19 ──────────────────────────────────────────────────────────────────────────────────────
let react = `${header}// React 19 sets a prop as a property when the element has one (objects such as \`store\` pass as
// they are), otherwise as an attribute; a function prop named \`on\` + an event name listens to
// that event: <tim-chat store={store} ontim-conversation-select={(e) => e.detail.conversationID} />.
// Use: import type {} from 'tim-elements/react'; (once, in any .ts/.tsx file of the app).
import type { HTMLAttributes, Key, ReactNode, RefAttributes } from 'react';
${imports}
/** What every element takes: React's HTML attributes, \`ref\`, \`key\`, children, \`class\`. */
export type TimElementJsxBase<E extends HTMLElement> = HTMLAttributes<E> &
  RefAttributes<E> & { key?: Key | null; children?: ReactNode; class?: string };
`;
for (const element of elements) {
  const name = element.name;
  react += `\n/** \`<${element.tagName}>\`: ${(element.summary ?? '').replace(/\s*\n\s*/g, ' ')} */\nexport interface ${name}JsxProps extends TimElementJsxBase<${name}> {\n`;
  for (const member of settable(element))
    react += `${doc(member.description, '  ')}  ${quote(member.name)}?: ${name}[${JSON.stringify(member.name)}];\n`;
  for (const attribute of dashedAttributes(element))
    react += `${doc(attribute.description, '  ')}  '${attribute.name}'?: ${name}[${JSON.stringify(attribute.fieldName)}] | string;\n`;
  for (const event of element.events ?? [])
    react += `${doc(event.description, '  ')}  'on${event.name}'?: (event: ${event.type.text}) => void;\n`;
  react += `}\n`;
}
react += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${elements.map((e) => `      '${e.tagName}': ${e.name}JsxProps;`).join('\n')}\n    }\n  }\n}\n`;
writeFileSync(path.join(out, 'react.d.ts'), react);

// ── Vue 3.5+ ──────────────────────────────────────────────────────────────────────────────────────
let vue = `${header}// Vue templates type-check <tim-*> tags with these (vue-tsc): properties such as \`:store.prop\`,
// attributes, and \`@tim-conversation-select\` handlers with their event class. The form is the one
// Vue's guide gives for custom elements ("Web Components", non-Vue custom elements).
// Use: import type {} from 'tim-elements/vue'; (once, in any .ts file of the app).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports}
type TimEventMap = { [event: string]: Event };

/** A custom element as Vue's GlobalComponents wants it: its settable properties and its events. */
export type TimVueElement<E extends HTMLElement, Props extends keyof E, Events extends TimEventMap = {}> = new () => E & {
  /** @deprecated For template type checking only; do not read it. */
  $props: HTMLAttributes & Partial<Pick<E, Props>> & PublicProps;
  /** @deprecated For template type checking only; do not call it. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};
`;
for (const element of elements) {
  const props = settable(element).map((m) => JSON.stringify(m.name));
  const events = (element.events ?? []).map((e) => `  '${e.name}': ${e.type.text};`);
  vue += `\n/** The events of \`<${element.tagName}>\`. */\nexport type ${element.name}Events = {\n${events.join('\n')}${events.length ? '\n' : ''}};\n`;
  vue += `export type ${element.name}VueElement = TimVueElement<${element.name}, ${props.join(' | ') || 'never'}, ${element.name}Events>;\n`;
}
vue += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n${elements.map((e) => `    '${e.tagName}': ${e.name}VueElement;`).join('\n')}\n  }\n}\n`;
writeFileSync(path.join(out, 'vue.d.ts'), vue);

// ── VS Code custom data ───────────────────────────────────────────────────────────────────────────
const literalValues = (typeText = '') => {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => ({ name: p.slice(1, -1) })) : undefined;
};
const htmlData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [
      element.summary ?? '',
      (element.events ?? []).length ? `Events: ${element.events.map((e) => e.name).join(', ')}.` : '',
      (element.slots ?? []).length ? `Slots: ${element.slots.map((s) => s.name || '(default)').join(', ')}.` : '',
      (element.cssParts ?? []).length ? `Parts: ${element.cssParts.map((p) => p.name).join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(literalValues(attribute.type?.text) ? { values: literalValues(attribute.type?.text) } : {}),
      ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  })),
};
writeFileSync(path.join(out, 'vscode.html-custom-data.json'), `${JSON.stringify(htmlData, null, 2)}\n`);

const cssProperties = new Map();
for (const element of elements) {
  for (const property of element.cssProperties ?? []) {
    if (cssProperties.has(property.name)) continue;
    cssProperties.set(property.name, {
      name: property.name,
      description:
        `${property.description ?? ''}${property.default ? ` Default: ${property.default}.` : ''}${property.name.startsWith(`--${element.tagName}`) || !property.description?.startsWith('Theme token') ? ` (<${element.tagName}>)` : ''}`.trim(),
    });
  }
}
const cssData = { version: 1.1, properties: [...cssProperties.values()].sort((a, b) => a.name.localeCompare(b.name)) };
writeFileSync(path.join(out, 'vscode.css-custom-data.json'), `${JSON.stringify(cssData, null, 2)}\n`);

console.log(
  `  dist/frameworks/: react.d.ts, vue.d.ts, vscode.html-custom-data.json, vscode.css-custom-data.json (${elements.length} elements, ${eventClasses.length} event types, ${cssProperties.size} CSS properties)`,
);
