import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

/** One module's imports: repository files (relative paths, '/' separated) and bare package names. */
export interface ModuleImports {
  files: string[];
  packages: string[];
}

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file names: static, type-only, re-exports, `import()` calls and `import('x')` types. */
function specifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push(expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(from, '..', specifier);
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

const packageName = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

const repoPath = (path: string): string => relative(REPO, path).split(sep).join('/');

/** The import graph of the source under the given folders (relative to the repository). */
export function importGraph(folders: string[]): Map<string, ModuleImports> {
  const graph = new Map<string, ModuleImports>();
  for (const path of folders.flatMap((folder) => sourceFiles(join(REPO, folder)))) {
    const imports: ModuleImports = { files: [], packages: [] };
    for (const specifier of specifiers(path)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(path, specifier);
        if (target === null && existsSync(resolve(path, '..', specifier))) continue; // a stylesheet or other asset, not a module
        if (target === null) throw new Error(`${repoPath(path)}: cannot resolve '${specifier}'`);
        imports.files.push(repoPath(target));
      } else {
        imports.packages.push(packageName(specifier));
      }
    }
    graph.set(repoPath(path), imports);
  }
  return graph;
}

/** Each import cycle, one per strongly connected group of files, as the path round it (first file repeated at the end). */
export function importCycles(graph: Map<string, ModuleImports>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const edges = (file: string): string[] => graph.get(file)?.files.filter((target) => graph.has(target)) ?? [];

  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of edges(file)) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || edges(file).includes(file)) groups.push(group);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);

  return groups.map((group) => cycleThrough(group, edges));
}

/** A shortest way from the group's first file back to itself, staying inside the group. */
function cycleThrough(group: string[], edges: (file: string) => string[]): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const target of edges(file)) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let step: string | undefined = file; step !== undefined && step !== start; step = cameFrom.get(step)) path.splice(1, 0, step);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [...group, start];
}
