import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './importGraph';

const API = join(REPO, 'electron', 'core', 'api');

/** The names a module exports, whether declared exported or listed in `export { }`. */
function exportedNames(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement): string[] => {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return [statement.getText()];
    if (!ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
    if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.map((d) => d.name.getText());
    const name = (statement as ts.DeclarationStatement).name;
    return [name ? name.getText() : statement.getText()];
  });
}

describe('handler files', () => {
  it('export only their handler table: what handlers share lives in a file of its own', () => {
    const files = readdirSync(API).filter((name) => name.endsWith('Ops.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files)
      expect({ file: name, exports: exportedNames(join(API, name)) }).toEqual({ file: name, exports: [name.slice(0, -3)] });
  });
});
