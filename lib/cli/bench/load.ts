// Load from autocannon, and the medians of several rounds of it.
import autocannon from "autocannon";

export async function load(
  url: string,
  headers: Record<string, string>,
  opts: { duration?: number; amount?: number },
) {
  const result = await autocannon({ url, connections: 10, headers, ...opts });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

export type LoadResult = Awaited<ReturnType<typeof load>>;

export const ROUNDS = 5;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function repeat(n: number, run: () => Promise<LoadResult>): Promise<LoadResult[]> {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await run());
  return results;
}

/** Medians of several rounds (failed requests: all of them). */
export function summarize(results: LoadResult[]): LoadResult {
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    non2xx: results.reduce((s, r) => s + r.non2xx, 0),
  };
}
