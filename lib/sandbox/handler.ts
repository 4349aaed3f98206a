// The sandbox's HTTP face: BigCommerce's paths, headers, status codes and error bodies,
// as one standard (Request) => Promise<Response> handler.
import { z } from "zod";
import { scopeFor } from "../bigcommerce/scopes";
import { SEED_CUSTOMERS, SEED_PRODUCTS } from "./seed";
import { SandboxError, SandboxStore, type Address } from "./store";

export type SandboxHandler = (request: Request) => Promise<Response>;

export interface SandboxKnobs {
  /** Added to every BigCommerce call, in milliseconds. */
  latencyMs: number;
  /** Fraction (0..1) of calls answered 429, with BigCommerce's rate-limit headers. */
  rate429: number;
  /** Fraction (0..1) of writes that are carried out but answered 500, as if the response was lost. */
  rateLost: number;
  /** Operations that are carried out but answered 500 every time (a lost response drill). */
  loseOperations: string[];
  /** Fraction (0..1) of calls answered 500. */
  rate500: number;
  /** Requests allowed per 30-second window before 429, as BigCommerce's per-store quota. */
  quota: number;
  /** Operations (by operation id, e.g. "getOrder") that always answer 500: an outage drill. */
  failOperations: string[];
  /** OAuth scopes the API account lacks (e.g. "store_v2_orders"): their operations answer 403. */
  deniedScopes: string[];
}

export interface SandboxOptions {
  storeHash: string;
  accessToken: string;
  imageBaseUrl?: string;
  knobs?: Partial<SandboxKnobs>;
  /** Seed for the fault injection, so a drill can be replayed. */
  seed?: number;
  /** Which documented shape the checkout-token response takes (API-NOTES §6.3). */
  tokenResponseShape?: "example" | "schema";
  now?: () => number;
}

export interface SandboxStats {
  /** BigCommerce calls received, by operation id. */
  calls: Record<string, number>;
  total: number;
  /** When each recent call started and ended (ms, this process's clock): shows which ran in sequence. */
  trace: { operation: string; start: number; end: number }[];
}

const TRACE_LIMIT = 500;

export interface Sandbox {
  handler: SandboxHandler;
  store: SandboxStore;
  knobs: SandboxKnobs;
  stats: SandboxStats;
  resetStats(): void;
}

type Family = "v3" | "v2" | "payments";

interface Route {
  method: string;
  pattern: RegExp;
  family: Family;
  operation: string;
  run: (ctx: RouteContext) => Response | Promise<Response>;
}

interface RouteContext {
  params: string[];
  url: URL;
  request: Request;
  body: () => Promise<unknown>;
}

const STATUS_DOCS = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";
const RATE_WINDOW_MS = 30_000;
const PAYMENTS_ACCEPT = "application/vnd.bc.v1+json";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

const v3 = (data: unknown, status = 200) => json(status, { data, meta: {} });
const v2List = (items: unknown[]) =>
  items.length ? json(200, items) : new Response(null, { status: 204 });

function errorResponse(family: Family, operation: string, e: SandboxError): Response {
  if (family === "v2") return json(e.status, [{ status: e.status, message: e.detail ?? e.title }]);
  if (family === "payments") {
    return json(e.status, {
      status: e.status,
      title: e.title,
      type: STATUS_DOCS,
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.errors ? { errors: e.errors } : {}),
    });
  }
  if (operation === "getCheckout" && e.status === 404) {
    // The one checkout operation documented with an array-wrapped error (API-NOTES §2.5).
    return json(404, {
      errors: [{ status: 404, title: e.title, type: STATUS_DOCS, detail: e.detail ?? e.title }],
    });
  }
  if (operation === "createCheckoutToken" && e.status === 422) {
    // Documented with `status` as the string "422".
    return json(422, { status: "422", title: e.title, type: STATUS_DOCS });
  }
  return json(e.status, {
    status: e.status,
    title: e.title,
    type: STATUS_DOCS,
    ...(e.detail ? { detail: e.detail } : {}),
    errors: e.errors ?? {},
  });
}

