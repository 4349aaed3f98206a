// The fault drill: many guest journeys against a sandbox that injects 429s and 500s (over HTTP),
// then an audit of the store: no purchase may be charged twice, and no paid order may be left
// where its shopper cannot reach it. Uses the app's own checkout code and composition root, with a
// live-mode configuration pointed at the sandbox.
import * as checkout from "@/lib/checkout";
import { placeOrder } from "@/lib/checkout/place-order";
import type { Runtime } from "@/lib/runtime";
import { startSandboxServer } from "@/lib/sandbox/server";
import { guestDetails } from "../../../tests/support/checkout";
import { testRuntime } from "../../../tests/support/runtime";

export interface DrillOptions {
  journeys: number;
  rate429: number;
  rate500: number;
  /** Writes carried out whose response is lost (answered 500). */
  rateLost?: number;
  latencyMs?: number;
  concurrency?: number;
  seed?: number;
  /** "Place order" presses a shopper makes before giving up on a clean error. */
  attempts?: number;
  /** Runs the app's shared store on this Redis instead of memory. */
  redisUrl?: string;
}

type Outcome = { cartId?: string; outcome: "completed" | "clean" | "unclean" };

export interface DrillReport {
  journeys: number;
  completed: number;
  cleanErrors: number;
  /** Failures that were not a clear message to the shopper (a crash): must be 0. */
  uncleanErrors: number;
  /** Checkouts charged more than once: must be 0. */
  duplicateOrders: number;
  /** Paid orders whose shopper ended without reaching the confirmation: must be 0. */
  unreachablePaidOrders: number;
  ordersCreated: number;
}

export async function runDrill(options: DrillOptions): Promise<DrillReport> {
  const server = await startSandboxServer({
    port: 0,
    seed: options.seed ?? 7,
    knobs: { quota: 1_000_000, rate429: 0, rate500: 0, latencyMs: options.latencyMs ?? 0 },
  });
  const rt = testRuntime(
    server.url,
    options.redisUrl ? { REDIS_URL: options.redisUrl, TOKEN_STORE: undefined } : {},
  );
  const outcomes: Outcome[] = [];
  const journey = async (n: number) =>
    outcomes.push(await shopperJourney(rt, n, options.attempts ?? 4));

  // Faults start once the sandbox and the app are warm, so every failure belongs to a journey.
  Object.assign(server.sandbox.knobs, {
    rate429: options.rate429,
    rate500: options.rate500,
    rateLost: options.rateLost ?? 0,
  });
  const queue = Array.from({ length: options.journeys }, (_, i) => i);
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) await journey(n);
    }),
  );
  Object.assign(server.sandbox.knobs, { rate429: 0, rate500: 0, rateLost: 0 });

  const orders = [...server.sandbox.store.orders.values()];
  const paidByCart = new Map<string, number>();
  for (const o of orders)
    if (o.statusId !== 0) paidByCart.set(o.cartId, (paidByCart.get(o.cartId) ?? 0) + 1);
  const report: DrillReport = {
    journeys: options.journeys,
    completed: outcomes.filter((o) => o.outcome === "completed").length,
    cleanErrors: outcomes.filter((o) => o.outcome === "clean").length,
    uncleanErrors: outcomes.filter((o) => o.outcome === "unclean").length,
    duplicateOrders: [...paidByCart.values()].filter((n) => n > 1).length,
    unreachablePaidOrders: outcomes.filter(
      (o) => o.outcome !== "completed" && o.cartId && paidByCart.has(o.cartId),
    ).length,
    ordersCreated: orders.length,
  };
  await server.close();
  return report;
}

/** One guest from the product to "Place order", retrying each step after a clear message. */
async function shopperJourney(rt: Runtime, n: number, attempts: number): Promise<Outcome> {
  let cartId: string | undefined;
  const retry = async <T>(step: () => Promise<T>): Promise<T> => {
    // A shopper who sees a clear, retryable message tries again.
    for (let i = 1; ; i++) {
      try {
        return await step();
      } catch (error) {
        if (!(error instanceof checkout.CheckoutProblem) || i >= attempts) throw error;
      }
    }
  };
  try {
    const id = await retry(() =>
      checkout.addToCart(rt, undefined, {
        productId: 111 + (n % 8),
        variantId: variantFor(n),
        quantity: 1,
      }),
    );
    cartId = id;
    await retry(() =>
      checkout.saveDetails(
        rt,
        id,
        guestDetails({
          email: `drill-${n}@example.com`,
          firstName: "Drill",
          lastName: `Shopper ${n}`,
          address1: "1 Fault Lane",
        }),
      ),
    );
    const view = await retry(async () => {
      const loaded = await checkout.loadCheckout(rt, id);
      if (!loaded) throw checkout.problem("checkout.problem.cartExpired");
      return loaded;
    });
    // Pressing "Place order" again on the same page after a clear error.
    const result = await retry(() =>
      placeOrder(rt, {
        checkoutId: id,
        payment: {
          expectedTotal: String(view.total),
          cardholderName: "Drill Shopper",
          cardNumber: "4111111111111111",
          cardExpiry: { month: 12, year: 2034 },
          cardCvv: "123",
        },
      }),
    );
    return { cartId, outcome: result.kind === "declined" ? "clean" : "completed" };
  } catch (error) {
    if (!(error instanceof checkout.CheckoutProblem)) console.error(`journey ${n}:`, error);
    return { cartId, outcome: error instanceof checkout.CheckoutProblem ? "clean" : "unclean" };
  }
}

function variantFor(n: number): number {
  // Products 111..118; 112 and 118 have options, the others one base variant (id = product × 10 + 1).
  const product = 111 + (n % 8);
  if (product === 112) return 1121;
  if (product === 118) return 1181;
  return product * 10 + 1;
}

export function formatReport(r: DrillReport): string {
  const rows: [string, number][] = [
    ["journeys", r.journeys],
    ["completed", r.completed],
    ["clean errors", r.cleanErrors],
    ["unclean errors", r.uncleanErrors],
    ["duplicate orders", r.duplicateOrders],
    ["unreachable paid orders", r.unreachablePaidOrders],
    ["orders created (incl. unpaid retries)", r.ordersCreated],
  ];
  return rows.map(([k, v]) => `${k.padEnd(40)} ${v}`).join("\n");
}
