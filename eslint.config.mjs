import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import boundaries (tests/lint-boundaries.test.ts shows each one failing and passing):
//   a. lib/bigcommerce, lib/kv and lib/token-ledger import nothing app-level.
//   b. Only the composition root (lib/runtime), the command-line tools (lib/cli) and tests import
//      lib/sandbox; the sandbox imports only itself and lib/bigcommerce/{operations,scopes}.
//   c. process.env is read only in lib/config.ts (app/, lib/ except lib/cli/, proxy.ts).
//   d. app/ may import lib/; lib/ never imports app/.
//   e. No import cycles within lib/ (type-only imports do not count).
//   f. Domain code (lib/checkout, confirmation, account, catalog) only `import type`s lib/runtime.
// import/no-restricted-paths resolves every specifier (the `@/` alias, relative paths, dynamic
// import()) to a file, so one zone covers every way of spelling an import. Rule options do not merge
// across config objects: each rule below is configured in exactly one object.
const ROOT = import.meta.dirname;

/** What lib/bigcommerce, lib/kv and lib/token-ledger must not import (a). */
const APP_LEVEL = [
  // app/ is rule d's zone and lib/sandbox rule b's, for every file in lib/: not repeated here.
  "./lib/checkout",
  "./lib/confirmation",
  "./lib/account",
  "./lib/catalog",
  "./lib/session.ts",
  "./lib/session",
  "./lib/config.ts",
  "./lib/config",
  "./lib/cli",
  // lib/runtime: @typescript-eslint/no-restricted-imports below, which lets `import type` through.
];

const boundaries = {
  name: "project/import-boundaries",
  files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        basePath: ROOT,
        zones: [
          {
            target: ["./lib/bigcommerce", "./lib/kv", "./lib/token-ledger"],
            from: APP_LEVEL,
            message:
              "(a) lib/bigcommerce, lib/kv and lib/token-ledger import nothing app-level: the composition root (lib/runtime) hands them what they need.",
          },
          {
            target: [
              "./app",
              "./lib/!(runtime|cli|sandbox)/**",
              "./lib/*",
              "./proxy.ts",
              "./instrumentation.ts",
              "./next.config.mjs",
            ],
            from: "./lib/sandbox",
            message:
              "(b) Only the composition root (lib/runtime), the command-line tools (lib/cli) and tests import the sandbox.",
          },
          {
            target: "./lib/sandbox",
            from: "./lib",
            except: ["./sandbox", "./bigcommerce/operations.ts", "./bigcommerce/scopes.ts"],
            message:
              "(b) The sandbox imports only itself and lib/bigcommerce/operations.ts and lib/bigcommerce/scopes.ts.",
          },
          {
            target: "./lib",
            from: "./app",
            message: "(d) lib/ never imports app/: app/ imports lib/.",
          },
        ],
      },
    ],
  },
};

/** `import type` only from the composition root: @/lib/runtime, ../runtime, ../../lib/runtime… */
const runtimeTypesOnlyFor = (name, files, message) => ({
  name,
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^(?:@/lib/|(?:\\.\\./)+(?:lib/)?)runtime(?:/.*)?$",
            allowTypeImports: true,
            message,
          },
        ],
      },
    ],
  },
});

const runtimeTypesOnly = runtimeTypesOnlyFor(
  "project/infrastructure-no-runtime",
  ["lib/bigcommerce/**/*.{ts,tsx}", "lib/kv/**/*.{ts,tsx}", "lib/token-ledger/**/*.{ts,tsx}"],
  "(a) lib/bigcommerce, lib/kv and lib/token-ledger do not import the composition root (`import type` is fine).",
);

// f. Domain code receives its dependencies one way: as a Runtime (or a Pick of it) argument. It
//    never looks them up with getRuntime(); only the request edge (app/, proxy.ts) does.
const domainReceivesRuntime = runtimeTypesOnlyFor(
  "project/domain-receives-runtime",
  [
    "lib/checkout/**/*.{ts,tsx}",
    "lib/confirmation/**/*.{ts,tsx}",
    "lib/account/**/*.{ts,tsx}",
    "lib/catalog/**/*.{ts,tsx}",
  ],
  "(f) Domain code receives the Runtime as its first argument (`import type { Runtime }`); only app/ and proxy.ts call getRuntime().",
);

// (c) Every way of reaching process.env: process.env.X, process.env["X"], const { X } = process.env,
// process["env"], globalThis.process.env, const { env } = process, import { env } from "node:process".
const ENV_MESSAGE =
  "(c) process.env is read only in lib/config.ts: take the value from the AppConfig instead.";
const envOnlyInConfig = {
  name: "project/env-only-in-config",
  files: ["app/**/*.{js,jsx,mjs,ts,tsx}", "lib/**/*.{js,jsx,mjs,ts,tsx}", "proxy.ts"],
  ignores: ["lib/config.ts", "lib/config/**", "lib/cli/**"],
  rules: {
    "no-restricted-syntax": [
      "error",
      ...[
        "MemberExpression[object.type='Identifier'][object.name='process'][property.name='env']",
        "MemberExpression[object.type='Identifier'][object.name='process'][property.value='env']",
        "MemberExpression[object.type='MemberExpression'][object.property.name='process'][property.name='env']",
        "VariableDeclarator[init.type='Identifier'][init.name='process'] > ObjectPattern > Property[key.name='env']",
        "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
      ].map((selector) => ({ selector, message: ENV_MESSAGE })),
    ],
  },
};

const noCycles = {
  name: "project/no-cycles-in-lib",
  // Limited to lib/ (app/ is a leaf: nothing imports it); type-only imports do not count.
  files: ["lib/**/*.{ts,tsx}"],
  rules: {
    "import/no-cycle": ["error", { ignoreExternal: true }],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  boundaries,
  runtimeTypesOnly,
  domainReceivesRuntime,
  envOnlyInConfig,
  noCycles,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
    "test-reports/**",
    "playwright-report/**",
  ]),
]);
