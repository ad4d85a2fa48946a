// `npm run analyze` (part of `npm run build`): custom-elements.json from the elements' JSDoc
// (@summary @slot @fires @csspart @cssprop) and their Lit properties. Storybook, editors and the
// framework typings (scripts/framework-types.mjs) read it. The plugins below:
//  - teach the analyzer our `defineElement('tag', Class)` calls;
//  - type every `@fires` event from the kit's `GlobalEventHandlersEventMap` (the event class and
//    its detail type) and drop what the analyzer guessed from `dispatchEvent` calls;
//  - spell out literal-union attribute types (`ChatTheme` → 'auto' | 'light' | 'dark');
//  - add the global `--tim-*` theme tokens each element reads;
//  - keep only the public API, and point every path into dist/ (what the package ships).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

/** Finds `defineElement('tim-x', TimX)` in a module and records which class it defines, and where. */
function defineElementPlugin() {
  /** tag name → { className, modulePath } */
  const definitions = new Map();
  return {
    name: 'tim-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteralLike(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      const modulePath = declaringModule(ts, node.getSourceFile(), className, moduleDoc.path);
      definitions.set(tagArg.text, { className, modulePath });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tagArg.text,
        declaration: { name: className, module: modulePath },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [tagName, { className, modulePath }] of definitions) {
        const mod = customElementsManifest.modules.find((m) => m.path === modulePath);
        const declaration = mod?.declarations?.find((d) => d.name === className);
        if (!declaration) {
          console.warn(`custom-elements-manifest: <${tagName}> is defined with ${className}, not found in ${modulePath}`);
          continue;
        }
        declaration.tagName = tagName;
        declaration.customElement = true;
        // Storybook's docs page shows the description: an element with only a summary shows that.
        if (!declaration.description && declaration.summary) declaration.description = declaration.summary;
      }
    },
  };
}

/** The module path (as the manifest writes it) where `name` comes from: an import, or this module. */
function declaringModule(ts, sourceFile, name, ownPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((e) => e.name.text === name)) continue;
    const target = path.posix.join(path.posix.dirname(ownPath), statement.moduleSpecifier.text);
    return target.replace(/\.js$/, '.ts');
  }
  return ownPath;
}

/**
 * Events: each element's `@fires` names, typed from the kit's `GlobalEventHandlersEventMap`
 * (event name → event class) and the class's detail (`extends TimEvent<Detail>`, or a subclass).
 * Events the analyzer inferred from `dispatchEvent(new X(…))` calls (names such as `action`,
 * `message`, or none) are dropped: `@fires` is the public list.
 */
function eventTypesPlugin() {
  /** event name → { className, modulePath } */
  const eventMap = new Map();
  /** class name → { base, detail } */
  const eventClasses = new Map();
  /** element class name → [{ name, description }] from its `@fires` tags */
  const fired = new Map();

  const detailOf = (className, seen = new Set()) => {
    const entry = eventClasses.get(className);
    if (!entry || seen.has(className)) return undefined;
    seen.add(className);
    return entry.detail ?? detailOf(entry.base, seen);
  };

  return {
    name: 'tim-event-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
          const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
          eventMap.set(name, { className: member.type.typeName.getText(), modulePath: moduleDoc.path });
        }
        return;
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (heritage) {
        const base = heritage.expression.getText();
        const detail = base === 'TimEvent' ? heritage.typeArguments?.[0]?.getText() : undefined;
        eventClasses.set(node.name.text, { base, detail });
      }
      const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'fires' || tag.tagName.text === 'event');
      if (tags.length) {
        fired.set(
          node.name.text,
          tags.map((tag) => {
            const text = (typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '')).trim();
            const match = /^(?:\{[^}]*\}\s*)?([\w-]+)\s*(?:-\s*)?([\s\S]*)$/.exec(text);
            return { name: match?.[1] ?? '', description: (match?.[2] ?? '').replace(/\s+/g, ' ').trim() };
          }),
        );
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.customElement) continue;
          const declared = fired.get(declaration.name) ?? [];
          declaration.events = declared.map(({ name, description }) => {
            const known = eventMap.get(name);
            if (!known) {
              console.warn(
                `custom-elements-manifest: <${declaration.tagName}> fires "${name}", which no GlobalEventHandlersEventMap declares`,
              );
              return { name, description };
            }
            const detail = detailOf(known.className);
            return {
              name,
              type: { text: known.className, references: [{ name: known.className, module: known.modulePath }] },
              description: detail ? `${description} Detail: \`${detail.replace(/\s+/g, ' ')}\`.` : description,
            };
          });
        }
      }
    },
  };
}

