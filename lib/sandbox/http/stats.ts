// Call counts and timings, for tests and benchmarks (not a BigCommerce API).

const TRACE_LIMIT = 500;

/** What the sandbox has been asked since the last reset. */
export interface SandboxStats {
  /** BigCommerce calls received, by operation id ("unknown" for unmatched paths). */
  calls: Record<string, number>;
  total: number;
  /**
   * When each recent call started and ended (ms, this process's clock): shows which ran in
   * sequence. The last TRACE_LIMIT entries. Besides BigCommerce calls it holds the emulated
   * checkout pages' steps as "page:<step>" entries (start = end; not in `calls` or `total`), so
   * a test can see e.g. a `createCheckoutToken` before "page:loadInCheckout" and none after "page:orderPaid".
   */
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
  pushTrace(stats, call);
  return () => {
    call.end = performance.now();
  };
}

/**
 * Records a step of the emulated checkout pages (e.g. "loadInCheckout", "orderPaid") in the trace
 * as "page:<step>", without counting it as a BigCommerce call.
 */
export function recordPageStep(stats: SandboxStats, step: string): void {
  const now = performance.now();
  pushTrace(stats, { operation: `page:${step}`, start: now, end: now });
}

/** Appends to the trace, dropping the oldest entry beyond TRACE_LIMIT. */
function pushTrace(stats: SandboxStats, entry: SandboxStats["trace"][number]): void {
  stats.trace.push(entry);
  if (stats.trace.length > TRACE_LIMIT) stats.trace.shift();
}
