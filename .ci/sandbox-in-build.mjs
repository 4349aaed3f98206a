// Does the Next.js build in .next hold sandbox code? Looks for strings only the sandbox store has
// (its test-card numbers and fault-injection messages) in every server and client chunk.
//   node .ci/sandbox-in-build.mjs absent  — a live build (credentials at build time): none allowed
//   node .ci/sandbox-in-build.mjs present — a sandbox-capable build: the markers must be found, which
//                                           shows the check can fail
// Writes test-reports/check-sandbox-<expectation>.json, one entry in the CI summary.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const expectation = process.argv[2];
if (expectation !== "absent" && expectation !== "present") {
  console.error("usage: node .ci/sandbox-in-build.mjs absent|present");
  process.exit(2);
}
const MARKERS = ["4000000000009995", "4000000000000002", "The sandbox injected a server error"];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(js|mjs|cjs|json|html|rsc)$/.test(name)) yield full;
  }
}

const hits = [];
let scanned = 0;
for (const root of [".next/server", ".next/static"]) {
  for (const file of files(root)) {
    scanned += 1;
    const text = readFileSync(file, "utf8");
    for (const marker of MARKERS) if (text.includes(marker)) hits.push(`${file}: "${marker}"`);
  }
}
const ok = expectation === "absent" ? hits.length === 0 : hits.length > 0;
console.log(
  `sandbox code in the build (${scanned} files scanned, expected ${expectation}): ` +
    (hits.length ? `found\n  ${hits.slice(0, 10).join("\n  ")}` : "none"),
);
if (!ok) console.log(`== sandbox-${expectation} failed`);
writeFileSync(
  `test-reports/check-sandbox-${expectation}.json`,
  JSON.stringify({ check: `sandbox-${expectation}`, ok }) + "\n",
);
process.exit(ok ? 0 : 1);