/**
 * A literal-union alias written as `(typeof VALUES)[number]` over an `as const` array is spelled
 * out where an attribute or property uses it, so editors and Storybook can offer the values.
 */
function literalUnionsPlugin() {
  /** alias name → the array's name */
  const aliases = new Map();
  /** array name → literal values */
  const arrays = new Map();
  return {
    name: 'tim-literal-unions',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isIndexedAccessTypeNode(node.type)) {
        let object = node.type.objectType;
        while (ts.isParenthesizedTypeNode(object)) object = object.type;
        if (ts.isTypeQueryNode(object)) aliases.set(node.name.text, object.exprName.getText());
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init) && init.elements.every((e) => ts.isStringLiteral(e))) {
          arrays.set(
            node.name.text,
            init.elements.map((e) => e.text),
          );
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const spell = (type) => {
        if (!type?.text) return;
        type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => {
          const values = arrays.get(aliases.get(name));
          return values ? values.map((v) => `'${v}'`).join(' | ') : name;
        });
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) spell(item.type);
        }
      }
    },
  };
}

/**
 * The global theme tokens (src/themes/theme-tokens.ts) an element reads, as CSS properties of that
 * element: `var(--tim-…)` found in the sources of its folder (sub-folders with their own element
 * excepted), with the token's light and dark values.
 */
function themeTokensPlugin() {
  const themeSource = readFileSync('src/themes/theme-tokens.ts', 'utf8');
  /** The `--tim-…: value;` declarations of one theme's CSS text, with those of the texts it includes (`${name}`). */
  const valuesIn = (block) => {
    const text = new RegExp(`const ${block} = (?:cssText)?\`([\\s\\S]*?)\`;`).exec(themeSource)?.[1] ?? '';
    const included = [...text.matchAll(/\$\{(\w+)\}/g)].flatMap(([, name]) => [...valuesIn(name)]);
    const own = [...text.matchAll(/(--tim-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]);
    return new Map([...included, ...own]);
  };
  const light = valuesIn('lightTokens');
  const dark = valuesIn('darkTokens');
  const shared = valuesIn('sharedTokens');
  const describe = (name) => {
    if (shared.has(name)) return { description: 'Theme token.', default: shared.get(name) };
    const l = light.get(name);
    const d = dark.get(name);
    return { description: l === d ? 'Theme token.' : `Theme token (dark theme: ${d}).`, default: l };
  };
  const isToken = (name) => light.has(name) || dark.has(name) || shared.has(name);

  /** The element's sources: its folder, without sub-folders that define elements of their own. */
  const sourcesOf = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return existsSync(path.join(full, 'define.ts')) ? [] : sourcesOf(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });

  return {
    name: 'tim-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const text = sourcesOf(path.dirname(mod.path))
            .map((file) => readFileSync(file, 'utf8'))
            .join('\n');
          const used = [...new Set([...text.matchAll(/var\((--tim-[\w-]+)/g)].map(([, name]) => name))].filter(isToken).sort();
          const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...used.filter((name) => !own.has(name)).map((name) => ({ name, ...describe(name) })),
          ];
        }
      }
    },
  };
}

/** Private and protected members, and `_`-prefixed internals, are not public API. */
function publicApiOnlyPlugin() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('_');
  return {
    name: 'tim-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // A private or protected field is internal state, even when declared in `static properties`.
          const internal = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
        }
      }
    },
  };
}

/** Every `src/….ts` (or re-exported `src/….js`) path becomes the `dist/….js` module the package ships (the build mirrors src/). */
function distPathsPlugin() {
  const toDist = (value) =>
    typeof value === 'string' && /^src\/.*\.[jt]s$/.test(value) ? value.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : value;
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if ((key === 'path' || key === 'module') && typeof node[key] === 'string') node[key] = toDist(node[key]);
      else visit(node[key]);
    }
  };
  return {
    name: 'tim-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  // The virtualizer patches are no element's API (and some are not shipped as modules of their own).
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts', 'src/components/message-list/virtualizer-patches/**'],
  // The repository root (package.json's customElements); tests write elsewhere.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    defineElementPlugin(),
    eventTypesPlugin(),
    literalUnionsPlugin(),
    themeTokensPlugin(),
    publicApiOnlyPlugin(),
    distPathsPlugin(),
  ],
};
