// Webhooks: the v3 hooks API (docs/bigcommerce.md §17.1–17.2) with BigCommerce's validation,
// limits and errors. Deliveries are in ./webhook-delivery.ts.
import { z } from "zod";
import { SANDBOX_CLIENT_ID } from "./constants";
import { SandboxError } from "./errors";
import { parse } from "./http/request";
import { v3, v3Page } from "./http/responses";
import { route } from "./http/routes";
import type { SandboxState, Webhook } from "./state";

/** BigCommerce's title for a v3 validation failure of the hooks API (its 422 example). */
const INVALID = "JSON data is missing or invalid";
/** At most this many hooks per store, API account and scope (docs/bigcommerce.md §17.2). */
const HOOKS_PER_SCOPE = 10;

/** `store/…` event names, with a trailing `*` for a group: "store/product/*", "store/sku/updated". */
const SCOPE = /^store\/(?:[A-Za-z]+\/)*(?:[A-Za-z]+|\*)$/;
/** An HTTP header name: letters, digits and the token symbols !#$%&'*+-.^_`|~. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const headersInput = z
  .record(
    z.string().regex(HEADER_NAME, "must be an HTTP header name"),
    z.string().regex(/^[^\r\n]*$/, "must be one line"),
  )
  .nullable()
  .optional();

const createInput = z.object({
  scope: z.string().regex(SCOPE, "must be a webhook scope such as store/product/updated"),
  destination: z.string().min(1),
  is_active: z.boolean().optional(),
  headers: headersInput,
});

const updateInput = createInput.partial();

/**
 * True for a URL whose host is this machine (localhost, 127.0.0.0/8, ::1): the only destinations
 * the sandbox accepts over plain http and the only ones it delivers to.
 */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Why BigCommerce would refuse `destination`, or undefined when it is acceptable: it must be an
 * https URL on port 443. The sandbox also accepts http on a loopback address, so tests can point
 * hooks at a local server (docs/bigcommerce-fidelity.md, F17).
 */
function destinationProblem(destination: string): string | undefined {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return "must be an absolute https URL";
  }
  if (url.protocol === "http:" && isLoopbackUrl(url)) return undefined;
  if (url.protocol !== "https:") return "must be an https URL";
  // The URL parser drops the default port, so an explicit ":443" is fine too.
  if (url.port !== "") return "must be served on port 443 (custom ports are not supported)";
  return undefined;
}

/** Throws SandboxError 422 with an `errors` map naming `field`. */
function invalid(field: string, message: string): never {
  throw new SandboxError(422, INVALID, undefined, undefined, { [field]: message });
}

/** Checks a hook's destination and the per-scope limits against the store's other hooks. */
function checkHook(state: SandboxState, hook: Pick<Webhook, "scope" | "destination">, id = 0) {
  const problem = destinationProblem(hook.destination);
  if (problem) invalid("destination", problem);
  const sameScope = [...state.webhooks.hooks.values()].filter(
    (h) => h.id !== id && h.scope === hook.scope,
  );
  if (sameScope.some((h) => h.destination === hook.destination)) {
    invalid("destination", "a webhook for this scope and destination already exists");
  }
  if (sameScope.length >= HOOKS_PER_SCOPE) {
    invalid("scope", `at most ${HOOKS_PER_SCOPE} webhooks per scope`);
  }
}

/** The hook with the id of a path parameter; SandboxError 404 when there is none. */
function findHook(state: SandboxState, rawId: string): Webhook {
  const hook = state.webhooks.hooks.get(Number(rawId));
  if (!hook) throw new SandboxError(404, `Webhook with id [${rawId}] not found`);
  return hook;
}

/** A hook as the v3 API writes it (times in Unix seconds). */
function hookJson(state: SandboxState, h: Webhook) {
  return {
    id: h.id,
    client_id: SANDBOX_CLIENT_ID,
    store_hash: state.storeHash,
    scope: h.scope,
    destination: h.destination,
    is_active: h.isActive,
    headers: h.headers,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
  };
}

/** The hooks matching getWebhooks' filters (`is_active`, `scope`, `destination`), by id. */
function filtered(state: SandboxState, query: URLSearchParams): Webhook[] {
  const active = query.get("is_active");
  const scope = query.get("scope");
  const destination = query.get("destination");
  return [...state.webhooks.hooks.values()]
    .filter((h) => active === null || String(h.isActive) === active)
    .filter((h) => scope === null || h.scope === scope)
    .filter((h) => destination === null || h.destination === destination)
    .sort((a, b) => a.id - b.id);
}

const seconds = (state: SandboxState) => Math.floor(state.now() / 1000);

/** getWebhooks, createWebhooks, updateWebhook and deleteWebhook. */
export const webhookRoutes = [
  route("getWebhooks", ({ state, url }) => {
    const hooks = filtered(state, url.searchParams);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 250);
    const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
    const slice = hooks.slice((page - 1) * limit, page * limit);
    return v3Page(
      slice.map((h) => hookJson(state, h)),
      {
        total: hooks.length,
        perPage: limit,
        page,
        totalPages: Math.max(1, Math.ceil(hooks.length / limit)),
        links: { current: `?page=${page}&limit=${limit}` },
      },
    );
  }),
  route("createWebhooks", async ({ state, body }) => {
    const input = parse(createInput, await body(), INVALID);
    checkHook(state, input);
    const now = seconds(state);
    const hook: Webhook = {
      id: state.webhooks.nextId++,
      scope: input.scope,
      destination: input.destination,
      // Not documented; BigCommerce's examples always send it. The sandbox defaults to active.
      isActive: input.is_active ?? true,
      headers: input.headers ?? null,
      createdAt: now,
      updatedAt: now,
    };
    state.webhooks.hooks.set(hook.id, hook);
    return v3(hookJson(state, hook));
  }),
  route("updateWebhook", async ({ state, params, body }) => {
    const hook = findHook(state, params[0]);
    const input = parse(updateInput, await body(), INVALID);
    if (Object.values(input).every((v) => v === undefined)) {
      invalid("body", "at least one field is required");
    }
    const next = {
      scope: input.scope ?? hook.scope,
      destination: input.destination ?? hook.destination,
    };
    checkHook(state, next, hook.id);
    Object.assign(hook, next, { updatedAt: seconds(state) });
    if (input.is_active !== undefined) hook.isActive = input.is_active;
    if (input.headers !== undefined) hook.headers = input.headers;
    return v3(hookJson(state, hook));
  }),
  route("deleteWebhook", ({ state, params }) => {
    const hook = findHook(state, params[0]);
    state.webhooks.hooks.delete(hook.id);
    return v3(hookJson(state, hook));
  }),
];
