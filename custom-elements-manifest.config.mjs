// `npm run analyze`: custom-elements.json from the elements' JSDoc (@summary @slot @fires @csspart
// @cssprop), read by Storybook and editors. Elements register through `defineElement('tag', Class)`
// rather than `customElements.define`, so a small plugin teaches the analyzer those calls.
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

/** Private and protected members, and `_`-prefixed internals, are not public API. */
function publicApiOnlyPlugin() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('_');
  return {
    name: 'tim-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementPlugin(), publicApiOnlyPlugin()],
};
