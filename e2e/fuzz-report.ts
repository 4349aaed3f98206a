// Explains the fuzz suite's failures (fuzz.spec.ts): they are grouped by route, place and outcome;
// the first case of each group is sent once more on its own while the app's log file is watched,
// so the report can show the exact request with the lines the server logged for it; groups whose
// log names the same error are then shown as one cause, with every route and value it was seen on.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import type { APIRequestContext, TestInfo } from "@playwright/test";
import { send, type Verdict } from "./fuzz-run";

/** Failures of one route, one place and one outcome, with every hostile value that caused it. */
export interface FailureGroup {
  first: Verdict;
  values: string[];
}

/** Groups failures by route, the place of the hostile value, and what went wrong. */
export function groupFailures(failures: Verdict[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const verdict of failures) {
    const { route, kind, value } = verdict.case;
    const key = `${route}|${kind}|${verdict.problem}`;
    const group = groups.get(key) ?? { first: verdict, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The groups in turns by place (every header, the cookie, the body…), so a short replay sees each. */
function byTurns(groups: FailureGroup[]): FailureGroup[] {
  const places = new Map<string, FailureGroup[]>();
  for (const g of groups)
    places.set(g.first.case.kind, [...(places.get(g.first.case.kind) ?? []), g]);
  const queues = [...places.values()];
  const longest = Math.max(0, ...queues.map((q) => q.length));
  return Array.from({ length: longest }, (_, i) => queues.flatMap((q) => q.slice(i, i + 1))).flat();
}

/**
 * Sends the first case of up to `max` groups (taking turns by place) once more, alone, and keeps
 * what the server logged meanwhile (the app's log file: E2E_APP_LOG or E2E_SANDBOX_MODE_LOG).
 * FUZZ_REPLAY_MAX raises `max`.
 */
export async function replayWithLogs(
  request: APIRequestContext,
  baseURL: string,
  groups: FailureGroup[],
  logFile: string,
  max = Number(process.env.FUZZ_REPLAY_MAX ?? 40),
): Promise<void> {
  for (const { first } of byTurns(groups).slice(0, max)) {
    const from = statSync(logFile).size;
    await send(request, baseURL, first.case);
    await new Promise((r) => setTimeout(r, 150));
    first.log = readFileSync(logFile).subarray(from).toString("utf8").trim();
  }
}

/** The log line that names the error, with values and numbers blanked: the same for one cause. */
function signature({ log, case: c }: Verdict): string {
  if (log === undefined) return `(not replayed) ${c.kind}`;
  const line = log.split("\n").find((l) => /⨯|Error|does not match/.test(l));
  if (!line) return `(no log line) ${c.kind}`;
  return line
    .replace(/^⨯ /, "")
    .replace(/`[^`]*`/g, "`…`")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, "N")
    .slice(0, 160);
}

/** Groups whose replays logged the same error, and what they share. */
export interface Cause {
  problem: string;
  signature: string;
  groups: FailureGroup[];
}

export function causes(groups: FailureGroup[]): Cause[] {
  const found = new Map<string, Cause>();
  for (const group of groups) {
    const { problem = "" } = group.first;
    const key = `${problem}|${signature(group.first)}`;
    const cause = found.get(key) ?? { problem, signature: signature(group.first), groups: [] };
    cause.groups.push(group);
    found.set(key, cause);
  }
  return [...found.values()];
}

const clip = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;

const unique = (items: string[]) => [...new Set(items)].join(", ");

/** One cause: where it was seen, and its first case as a request to reproduce, with its log. */
export function describeCause({ problem, signature, groups }: Cause): string {
  const { first } = groups[0];
  const c = first.case;
  const cases = groups.reduce((n, g) => n + g.values.length, 0);
  const headers = Object.entries(c.headers).map(
    ([n, v]) => `      ${n}: ${clip(JSON.stringify(v), 160)}`,
  );
  const body = c.body ? clip(JSON.stringify(c.body.toString("latin1")), 240) : "(none)";
  const log = (first.log ?? "").split("\n").filter((line) => line.trim());
  return [
    `  ✗ ${problem} — ${signature} — ${cases} case(s)`,
    `    in: ${unique(groups.map((g) => g.first.case.kind))}`,
    `    routes: ${clip(unique(groups.map((g) => g.first.case.route)), 600)}`,
    `    values: ${clip(unique(groups.flatMap((g) => g.values)), 400)}`,
    `    e.g. ${c.method} ${clip(c.path, 160)}`,
    ...headers,
    `      body: ${body}`,
    ...log.slice(0, 6).map((line) => `      log| ${clip(line, 240)}`),
  ].join("\n");
}

/** How many answers had each status, e.g. "200×812 303×95 404×610 …" (0: no answer). */
export function statuses(verdicts: Verdict[]): string {
  const count = new Map<number, number>();
  for (const { status } of verdicts) count.set(status, (count.get(status) ?? 0) + 1);
  return [...count]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(" ");
}

/** Every failure as JSON (bodies clipped to 2,000 characters), attached to the test's report. */
export async function attachFailures(testInfo: TestInfo, failures: Verdict[]): Promise<void> {
  const file = testInfo.outputPath("fuzz-failures.json");
  const clipped = failures.map((f) => ({
    ...f,
    case: { ...f.case, body: f.case.body?.toString("latin1").slice(0, 2000) },
  }));
  writeFileSync(file, JSON.stringify(clipped, null, 1));
  await testInfo.attach("fuzz-failures", { path: file, contentType: "application/json" });
}
