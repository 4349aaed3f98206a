// `npm run check:live`: verifies a merchant's environment with calls that change nothing:
// the store answers, the token is valid, every scope the app needs is granted, Redis answers.
import {
  BigCommerceError,
  BigCommerceUnavailableError,
  type BigCommerceClient,
} from "@/lib/bigcommerce";
import { SCOPES, type Scope } from "@/lib/bigcommerce/scopes";
import type { Kv } from "@/lib/kv";

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** An id that cannot exist: the call proves access (404) without touching real data. */
const NO_SUCH_CART = "00000000-0000-4000-8000-000000000000";
const NO_SUCH_ORDER = 2_147_483_647;

type Probe = () => Promise<unknown>;

/**
 * Runs `probe`. Success, or a 404/422 about the made-up id, means the scope is granted;
 * 403 means it is not; 401 means the token is wrong.
 */
async function scopeCheck(scope: Scope, probe: Probe): Promise<CheckResult> {
  const name = `Scope ${scope.label} (${scope.scope})`;
  try {
    await probe();
    return { name, ok: true, detail: "granted" };
  } catch (error) {
    if (error instanceof BigCommerceError) {
      if (error.status === 403)
        return { name, ok: false, detail: `missing: add "${scope.label}" to the API account` };
      if (error.status === 401)
        return { name, ok: false, detail: "the access token was refused (401)" };
      if ([400, 404, 422].includes(error.status)) return { name, ok: true, detail: "granted" };
      return { name, ok: false, detail: `unexpected HTTP ${error.status}: ${error.detail}` };
    }
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function checkLive(deps: {
  bc: BigCommerceClient;
  store: Kv | null;
  storeLabel: string;
}): Promise<CheckResult[]> {
  const { bc } = deps;
  const results: CheckResult[] = [];

  try {
    await bc.getSystemTime();
    results.push({ name: "BigCommerce API reachable", ok: true, detail: "answered" });
    results.push({ name: "Access token valid", ok: true, detail: "accepted" });
  } catch (error) {
    const reachable = !(error instanceof BigCommerceUnavailableError);
    results.push({
      name: "BigCommerce API reachable",
      ok: reachable,
      detail: reachable ? "answered" : error instanceof Error ? error.message : String(error),
    });
    const tokenOk = error instanceof BigCommerceError && error.status !== 401;
    results.push({
      name: "Access token valid",
      ok: tokenOk,
      detail: tokenOk
        ? "accepted"
        : error instanceof BigCommerceError
          ? "refused (401): check BIGCOMMERCE_ACCESS_TOKEN and BIGCOMMERCE_STORE_HASH"
          : "not checked: the API did not answer",
    });
    if (!tokenOk) return [...results, ...(await storeCheck(deps))];
  }

  const checks: [Scope, Probe][] = [
    [SCOPES.products, () => bc.listProducts({ limit: 1 })],
    [SCOPES.carts, () => bc.getCart(NO_SUCH_CART)],
    [SCOPES.checkouts, () => bc.getCheckout(NO_SUCH_CART)],
    [SCOPES.orders, () => bc.getOrder(NO_SUCH_ORDER)],
    [SCOPES.transactions, () => bc.getOrderTransactions(NO_SUCH_ORDER)],
    // A token for an order that cannot exist: BigCommerce refuses it (404) and creates nothing.
    [SCOPES.paymentsCreate, () => bc.createPaymentAccessToken(NO_SUCH_ORDER)],
    [SCOPES.paymentMethods, () => bc.getPaymentMethods(NO_SUCH_ORDER)],
    [SCOPES.customers, () => bc.listCustomers(1)],
    // Reads only: the store's settings (time zone), the same scope as the countries and states.
    [SCOPES.information, () => bc.getStoreInformation()],
  ];
  for (const result of await Promise.all(
    checks.map(([scope, probe]) => scopeCheck(scope, probe)),
  )) {
    results.push(result);
  }
  return [...results, ...(await storeCheck(deps))];
}

async function storeCheck({
  store,
  storeLabel,
}: {
  store: Kv | null;
  storeLabel: string;
}): Promise<CheckResult[]> {
  if (!store) return [{ name: "Token ledger store", ok: true, detail: storeLabel }];
  try {
    await store.ping();
    return [{ name: "Token ledger store", ok: true, detail: `${storeLabel} answers` }];
  } catch (error) {
    return [
      {
        name: "Token ledger store",
        ok: false,
        detail: `${storeLabel}: ${error instanceof Error ? error.message : error}`,
      },
    ];
  }
}

export function formatChecklist(results: CheckResult[]): string {
  const lines = results.map((r) => `${r.ok ? "[ok]  " : "[FAIL]"} ${r.name}: ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  lines.push(
    failed ? `${failed} check(s) failed.` : "All checks passed: this environment is ready.",
  );
  return lines.join("\n");
}
