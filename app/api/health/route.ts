import { NextResponse } from "next/server";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** Cheap, uncached and secret-free: what a monitor needs to know. */
export async function GET() {
  const { config, kv, bigcommerce } = getRuntime();
  const [ledger, store] = await Promise.all([
    timed(() => kv.ping()),
    timed(() => bigcommerce.getSystemTime()),
  ]);
  const healthy = ledger.ok && store.ok;
  return NextResponse.json(
    {
      status: healthy ? "ok" : "degraded",
      mode: config.mode,
      ledger: { store: config.store.kind, reachable: ledger.ok, latencyMs: ledger.ms },
      bigcommerce: { reachable: store.ok, latencyMs: store.ms },
    },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
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
