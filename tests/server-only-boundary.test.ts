// Secrets, the BigCommerce client and the token ledger must never reach the browser bundle.
// `import "server-only"` makes `next build` fail if a client component imports them; this test
// checks that the markers are in place and that no client component's imports lead there.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SERVER_ONLY = [
  "lib/config.ts",
  "lib/session.ts",
  "lib/bigcommerce/index.ts",
  "lib/bigcommerce/transport.ts",
  "lib/token-ledger/index.ts",
  "lib/checkout/index.ts",
  "lib/confirmation/index.ts",
  "lib/catalog/index.ts",
  "lib/kv/index.ts",
  "lib/account/index.ts",
  "lib/confirmation/access.ts",
  "lib/geography/index.ts",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next */
    }
  }
  return null;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specs = [
    ...source.matchAll(
      /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ];
  return specs.map((m) => resolveImport(file, m[1] ?? m[2])).filter((f): f is string => f !== null);
}

describe("server-only boundary", () => {
  it.each(SERVER_ONLY)("%s is marked server-only", (file) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/^import "server-only";/m);
  });

  it("no client component reaches a server-only module through its imports", () => {
    const clientFiles = sourceFiles(path.join(ROOT, "app")).filter((f) =>
      /^\s*["']use client["']/.test(readFileSync(f, "utf8")),
    );
    const forbidden = new Set(SERVER_ONLY.map((f) => path.join(ROOT, f)));
    const leaks: string[] = [];
    for (const entry of clientFiles) {
      const seen = new Set<string>();
      const queue = [entry];
      while (queue.length) {
        const file = queue.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        if (forbidden.has(file))
          leaks.push(`${path.relative(ROOT, entry)} → ${path.relative(ROOT, file)}`);
        else queue.push(...importsOf(file));
      }
    }
    expect(leaks).toEqual([]);
  });

  it("finds a leak when there is one (the check itself works)", () => {
    const fake = path.join(ROOT, "app/_lib/catalog.ts");
    const reached = importsOf(fake);
    expect(reached).toContain(path.join(ROOT, "lib/catalog/index.ts"));
  });
});
