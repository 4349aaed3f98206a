import "server-only";

// The shared store's interface and its two adapters. Which one a process uses is decided once,
// from the configuration, by the composition root (lib/runtime).
export type { Kv } from "./types";
export { ifAvailable, KvUnavailableError } from "./errors";
export type { Limiter, LimiterOptions, LimiterState } from "./limiter";
export { MemoryKv } from "./memory";
export { RedisKv } from "./redis";
