// The shape of the code: lib/'s folders (and its top-level files) and app/ import each other
// without cycles, and no source file grows past 400 lines. The import rules file by file are
// ESLint's (eslint.config.mjs, tests/lint-boundaries.test.ts); this is the folder-level view.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx)$/;
const MAX_LINES = 400;
const MAX_FUNCTION_LINES = 80;
/** Language catalogues (lib/i18n/en.ts, de.ts, …): one line per message, as long as they need. */
const CATALOGUE = /^lib\/i18n\/(?:.*\/)?[a-z]{2,3}(?:-[A-Za-z]{2,4})?\.ts$/;

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function files(dir: string, match: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, match);
    return match.test(name) ? [full] : [];
  });
}

/** Parses a file and calls `visit` on every node of its syntax tree, each before its children. */
function walk(file: string, visit: (node: ts.Node, source: ts.SourceFile) => void): void {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const each = (node: ts.Node) => {
    visit(node, source);
    ts.forEachChild(node, each);
  };
  each(source);
}

/** Module specifiers a file depends on at run time: `import type` and `export type` are left out. */
function runtimeImports(file: string): string[] {
  const specifiers: string[] = [];
  walk(file, (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const typeOnly =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
  });
  return specifiers;
}

/** The file a project specifier (`@/…` or relative) names, or its bare path when none exists. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package or a Node built-in
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

/** The graph's node for a file: "app", "lib/<folder>" or "lib/<file>.ts"; null outside them. */
function nodeOf(file: string): string | null {
  const parts = rel(file).split("/");
  if (parts[0] === "app") return "app";
  if (parts[0] !== "lib" || parts.length < 2) return null;
  if (parts.length > 2) return `lib/${parts[1]}`;
  // lib/x: a folder when it is one, otherwise the top-level file lib/x.ts(x).
  if (SOURCE.test(parts[1])) return `lib/${parts[1]}`;
  const dir = path.join(ROOT, "lib", parts[1]);
  return existsSync(dir) && statSync(dir).isDirectory() ? `lib/${parts[1]}` : `lib/${parts[1]}.ts`;
}

type Graph = Map<string, Map<string, string>>; // node → (node it imports → one example "file: specifier")

function folderGraph(): Graph {
  const graph: Graph = new Map();
  const sources = [
    ...files(path.join(ROOT, "lib"), SOURCE),
    ...files(path.join(ROOT, "app"), SOURCE),
  ];
  for (const file of sources) {
    const from = nodeOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of runtimeImports(file)) {
      const target = resolve(file, specifier);
      const to = target && nodeOf(target);
      if (to && to !== from && !edges.has(to)) edges.set(to, `${rel(file)} imports "${specifier}"`);
    }
  }
  return graph;
}

/** Every elementary cycle's shortest representative, found by a search from each node in turn. */
function cycles(graph: Graph): string[][] {
  const found = new Map<string, string[]>();
  for (const start of [...graph.keys()].sort()) {
    // Breadth-first from start's neighbours back to start: the shortest cycle through start.
    const previous = new Map<string, string>();
    const queue = [...(graph.get(start)?.keys() ?? [])];
    for (const n of queue) previous.set(n, start);
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === start) {
        const cycle = [start];
        for (let n = previous.get(start)!; n !== start; n = previous.get(n)!) cycle.unshift(n);
        cycle.unshift(start);
        const key = [...cycle.slice(1)].sort().join(" ");
        if (!found.has(key)) found.set(key, cycle);
        break;
      }
      for (const next of graph.get(node)?.keys() ?? []) {
        if (!previous.has(next)) {
          previous.set(next, node);
          queue.push(next);
        }
      }
    }
  }
  return [...found.values()];
}

function describeCycle(graph: Graph, cycle: string[]): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i];
    return `  ${from} → ${to}   (${graph.get(from)!.get(to)})`;
  });
  return [cycle.join(" → "), ...steps].join("\n");
}

describe("architecture", () => {
  it("has no import cycle between lib/'s folders, lib/'s top-level files and app/", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    const report = cycles(graph).map((c) => describeCycle(graph, c));
    expect(report, `folder-level import cycles:\n${report.join("\n\n")}`).toEqual([]);
  });

  it(`keeps every source file in app/ and lib/ at ${MAX_LINES} lines or fewer (catalogues aside)`, () => {
    const sources = [
      ...files(path.join(ROOT, "lib"), /\.(ts|tsx|mts|js|mjs)$/),
      ...files(path.join(ROOT, "app"), /\.(ts|tsx|mts|js|mjs)$/),
    ];
    expect(sources.length).toBeGreaterThan(10);
    const long = sources
      .filter((file) => !CATALOGUE.test(rel(file)))
      .map((file) => ({
        file: rel(file),
        lines: readFileSync(file, "utf8").replace(/\n$/, "").split("\n").length,
      }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long, `files over ${MAX_LINES} lines:\n${long.join("\n")}`).toEqual([]);
  });

  it(`keeps every function in app/ and lib/ at ${MAX_FUNCTION_LINES} lines or fewer (catalogues aside)`, () => {
    const sources = [
      ...files(path.join(ROOT, "lib"), SOURCE),
      ...files(path.join(ROOT, "app"), SOURCE),
    ].filter((file) => !CATALOGUE.test(rel(file)));
    const long = sources.flatMap((file) => longFunctions(file));
    expect(long, `functions over ${MAX_FUNCTION_LINES} lines:\n${long.join("\n")}`).toEqual([]);
  });
});

/** Every function, method or arrow function of a file longer than MAX_FUNCTION_LINES. */
function longFunctions(file: string): string[] {
  const found: string[] = [];
  walk(file, (node, source) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) found.push(`${rel(file)}:${start + 1}: ${lines} lines`);
    }
  });
  return found;
}
