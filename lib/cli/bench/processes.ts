// The processes the benchmark drives: the sandbox store and the app (next build, next start), each
// in its own process, so the load generator, the store and the app do not share an event loop.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../../tests/support/ports";

export const ROOT = path.resolve(__dirname, "../../..");
/** The sandbox's command-line entry (what `npm run sandbox` runs), relative to ROOT. */
const SANDBOX_CLI = "lib/cli/sandbox.ts";
const NEXT = path.join(ROOT, "node_modules/next/dist/bin/next");

export async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not start`);
}

/**
 * The sandbox in its own process (as in the end-to-end tests), so the load generator and the
 * store do not share an event loop; its counters and knobs are read and turned over HTTP.
 */
export class SandboxProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  /** Starts it with `flags` (`npm run sandbox -- --help`): by default a quota that never binds. */
  static async start(flags = ["--quota", "1000000"]): Promise<SandboxProcess> {
    const port = await freePort();
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [SANDBOX_CLI, "--port", String(port), ...flags],
      { cwd: ROOT, stdio: "ignore", detached: true },
    );
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/__sandbox/stats`, child);
    return new SandboxProcess(url, child);
  }

  async latency(ms: number) {
    await fetch(`${this.url}/__sandbox/knobs`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ latencyMs: ms }),
    });
  }

  async resetStats() {
    await fetch(`${this.url}/__sandbox/stats/reset`, { method: "POST" });
  }

  /** The calls since the last reset: in all, by operation id, and when each ran. */
  async stats(): Promise<{
    total: number;
    calls: Record<string, number>;
    trace: { operation: string; start: number; end: number }[];
  }> {
    return (await fetch(`${this.url}/__sandbox/stats`)).json();
  }

  stop() {
    if (this.child.pid) process.kill(-this.child.pid, "SIGTERM");
  }
}

/** `next build`, its output in this process's; throws if it fails. */
export function buildApp() {
  const build = spawnSync(process.execPath, [NEXT, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/** `next start` on a free port, in live mode against the sandbox at `sandboxUrl`. */
export async function startApp(
  sandboxUrl: string,
  sessionSecret: string,
): Promise<{ app: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [NEXT, "start", "-p", String(port)], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BIGCOMMERCE_API_URL: sandboxUrl,
      BIGCOMMERCE_PAYMENTS_URL: sandboxUrl,
      BIGCOMMERCE_STORE_HASH: "sandbox",
      BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
      SESSION_SECRET: sessionSecret,
      TOKEN_STORE: "memory",
    },
  });
  return { app, base };
}

/** RSS of a process and its children, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
      try {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        /* gone */
      }
    }
  }
  let kb = 0;
  for (const p of pids) {
    const match = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    kb += match ? Number(match[1]) : 0;
  }
  return Math.round(kb / 1024);
}
