/**
 * The field names the installed @tencentcloud/chat declares for its data types (`Message`,
 * `Conversation`, `Group`, `Profile` …), read from its index.d.ts, so fixtures and the fake can
 * be checked against the SDK rather than against ourselves. Node only (reads the file).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const file = join(dirname(require.resolve('@tencentcloud/chat/package.json')), 'index.d.ts');
const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

export function declaredFields(interfaceName: string): string[] {
  let fields: string[] | null = null;
  ts.forEachChild(source, function visit(node) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === interfaceName) {
      fields = node.members.filter(ts.isPropertySignature).map((m) => m.name.getText(source));
    }
    if (!fields) ts.forEachChild(node, visit);
  });
  if (!fields) throw new Error(`@tencentcloud/chat declares no interface ${interfaceName}`);
  return fields;
}

/** The declared fields an object lacks (an empty list when it has them all). */
export function missingFields(value: unknown, interfaceName: string): string[] {
  if (typeof value !== 'object' || value === null) return declaredFields(interfaceName);
  return declaredFields(interfaceName).filter((key) => !(key in value));
}
