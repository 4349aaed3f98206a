import "server-only";
import { getConfig } from "@/lib/config";
import { MemoryKv } from "./memory";
import { RedisKv } from "./redis";
import type { Kv } from "./types";

export type { Kv } from "./types";
export { MemoryKv } from "./memory";
export { RedisKv } from "./redis";

const globalKey = Symbol.for("storefront-confirmation.kv");
type WithKv = typeof globalThis & { [globalKey]?: Kv };

/** The store of this process, as configured (kept on globalThis: one per process, shared by all routes). */
export function kv(): Kv {
  const g = globalThis as WithKv;
  if (!g[globalKey]) {
    const { store } = getConfig();
    g[globalKey] = store.kind === "redis" ? RedisKv.fromUrl(store.url) : new MemoryKv();
  }
  return g[globalKey];
}