/** zod issues → BigCommerce's 422 with an `errors` map keyed by field path. */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".") || "body"] = issue.message;
  throw new SandboxError(422, "Invalid input", "Missing or invalid data.", undefined, errors);
}

const lineItemInput = z.object({
  product_id: z.number().int(),
  variant_id: z.number().int().optional(),
  quantity: z.number().int().min(1),
});

const addressInput = z.object({
  first_name: z.string().default(""),
  last_name: z.string().default(""),
  email: z.string().min(1),
  company: z.string().default(""),
  address1: z.string().default(""),
  address2: z.string().default(""),
  city: z.string().default(""),
  state_or_province: z.string().default(""),
  state_or_province_code: z.string().default(""),
  country_code: z.string().min(2).max(2),
  postal_code: z.string().default(""),
  phone: z.string().default(""),
});

const consignmentInput = z
  .object({
    address: addressInput.optional(),
    shipping_address: addressInput.optional(),
    line_items: z.array(z.object({ item_id: z.string(), quantity: z.number().int().min(1) })),
  })
  .transform((c, ctx) => {
    const address = c.address ?? c.shipping_address;
    if (!address) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "address is required" });
      return z.NEVER;
    }
    return { address: address as Address, line_items: c.line_items };
  });

const mulberry32 = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export function createSandbox(options: SandboxOptions): Sandbox {
  const now = options.now ?? Date.now;
  const store = new SandboxStore({
    storeHash: options.storeHash,
    imageBaseUrl: options.imageBaseUrl ?? "",
    now,
  });
  // 450 per 30 s is BigCommerce's Pro plan quota (API-NOTES §2.6).
  const knobs: SandboxKnobs = {
    latencyMs: 0,
    rate429: 0,
    rate500: 0,
    rateLost: 0,
    loseOperations: [],
    quota: 450,
    failOperations: [],
    deniedScopes: [],
    ...options.knobs,
  };
  const random = mulberry32(options.seed ?? 1);
  const customers: {
    id: number;
    email: string;
    password: string;
    firstName: string;
    lastName: string;
  }[] = SEED_CUSTOMERS.map((c) => ({ ...c }));
  const stats: SandboxStats = { calls: {}, total: 0, trace: [] };
  let windowStart = now();
  let used = 0;

  const routes: Route[] = [
    // ---- catalog ----
    {
      method: "GET",
      pattern: /^\/v3\/catalog\/products$/,
      family: "v3",
      operation: "getProducts",
      run: ({ url }) => {
        const include = new Set((url.searchParams.get("include") ?? "").split(",").filter(Boolean));
        const ids = url.searchParams.get("id:in")?.split(",").map(Number);
        const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 250);
        const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
        const matching = SEED_PRODUCTS.filter((p) => !ids || ids.includes(p.id));
        const slice = matching.slice((page - 1) * limit, page * limit);
        return json(200, {
          data: slice.map((p) => store.productJson(p, include)),
          meta: {
            pagination: {
              total: matching.length,
              count: slice.length,
              per_page: limit,
              current_page: page,
              total_pages: Math.max(1, Math.ceil(matching.length / limit)),
              links: { current: `?page=${page}&limit=${limit}` },
            },
          },
        });
      },
    },
    {
      method: "GET",
      pattern: /^\/v3\/catalog\/products\/(\d+)$/,
      family: "v3",
      operation: "getProduct",
      run: ({ params, url }) => {
        const product = SEED_PRODUCTS.find((p) => p.id === Number(params[0]));
        if (!product) throw new SandboxError(404, "The requested product was not found.");
        const include = new Set((url.searchParams.get("include") ?? "").split(",").filter(Boolean));
        return v3(store.productJson(product, include));
      },
    },
    // ---- carts ----
    {
      method: "POST",
      pattern: /^\/v3\/carts$/,
      family: "v3",
      operation: "createCart",
      run: async ({ body }) => {
        const input = parse(
          z.object({
            customer_id: z.number().int().min(0).optional(),
            channel_id: z.number().int().optional(),
            line_items: z.array(lineItemInput).default([]),
          }),
          await body(),
        );
        return v3(store.cartJson(store.createCart(input)), 201);
      },
    },
    {
      method: "GET",
      pattern: /^\/v3\/carts\/([\w-]+)$/,
      family: "v3",
      operation: "getCart",
      run: ({ params }) => v3(store.cartJson(store.getCart(params[0]))),
    },
    {
      method: "POST",
      pattern: /^\/v3\/carts\/([\w-]+)\/items$/,
      family: "v3",
      operation: "addCartLineItems",
      run: async ({ params, body }) => {
        const input = parse(
          z.object({ line_items: z.array(lineItemInput).default([]) }),
          await body(),
        );
        return v3(store.cartJson(store.addCartItems(params[0], input.line_items)), 201);
      },
    },
    {
      method: "PUT",
      pattern: /^\/v3\/carts\/([\w-]+)\/items\/([\w-]+)$/,
      family: "v3",
      operation: "updateCartLineItem",
      run: async ({ params, body }) => {
        const input = parse(
          z.object({
            line_item: z.object({
              quantity: z.number().int().min(1),
              product_id: z.number().int(),
            }),
          }),
          await body(),
        );
        return v3(
          store.cartJson(store.updateCartItem(params[0], params[1], input.line_item.quantity)),
        );
      },
    },
    {
      method: "PUT",
      pattern: /^\/v3\/carts\/([\w-]+)$/,
      family: "v3",
      operation: "updateCart",
      run: async ({ params, body }) => {
        const input = parse(z.object({ customer_id: z.number().int().min(0) }), await body());
        // Documented as 201, unlike most updates.
        return v3(store.cartJson(store.setCartCustomer(params[0], input.customer_id)), 201);
      },
    },
    {
      method: "DELETE",
      pattern: /^\/v3\/carts\/([\w-]+)\/items\/([\w-]+)$/,
      family: "v3",
      operation: "deleteCartLineItem",
      run: ({ params }) => {
        const cart = store.deleteCartItem(params[0], params[1]);
        return cart ? v3(store.cartJson(cart)) : new Response(null, { status: 204 });
      },
    },
    // ---- checkouts ----
    {
      method: "GET",
      pattern: /^\/v3\/checkouts\/([\w-]+)$/,
      family: "v3",
      operation: "getCheckout",
      run: ({ params, url }) =>
        v3(store.checkoutJson(store.getCart(params[0]), includesShippingOptions(url))),
    },
    {
      method: "POST",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/billing-address$/,
      family: "v3",
      operation: "addCheckoutBillingAddress",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const address = parse(addressInput, raw) as Address;
        const cart = store.setBillingAddress(params[0], address, versionOf(raw));
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "PUT",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/billing-address\/(\w+)$/,
      family: "v3",
      operation: "updateCheckoutBillingAddress",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const address = parse(addressInput, raw) as Address;
        const cart = store.setBillingAddress(params[0], address, versionOf(raw), params[1]);
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/consignments$/,
      family: "v3",
      operation: "addCheckoutConsignment",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const consignments = parse(z.array(consignmentInput).min(1), raw);
        const version = Array.isArray(raw) ? versionOf(raw[0]) : undefined;
        const cart = store.addConsignments(params[0], consignments, version);
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "PUT",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/consignments\/(\w+)$/,
      family: "v3",
      operation: "updateCheckoutConsignment",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const input = parse(
          z.object({
            address: addressInput.optional(),
            shipping_address: addressInput.optional(),
            line_items: z
              .array(z.object({ item_id: z.string(), quantity: z.number().int().min(1) }))
              .optional(),
            shipping_option_id: z.string().optional(),
          }),
          raw,
        );
        const cart = store.updateConsignment(
          params[0],
          params[1],
          {
            address: (input.address ?? input.shipping_address) as Address | undefined,
            line_items: input.line_items,
            shipping_option_id: input.shipping_option_id,
          },
          versionOf(raw),
        );
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/coupons$/,
      family: "v3",
      operation: "addCheckoutCoupon",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const input = parse(z.object({ coupon_code: z.string().min(1).max(50) }), raw);
        const cart = store.applyCoupon(params[0], input.coupon_code, versionOf(raw));
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "DELETE",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/coupons\/([^/]+)$/,
      family: "v3",
      operation: "deleteCheckoutCoupon",
      run: async ({ params, body, url }) => {
        const cart = store.removeCoupon(
          params[0],
          decodeURIComponent(params[1]),
          versionOf(await body()),
        );
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "PUT",
      pattern: /^\/v3\/checkouts\/([\w-]+)$/,
      family: "v3",
      operation: "updateCheckout",
      run: async ({ params, body, url }) => {
        const raw = await body();
        const input = parse(z.object({ customer_message: z.string().max(2000) }), raw);
        const cart = store.setCustomerMessage(params[0], input.customer_message, versionOf(raw));
        return v3(store.checkoutJson(cart, includesShippingOptions(url)));
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/token$/,
      family: "v3",
      operation: "createCheckoutToken",
      run: async ({ params, body }) => {
        const raw = await body();
        // Defaults are undocumented (API-NOTES §16.2); the sandbox picks the documented examples.
        parse(
          z.object({
            maxUses: z.number().int().min(1).default(1),
            ttl: z.number().int().min(1).max(2_592_000).default(86_400),
          }),
          raw ?? {},
        );
        const checkoutToken = store.createCheckoutToken(params[0]);
        return options.tokenResponseShape === "schema"
          ? json(200, { checkoutToken, meta: {} })
          : json(200, { data: { checkoutToken, meta: {} } });
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/checkouts\/([\w-]+)\/orders$/,
      family: "v3",
      operation: "createOrder",
      run: ({ params }) => v3({ id: store.createOrder(params[0]).id }),
    },
    // ---- customers ----
    {
      method: "POST",
      pattern: /^\/v3\/customers\/validate-credentials$/,
      family: "v3",
      operation: "validateCustomerCredentials",
      run: async ({ body }) => {
        const input = parse(
          z.object({
            email: z.string().min(1),
            password: z.string().min(1),
            channel_id: z.number().int().optional(),
          }),
          await body(),
        );
        const customer = customers.find(
          (c) =>
            c.email.toLowerCase() === input.email.trim().toLowerCase() &&
            c.password === input.password,
        );
        // Not wrapped in `data` (API-NOTES §10).
        return json(200, { is_valid: Boolean(customer), customer_id: customer?.id ?? null });
      },
    },
    {
      method: "GET",
      pattern: /^\/v3\/customers$/,
      family: "v3",
      operation: "getCustomers",
      run: ({ url }) => {
        const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 250);
        const list = customers.slice(0, limit).map((c) => ({
          id: c.id,
          email: c.email,
          first_name: c.firstName,
          last_name: c.lastName,
        }));
        return json(200, {
          data: list,
          meta: {
            pagination: {
              total: customers.length,
              count: list.length,
              per_page: limit,
              current_page: 1,
              total_pages: 1,
              links: { current: "?page=1" },
            },
          },
        });
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/customers$/,
      family: "v3",
      operation: "createCustomers",
      run: async ({ body }) => {
        const input = parse(
          z
            .array(
              z.object({
                email: z.string().email(),
                first_name: z.string().min(1),
                last_name: z.string().min(1),
                authentication: z.object({ new_password: z.string().min(7) }).optional(),
              }),
            )
            .min(1),
          await body(),
        );
        const created = input.map((c) => {
          if (customers.some((x) => x.email.toLowerCase() === c.email.toLowerCase())) {
            throw new SandboxError(422, "Error creating customers", undefined, undefined, {
              ".customer_create": `The email address ${c.email} is already in use.`,
            });
          }
          const customer = {
            id: Math.max(...customers.map((x) => x.id)) + 1,
            email: c.email,
            password: c.authentication?.new_password ?? "",
            firstName: c.first_name,
            lastName: c.last_name,
          };
          customers.push(customer);
          return customer;
        });
        return v3(
          created.map((c) => ({
            id: c.id,
            email: c.email,
            first_name: c.firstName,
            last_name: c.lastName,
            date_created: new Date(now()).toISOString(),
          })),
        );
      },
    },
    // ---- payments (management host) ----
    {
      method: "GET",
      pattern: /^\/v3\/payments\/methods$/,
      family: "payments",
      operation: "getPaymentMethods",
      run: ({ url }) => {
        const orderId = url.searchParams.get("order_id");
        const checkoutId = url.searchParams.get("checkout_id");
        if (orderId) store.getOrderForPayments(Number(orderId));
        else if (checkoutId) store.getCart(checkoutId);
        else throw new SandboxError(400, "Required Fields: order_id or checkout_id");
        return v3(store.paymentMethodsJson());
      },
    },
    {
      method: "POST",
      pattern: /^\/v3\/payments\/access_tokens$/,
      family: "payments",
      operation: "createPaymentAccessToken",
      run: async ({ body }) => {
        const input = parse(
          z.object({
            order: z.object({ id: z.number().int().min(1), is_recurring: z.boolean().optional() }),
          }),
          await body(),
        );
        return v3({ id: store.createPaymentAccessToken(input.order.id) }, 201);
      },
    },
    // ---- store information (v2) ----
    {
      method: "GET",
      pattern: /^\/v2\/time$/,
      family: "v2",
      operation: "getSystemTimestamp",
      run: () => json(200, { time: Math.floor(now() / 1000) }),
    },
    // ---- orders (v2) ----
    {
      method: "GET",
      pattern: /^\/v2\/orders$/,
      family: "v2",
      operation: "getOrders",
      run: ({ url }) => {
        const customerId = url.searchParams.get("customer_id");
        const orders = store.listOrders({
          cartId: url.searchParams.get("cart_id") ?? undefined,
          email: url.searchParams.get("email") ?? undefined,
          customerId: customerId === null ? undefined : Number(customerId),
        });
        return v2List(orders.map((o) => store.orderJson(o)));
      },
    },
    {
      method: "GET",
      pattern: /^\/v2\/orders\/(\d+)$/,
      family: "v2",
      operation: "getOrder",
      run: ({ params }) => json(200, store.orderJson(store.getOrder(Number(params[0])))),
    },
    {
      method: "GET",
      pattern: /^\/v2\/orders\/(\d+)\/products$/,
      family: "v2",
      operation: "getOrderProducts",
      run: ({ params }) => v2List(store.orderProductsJson(store.getOrder(Number(params[0])))),
    },
    {
      method: "GET",
      pattern: /^\/v2\/orders\/(\d+)\/shipping_addresses$/,
      family: "v2",
      operation: "getOrderShippingAddresses",
      run: ({ params }) =>
        v2List(store.orderShippingAddressesJson(store.getOrder(Number(params[0])))),
    },
    {
      method: "GET",
      pattern: /^\/v2\/orders\/(\d+)\/coupons$/,
      family: "v2",
      operation: "getOrderCoupons",
      run: ({ params }) => v2List(store.orderCouponsJson(store.getOrder(Number(params[0])))),
    },
    {
      method: "GET",
      pattern: /^\/v3\/orders\/(\d+)\/transactions$/,
      family: "v3",
      operation: "getOrderTransactions",
      run: ({ params }) => {
        const transactions = store.orderTransactionsJson(store.getOrder(Number(params[0])));
        if (!transactions.length) return new Response(null, { status: 204 });
        return json(200, {
          data: transactions,
          meta: {
            pagination: {
              total: transactions.length,
              count: transactions.length,
              per_page: 50,
              current_page: 1,
              total_pages: 1,
              links: { previous: null, current: "?page=1&limit=50", next: null },
            },
          },
        });
      },
    },
    // ---- payments host ----
    {
      method: "POST",
      pattern: /^\/payments$/,
      family: "payments",
      operation: "PaymentsPost",
      run: async ({ request, body }) => {
        const input = parse(
          z.object({
            payment: z.object({
              payment_method_id: z.string().min(1),
              save_instrument: z.boolean().optional(),
              instrument: z.object({
                type: z.string(),
                number: z.string().optional(),
                cardholder_name: z.string().optional(),
                expiry_month: z.number().int().min(1).max(12).optional(),
                expiry_year: z.number().int().optional(),
                verification_value: z.string().min(3).max(4).optional(),
              }),
            }),
          }),
          await body(),
        );
        const pat = patOf(request);
        return json(201, { data: store.processPayment(pat, input.payment) });
      },
    },
  ];

  async function handler(request: Request): Promise<Response> {
    const url = new URL(request.url);

    if (url.pathname.startsWith("/__sandbox/")) return sandboxControl(url, request);

    const match = url.pathname.match(/^\/stores\/([^/]+)(\/.*)$/);
    if (!match) return json(404, { status: 404, title: "Not Found", type: STATUS_DOCS });
    const [, storeHash, apiPath] = match;
    const candidates = routes.filter((r) => r.pattern.test(apiPath));
    const route = candidates.find((r) => r.method === request.method);
    // Error bodies follow the API family of the operation (API-NOTES §2.5).
    const family: Family = route?.family ?? (apiPath.startsWith("/v2/") ? "v2" : "v3");
    const operation = route?.operation ?? "unknown";
    stats.total += 1;
    stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
    const call = { operation, start: performance.now(), end: 0 };
    if (stats.trace.length < TRACE_LIMIT) stats.trace.push(call);
    try {
      return await answer();
    } finally {
      call.end = performance.now();
    }

    async function answer(): Promise<Response> {
      if (knobs.latencyMs > 0) await sleep(knobs.latencyMs, request.signal);

      const headers = rateLimitHeaders();
      const withHeaders = (response: Response) => {
        for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
        return response;
      };

      try {
        if (apiPath === "/payments") {
          // The payments host authenticates with the PAT and insists on its own media type.
          if (!(request.headers.get("accept") ?? "").includes(PAYMENTS_ACCEPT)) {
            throw new SandboxError(406, "Not Acceptable", `Accept must be ${PAYMENTS_ACCEPT}.`);
          }
        } else if (
          request.headers.get("x-auth-token") !== options.accessToken ||
          storeHash !== options.storeHash
        ) {
          throw new SandboxError(
            401,
            "Unauthorized",
            "The v3 Auth client ID or token in the request are not a valid combination for this store.",
          );
        }
        if (storeHash !== options.storeHash) throw new SandboxError(404, "Store not found");
        if (!route) {
          if (candidates.length) throw new SandboxError(405, "Method Not Allowed");
          throw new SandboxError(404, "The requested resource was not found.");
        }
        const scope = scopeFor(operation);
        if (scope && knobs.deniedScopes.includes(scope.scope)) {
          throw new SandboxError(403, "You don't have a required scope to access the endpoint");
        }
        const overQuota = used > knobs.quota;
        if (overQuota || (knobs.rate429 > 0 && random() < knobs.rate429)) {
          // An injected 429 stands for a brief spike: its quota refreshes within a few hundred ms.
          if (!overQuota)
            headers["X-Rate-Limit-Time-Reset-Ms"] = String(50 + Math.floor(random() * 250));
          return withHeaders(
            json(
              429,
              { status: 429, title: "Too many requests", type: STATUS_DOCS, errors: {} },
              {
                "X-Retry-After": String(
                  Math.ceil(Number(headers["X-Rate-Limit-Time-Reset-Ms"]) / 1000),
                ),
              },
            ),
          );
        }
        if (
          (knobs.rate500 > 0 && random() < knobs.rate500) ||
          knobs.failOperations.includes(operation)
        ) {
          throw new SandboxError(
            500,
            "Internal Server Error",
            "The sandbox injected a server error.",
          );
        }
        const params = apiPath.match(route.pattern)!.slice(1);
        const body = async () => {
          const text = await request.text();
          if (!text) return undefined;
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new SandboxError(400, "Bad Request", "The request body is not valid JSON.");
          }
        };
        const response = await route.run({ params, url, request, body });
        const lost =
          knobs.loseOperations.includes(operation) ||
          (request.method !== "GET" && knobs.rateLost > 0 && random() < knobs.rateLost);
        if (lost) {
          throw new SandboxError(
            500,
            "Internal Server Error",
            "The sandbox did the work but lost the response.",
          );
        }
        return withHeaders(response);
      } catch (e) {
        if (e instanceof SandboxError) return withHeaders(errorResponse(family, operation, e));
        console.error("[sandbox] unexpected error", e);
        return withHeaders(
          errorResponse(family, operation, new SandboxError(500, "Internal Server Error")),
        );
      }
    }
  }

  function rateLimitHeaders(): Record<string, string> {
    const t = now();
    if (t - windowStart >= RATE_WINDOW_MS) {
      windowStart = t;
      used = 0;
    }
    used += 1;
    const resetMs = RATE_WINDOW_MS - (t - windowStart);
    return {
      "X-Rate-Limit-Time-Window-Ms": String(RATE_WINDOW_MS),
      "X-Rate-Limit-Time-Reset-Ms": String(resetMs),
      "X-Rate-Limit-Requests-Quota": String(knobs.quota),
      "X-Rate-Limit-Requests-Left": String(Math.max(0, knobs.quota - used)),
    };
  }

  function resetStats() {
    stats.calls = {};
    stats.total = 0;
    stats.trace = [];
  }

  /** Not a BigCommerce API: lets tests and benchmarks read call counts and turn the knobs. */
  async function sandboxControl(url: URL, request: Request): Promise<Response> {
    if (url.pathname === "/__sandbox/stats" && request.method === "GET") return json(200, stats);
    if (url.pathname === "/__sandbox/stats/reset" && request.method === "POST") {
      resetStats();
      return json(200, stats);
    }
    if (url.pathname === "/__sandbox/knobs" && request.method === "POST") {
      const input = z
        .object({
          latencyMs: z.number().min(0).max(60_000).optional(),
          rate429: z.number().min(0).max(1).optional(),
          rate500: z.number().min(0).max(1).optional(),
          rateLost: z.number().min(0).max(1).optional(),
          loseOperations: z.array(z.string()).optional(),
          quota: z.number().int().min(1).optional(),
          failOperations: z.array(z.string()).optional(),
          deniedScopes: z.array(z.string()).optional(),
        })
        .safeParse(await request.json().catch(() => null));
      if (!input.success)
        return json(400, { error: "latencyMs, rate429, rate500, quota expected" });
      Object.assign(knobs, input.data);
      return json(200, knobs);
    }
    return json(404, { error: "unknown sandbox control route" });
  }

  return { handler, store, knobs, stats, resetStats };
}

function includesShippingOptions(url: URL): boolean {
  return (url.searchParams.get("include") ?? "")
    .split(",")
    .includes("consignments.available_shipping_options");
}

function versionOf(raw: unknown): unknown {
  return raw && typeof raw === "object" && "version" in raw
    ? (raw as { version: unknown }).version
    : undefined;
}

function patOf(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = header.match(/^PAT (\S+)$/);
  if (!match)
    throw new SandboxError(401, "Unauthorized", "Authorization: PAT <token> is required.");
  return match[1];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
