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

/** A module that loads `specifier` lazily: dynamic import() crosses a boundary as a static one does. */
const lazyImport = (specifier: string) => `export const load = () => import("${specifier}");`;

const PATHS = "import/no-restricted-paths";
const IMPORTS = "@typescript-eslint/no-restricted-imports";
const SYNTAX = "no-restricted-syntax";

/** A snippet that breaks boundary `rule` (`count` times, once unless given) where it is placed. */
type Violation = [file: string, code: string, rule: string, count?: number];
type Allowed = [file: string, code: string];

/** Every violation fails with its rule and names the boundary `tag`; every allowed snippet passes. */
async function expectBoundary(tag: string, cases: { violations: Violation[]; allowed: Allowed[] }) {
  for (const [file, code, rule, count] of cases.violations) {
    await expectViolations(file, code, rule, tag, count);
  }
  for (const [file, code] of cases.allowed) await expectAllowed(file, code);
}

describe("import boundaries (eslint.config.mjs)", () => {
  it("(a) lib/bigcommerce, lib/kv and lib/token-ledger import nothing app-level", () =>
    expectBoundary("(a)", {
      violations: [
        [
          "lib/kv/violation.ts",
          `import { getConfig } from "@/lib/config";\nexport const config = getConfig;`,
          PATHS,
        ],
        [
          "lib/token-ledger/violation.ts",
          `import { getSession } from "../session";\nexport const session = getSession;`,
          PATHS,
        ],
        ["lib/bigcommerce/violation.ts", lazyImport("../checkout"), PATHS],
        [
          "lib/kv/violation.ts",
          `import { getRuntime } from "@/lib/runtime";\nexport const runtime = getRuntime;`,
          IMPORTS,
        ],
      ],
      allowed: [
        [
          "lib/kv/allowed.ts",
          [
            `import { log } from "@/lib/log";`,
            `import type { Runtime } from "@/lib/runtime";`,
            `import { z } from "zod";`,
            `export const use = (r: Runtime) => [log, z, r];`,
          ].join("\n"),
        ],
        [
          "lib/token-ledger/allowed.ts",
          `import type { Kv } from "../kv";\nexport type Store = Kv;`,
        ],
      ],
    }));

  it("(b) only lib/runtime, lib/cli and tests import the sandbox, which imports only itself and two bigcommerce files", () => {
    const sandbox = `import { createSandbox } from "@/lib/sandbox";\nexport const make = createSandbox;`;
    return expectBoundary("(b)", {
      violations: [
        ["app/violation.tsx", sandbox, PATHS],
        ["lib/checkout/violation.ts", sandbox, PATHS],
        ["lib/violation.ts", `import "./sandbox";`, PATHS],
        ["lib/confirmation/violation.ts", lazyImport("../sandbox"), PATHS],
        [
          "lib/sandbox/violation.ts",
          `import { getConfig } from "@/lib/config";\nimport { log } from "../log";\nexport const x = [getConfig, log];`,
          PATHS,
          2,
        ],
      ],
      allowed: [
        ["lib/runtime/allowed.ts", sandbox],
        ["lib/cli/allowed.ts", sandbox],
        [
          "tests/allowed.test.ts",
          `import type { Sandbox } from "@/lib/sandbox";\nexport type S = Sandbox;`,
        ],
        [
          "e2e/allowed.ts",
          `import { createSandbox } from "../lib/sandbox";\nexport const s = createSandbox;`,
        ],
        [
          "lib/sandbox/allowed.ts",
          [
            `import { z } from "zod";`,
            `import * as operations from "@/lib/bigcommerce/operations";`,
            `import * as scopes from "../bigcommerce/scopes";`,
            `import * as sandbox from "./index";`,
            `export const all = [z, operations, scopes, sandbox];`,
          ].join("\n"),
        ],
      ],
    });
  });

  it("(c) process.env is read only in lib/config.ts", () => {
    const reads = `export const all = { ...process.env, url: process.env["REDIS_URL"] };`;
    return expectBoundary("(c)", {
      violations: [
        [
          "lib/checkout/violation.ts",
          [
            `export const secret = process.env.SESSION_SECRET;`,
            `export const redis = process.env["REDIS_URL"];`,
            `const { TOKEN_STORE } = process.env;`,
            `export const store = TOKEN_STORE;`,
          ].join("\n"),
          SYNTAX,
          3,
        ],
        ["app/violation.tsx", `export const gtm = process.env.NEXT_PUBLIC_GTM_ID;`, SYNTAX],
        [
          "proxy.ts",
          `import { env } from "node:process";\nexport const e = [env, globalThis.process.env.X];`,
          SYNTAX,
          2,
        ],
      ],
      allowed: [
        ["lib/config.ts", reads],
        ["lib/cli/allowed.ts", reads],
        ["lib/checkout/allowed.ts", `export const mode = (env: { x: string }) => env.x;`],
      ],
    });
  });

  it("(d) app/ may import lib/; lib/ never imports app/", () =>
    expectBoundary("(d)", {
      violations: [
        [
          "lib/checkout/violation.ts",
          `import RootLayout from "@/app/layout";\nexport const layout = RootLayout;`,
          PATHS,
        ],
        ["lib/violation.ts", lazyImport("../app/layout"), PATHS],
      ],
      allowed: [
        [
          "app/allowed.tsx",
          `import { log } from "@/lib/log";\nimport RootLayout from "./layout";\nexport const all = [log, RootLayout];`,
        ],
      ],
    }));

  it("(f) domain code receives the runtime; only the request edge looks it up", () => {
    const lookUp = `import { getRuntime } from "@/lib/runtime";\nexport const rt = getRuntime;`;
    return expectBoundary("(f)", {
      violations: [
        ["lib/checkout/violation.ts", lookUp, IMPORTS],
        [
          "lib/confirmation/violation.ts",
          `import { getRuntime } from "../runtime";\nexport const rt = getRuntime;`,
          IMPORTS,
        ],
      ],
      allowed: [
        [
          "lib/checkout/allowed.ts",
          `import type { Runtime } from "@/lib/runtime";\nexport const kv = (rt: Pick<Runtime, "kv">) => rt.kv;`,
        ],
        ["app/allowed.tsx", lookUp],
      ],
    });
  });
});
