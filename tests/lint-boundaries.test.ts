// The import boundaries in eslint.config.mjs, each shown failing on a deliberate violation and
// passing on what is allowed. Snippets are linted as if they sat at the given path (no file is
// written); the modules they import exist, so the rules that resolve imports see real files.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const BOUNDARY_RULES = new Set([
  "import/no-restricted-paths",
  "@typescript-eslint/no-restricted-imports",
  "no-restricted-syntax",
]);

let eslint: ESLint;
beforeAll(() => {
  // import/no-cycle reads the linted file from disk, and these snippets have none (it throws).
  eslint = new ESLint({ cwd: ROOT, overrideConfig: { rules: { "import/no-cycle": "off" } } });
});

/** The boundary errors (and any parse error) ESLint reports for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages
    .filter((m) => m.fatal || (m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId)))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/** Expects exactly `count` errors from `rule`, each naming the boundary `tag` ("(a)", …). */
async function expectViolations(file: string, code: string, rule: string, tag: string, count = 1) {
  const errors = await boundaryErrors(file, code);
  expect(errors, `${file}:\n${code}`).toHaveLength(count);
  for (const error of errors) {
    expect(error.startsWith(`${rule}: `), error).toBe(true);
    expect(error).toContain(tag);
  }
}

async function expectAllowed(file: string, code: string) {
  expect(await boundaryErrors(file, code), `${file}:\n${code}`).toEqual([]);
}

describe("import boundaries (eslint.config.mjs)", () => {
  it("(a) lib/bigcommerce, lib/kv and lib/token-ledger import nothing app-level", async () => {
    const paths = "import/no-restricted-paths";
    await expectViolations(
      "lib/kv/violation.ts",
      `import { getConfig } from "@/lib/config";\nexport const config = getConfig;`,
      paths,
      "(a)",
    );
    await expectViolations(
      "lib/token-ledger/violation.ts",
      `import { getSession } from "../session";\nexport const session = getSession;`,
      paths,
      "(a)",
    );
    await expectViolations(
      "lib/bigcommerce/violation.ts",
      `export const load = () => import("../checkout");`,
      paths,
      "(a)",
    );
    await expectViolations(
      "lib/kv/violation.ts",
      `import { getRuntime } from "@/lib/runtime";\nexport const runtime = getRuntime;`,
      "@typescript-eslint/no-restricted-imports",
      "(a)",
    );

    await expectAllowed(
      "lib/kv/allowed.ts",
      [
        `import { log } from "@/lib/log";`,
        `import type { Runtime } from "@/lib/runtime";`,
        `import { z } from "zod";`,
        `export const use = (r: Runtime) => [log, z, r];`,
      ].join("\n"),
    );
    await expectAllowed(
      "lib/token-ledger/allowed.ts",
      `import type { Kv } from "../kv";\nexport type Store = Kv;`,
    );
  });

  it("(b) only lib/runtime, lib/cli and tests import the sandbox, which imports only itself and two bigcommerce files", async () => {
    const paths = "import/no-restricted-paths";
    const sandbox = `import { createSandbox } from "@/lib/sandbox";\nexport const make = createSandbox;`;
    await expectViolations("app/violation.tsx", sandbox, paths, "(b)");
    await expectViolations("lib/checkout/violation.ts", sandbox, paths, "(b)");
    await expectViolations("lib/violation.ts", `import "./sandbox";`, paths, "(b)");
    await expectViolations(
      "lib/confirmation/violation.ts",
      `export const load = () => import("../sandbox");`,
      paths,
      "(b)",
    );
    await expectViolations(
      "lib/sandbox/violation.ts",
      `import { getConfig } from "@/lib/config";\nimport { log } from "../log";\nexport const x = [getConfig, log];`,
      paths,
      "(b)",
      2,
    );

    await expectAllowed("lib/runtime/allowed.ts", sandbox);
    await expectAllowed("lib/cli/allowed.ts", sandbox);
    await expectAllowed(
      "tests/allowed.test.ts",
      `import type { Sandbox } from "@/lib/sandbox";\nexport type S = Sandbox;`,
    );
    await expectAllowed(
      "e2e/allowed.ts",
      `import { createSandbox } from "../lib/sandbox";\nexport const s = createSandbox;`,
    );
    await expectAllowed(
      "lib/sandbox/allowed.ts",
      [
        `import { z } from "zod";`,
        `import * as operations from "@/lib/bigcommerce/operations";`,
        `import * as scopes from "../bigcommerce/scopes";`,
        `import * as sandbox from "./index";`,
        `export const all = [z, operations, scopes, sandbox];`,
      ].join("\n"),
    );
  });

  it("(c) process.env is read only in lib/config.ts", async () => {
    const rule = "no-restricted-syntax";
    await expectViolations(
      "lib/checkout/violation.ts",
      [
        `export const secret = process.env.SESSION_SECRET;`,
        `export const redis = process.env["REDIS_URL"];`,
        `const { TOKEN_STORE } = process.env;`,
        `export const store = TOKEN_STORE;`,
      ].join("\n"),
      rule,
      "(c)",
      3,
    );
    await expectViolations(
      "app/violation.tsx",
      `export const gtm = process.env.NEXT_PUBLIC_GTM_ID;`,
      rule,
      "(c)",
    );
    await expectViolations(
      "proxy.ts",
      `import { env } from "node:process";\nexport const e = [env, globalThis.process.env.X];`,
      rule,
      "(c)",
      2,
    );

    const reads = `export const all = { ...process.env, url: process.env["REDIS_URL"] };`;
    await expectAllowed("lib/config.ts", reads);
    await expectAllowed("lib/cli/allowed.ts", reads);
    await expectAllowed(
      "lib/checkout/allowed.ts",
      `export const mode = (env: { x: string }) => env.x;`,
    );
  });

  it("(d) app/ may import lib/; lib/ never imports app/", async () => {
    const rule = "import/no-restricted-paths";
    await expectViolations(
      "lib/checkout/violation.ts",
      `import RootLayout from "@/app/layout";\nexport const layout = RootLayout;`,
      rule,
      "(d)",
    );
    await expectViolations(
      "lib/violation.ts",
      `export const load = () => import("../app/layout");`,
      rule,
      "(d)",
    );

    await expectAllowed(
      "app/allowed.tsx",
      `import { log } from "@/lib/log";\nimport RootLayout from "./layout";\nexport const all = [log, RootLayout];`,
    );
  });

  it("(f) domain code receives the runtime; only the request edge looks it up", async () => {
    const rule = "@typescript-eslint/no-restricted-imports";
    await expectViolations(
      "lib/checkout/violation.ts",
      `import { getRuntime } from "@/lib/runtime";\nexport const rt = getRuntime;`,
      rule,
      "(f)",
    );
    await expectViolations(
      "lib/confirmation/violation.ts",
      `import { getRuntime } from "../runtime";\nexport const rt = getRuntime;`,
      rule,
      "(f)",
    );

    await expectAllowed(
      "lib/checkout/allowed.ts",
      `import type { Runtime } from "@/lib/runtime";\nexport const kv = (rt: Pick<Runtime, "kv">) => rt.kv;`,
    );
    await expectAllowed(
      "app/allowed.tsx",
      `import { getRuntime } from "@/lib/runtime";\nexport const rt = getRuntime;`,
    );
  });
});
