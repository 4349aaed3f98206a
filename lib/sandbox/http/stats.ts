// Call counts and timings, for tests and benchmarks (not a BigCommerce API).

const TRACE_LIMIT = 500;

/** What the sandbox has been asked since the last reset. */
export interface SandboxStats {
  /** BigCommerce calls received, by operation id ("unknown" for unmatched paths). */
  calls: Record<string, number>;
  total: number;
  /** When each recent call started and ended (ms, this process's clock): shows which ran in sequence. */
  trace: { operation: string; start: number; end: number }[];
}

/** Empty stats. */
export function createStats(): SandboxStats {
  return { calls: {}, total: 0, trace: [] };
}

/** Empties `stats` in place. */
export function resetStats(stats: SandboxStats): void {
  stats.calls = {};
  stats.total = 0;
  stats.trace = [];
}

/** Counts a call to `operation`; call the returned function when it has been answered. */
export function recordCall(stats: SandboxStats, operation: string): () => void {
  stats.total += 1;
  stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
  const call = { operation, start: performance.now(), end: 0 };
  if (stats.trace.length < TRACE_LIMIT) stats.trace.push(call);
  return () => {
    call.end = performance.now();
  };
}
