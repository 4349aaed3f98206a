import { NextResponse } from "next/server";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** How long one probe's result answers every health request, in ms. */
const PROBE_INTERVAL_MS = 10_000;

interface Probe {
  ledger: { ok: boolean; ms: number };
  store: { ok: boolean; ms: number };
  /** When the probe ran, ISO 8601. */
  checkedAt: string;
}

let latest: { at: number; probe: Promise<Probe> } | undefined;

/**
 * Cheap and secret-free: what a monitor needs to know. The store and BigCommerce are probed at most
 * once per PROBE_INTERVAL_MS whatever the request rate (concurrent requests share one probe), so a
 * monitor or a loop of requests never spends the store's API quota; the answer says when it was
 * checked.
 */
export async function GET() {
  const { config } = getRuntime();
  const now = Date.now();
  if (!latest || now - latest.at >= PROBE_INTERVAL_MS) latest = { at: now, probe: probe() };
  const { ledger, store, checkedAt } = await latest.probe;
  const healthy = ledger.ok && store.ok;
  return NextResponse.json(
    {
      status: healthy ? "ok" : "degraded",
      mode: config.mode,
      ledger: { store: config.store.kind, reachable: ledger.ok, latencyMs: ledger.ms },
      bigcommerce: { reachable: store.ok, latencyMs: store.ms },
      checkedAt,
    },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

async function probe(): Promise<Probe> {
  const { kv, bigcommerce } = getRuntime();
  const checkedAt = new Date().toISOString();
  const [ledger, store] = await Promise.all([
    timed(() => kv.ping()),
    timed(() => bigcommerce.getSystemTime()),
  ]);
  return { ledger, store, checkedAt };
}

async function timed(fn: () => Promise<unknown>): Promise<{ ok: boolean; ms: number }> {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, ms: Math.round(performance.now() - start) };
  } catch {
    return { ok: false, ms: Math.round(performance.now() - start) };
  }
}
