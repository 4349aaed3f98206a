// A real redis-server for the tests, on a free port, stopped by its PID afterwards. Outage tests
// stop one by its port (whoever started it) and start it again on the same port.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import Redis from "ioredis";
import { freePort } from "./ports";

export interface TestRedis {
  url: string;
  port: number;
  /** The redis-server's process id (to pause it: a server that no longer answers). */
  pid: number;
  stop(): Promise<void>;
}

export interface RedisStartOptions {
  /** The port to listen on (a free one when absent): a stopped server's port starts it again. */
  port?: number;
  /**
   * Where the server keeps its data file: a server stopped with `stopRedisAt(port, { save: true })`
   * comes back on the same port and folder with its data. Without it, nothing is ever written.
   */
  dataDir?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A client for probing a test server: no retries, no queue, errors expected. */
function probeClient(url: string): Redis {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on("error", () => {}); // refused connections are expected while the server is down
  return probe;
}

export async function startRedis(options: RedisStartOptions = {}): Promise<TestRedis> {
  const port = options.port ?? (await freePort());
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  if (options.dataDir) args.push("--dir", options.dataDir);
  const child: ChildProcess = spawn("redis-server", args, { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  const probe = probeClient(url);
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      probe.disconnect();
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`redis-server did not start on port ${port}: ${String(error)}`);
      }
      await sleep(100);
    }
  }
  probe.disconnect();
  return {
    url,
    port,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Waits until a store answers again after its server came back (its client reconnects by
 * itself); throws after `timeoutMs`.
 */
export async function untilAnswers(
  store: { ping(): Promise<void> },
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await store.ping();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Stops the redis-server on `port`, whichever process started it: asks it for its PID (INFO
 * server), with `save` writes its data first (SAVE, into the `dataDir` it was started with), sends
 * that PID SIGTERM and waits until the port is free. Does nothing when no server answers there.
 */
export async function stopRedisAt(port: number, options: { save?: boolean } = {}): Promise<void> {
  const probe = probeClient(`redis://127.0.0.1:${port}`);
  let pid: number;
  try {
    await probe.connect();
    pid = Number(/process_id:(\d+)/.exec(await probe.info("server"))?.[1]);
    if (options.save) await probe.save();
  } catch {
    return; // no server there
  } finally {
    probe.disconnect();
  }
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no redis-server PID on port ${port}`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (await listening(port)) {
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not stop`);
    await sleep(50);
  }
}
