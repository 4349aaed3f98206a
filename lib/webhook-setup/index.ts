// `npm run webhooks`: makes a live store's catalog hooks point at this deployment, or with
// `--check` only reports on them (docs/deploy.md, "Webhooks"; docs/bigcommerce.md §17).
import type { BcWebhook, BigCommerceClient } from "@/lib/bigcommerce";
import {
  CATALOG_WEBHOOK_SCOPES,
  WEBHOOK_PATH,
  WEBHOOK_SECRET_HEADER,
} from "@/lib/catalog/webhooks";
import type { CheckResult } from "@/lib/live-check";

/** What to set up, and for which site. */
export interface WebhookSetup {
  bc: BigCommerceClient;
  /** Where BigCommerce delivers: `${origin}/api/webhooks/bigcommerce` (see webhookDestination). */
  destination: string;
  /** BIGCOMMERCE_WEBHOOK_SECRET: the header value registered with each hook. */
  secret: string;
  /** Only report: change nothing. */
  checkOnly: boolean;
  /** Delete the catalog hooks of this API account that point at another site's webhook path. */
  prune: boolean;
}

/** Hooks asked for per page; BigCommerce documents no maximum, so a page this size is read whole. */
const PAGE = 250;

/**
 * The destination for a site's origin (`https://shop.example.com`): its webhook path on that
 * origin. Throws Error, with a sentence for the merchant, for anything but an https origin on port
 * 443; http is accepted for loopback hosts only, which only the sandbox delivers to.
 */
export function webhookDestination(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(
      `--url must be the site's address, e.g. https://shop.example.com (got "${siteUrl}")`,
    );
  }
  const loopback = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new Error("--url must be https: BigCommerce delivers webhooks over https only");
  }
  if (url.protocol === "https:" && url.port !== "") {
    throw new Error("--url must use port 443: BigCommerce delivers to no other port");
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error("--url must be the site's origin only, e.g. https://shop.example.com");
  }
  return `${url.origin}${WEBHOOK_PATH}`;
}

/**
 * Lists this API account's hooks, then for each catalog scope (CATALOG_WEBHOOK_SCOPES) makes sure
 * one points at `destination`, is active and carries the secret header: creates it when missing,
 * re-activates it, or updates its header after a secret change (with `checkOnly`, each of those
 * is a failed check instead). Hooks for the webhook path of another origin are reported (deleted
 * with `prune`). Resolves to checklist rows (failed ones `ok: false`); a failed call becomes a
 * row, it never rejects for a BigCommerce error.
 */
export async function setUpWebhooks(setup: WebhookSetup): Promise<CheckResult[]> {
  let hooks: BcWebhook[];
  try {
    hooks = await allHooks(setup.bc);
  } catch (error) {
    return [{ name: "List this API account's webhooks", ok: false, detail: message(error) }];
  }
  const results: CheckResult[] = [];
  for (const scope of CATALOG_WEBHOOK_SCOPES) {
    const mine = hooks.find((h) => h.scope === scope && h.destination === setup.destination);
    results.push(await settle(setup, scope, mine));
  }
  for (const other of elsewhere(hooks, setup.destination)) {
    results.push(await otherSite(setup, other));
  }
  return results;
}

async function allHooks(bc: BigCommerceClient): Promise<BcWebhook[]> {
  const hooks: BcWebhook[] = [];
  for (let page = 1; page <= 40; page++) {
    const batch = await bc.listWebhooks({ page, limit: PAGE });
    hooks.push(...batch);
    if (batch.length < PAGE) break;
  }
  return hooks;
}

/** The row for one scope, after creating or fixing its hook unless `checkOnly`. */
async function settle(
  setup: WebhookSetup,
  scope: string,
  hook: BcWebhook | undefined,
): Promise<CheckResult> {
  const name = `Webhook ${scope}`;
  const headers = { ...otherHeaders(hook), [WEBHOOK_SECRET_HEADER]: setup.secret };
  if (!hook) {
    if (setup.checkOnly)
      return { name, ok: false, detail: "missing: run without --check to create it" };
    return attempt(name, "created, active", () =>
      setup.bc.createWebhook({ scope, destination: setup.destination, isActive: true, headers }),
    );
  }
  const problems = [
    hook.is_active ? null : "inactive",
    secretOf(hook) === setup.secret ? null : "secret header differs",
  ].filter((p): p is string => p !== null);
  if (!problems.length) return { name, ok: true, detail: "active, secret header matches" };
  if (setup.checkOnly) {
    return { name, ok: false, detail: `${problems.join(", ")}: run without --check to fix it` };
  }
  const fixed = hook.is_active ? "secret header updated" : "re-activated";
  return attempt(name, fixed, () => setup.bc.updateWebhook(hook.id, { isActive: true, headers }));
}

/** This app's catalog hooks that deliver to the webhook path of another origin. */
function elsewhere(hooks: BcWebhook[], destination: string): BcWebhook[] {
  const scopes: readonly string[] = CATALOG_WEBHOOK_SCOPES;
  return hooks.filter(
    (h) =>
      scopes.includes(h.scope) &&
      h.destination !== destination &&
      h.destination.endsWith(WEBHOOK_PATH),
  );
}

async function otherSite(setup: WebhookSetup, hook: BcWebhook): Promise<CheckResult> {
  const name = `Webhook ${hook.scope} to ${hook.destination}`;
  if (!setup.prune || setup.checkOnly) {
    const state = hook.is_active ? "active" : "inactive";
    return {
      name,
      ok: true,
      detail: `${state}, another site's: --prune deletes it if that site is gone`,
    };
  }
  return attempt(name, "deleted", () => setup.bc.deleteWebhook(hook.id));
}

async function attempt(
  name: string,
  done: string,
  call: () => Promise<unknown>,
): Promise<CheckResult> {
  try {
    await call();
    return { name, ok: true, detail: done };
  } catch (error) {
    return { name, ok: false, detail: message(error) };
  }
}

const isSecretHeader = ([name]: [string, string]) =>
  name.toLowerCase() === WEBHOOK_SECRET_HEADER.toLowerCase();

/** The secret header's registered value (its name compared without regard to case). */
function secretOf(hook: BcWebhook): string | undefined {
  return Object.entries(hook.headers ?? {}).find(isSecretHeader)?.[1];
}

/** The hook's other custom headers, kept when the secret header is set anew. */
function otherHeaders(hook: BcWebhook | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(hook?.headers ?? {}).filter((h) => !isSecretHeader(h)));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
