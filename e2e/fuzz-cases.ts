// The fuzz suite's matrix (fuzz.spec.ts): every route of the app, each as one ordinary request,
// and one case per hostile value put into one place of that request (a header, the cookie, the
// query, a path segment, the method, the body's type or a form field). One value at a time, so a
// failing case names what broke it.
import {
  actionFetch,
  actionFormPost,
  hostileForms,
  OTHER_BODIES,
  urlEncoded,
  type Field,
} from "./fuzz-forms";
import type { Fuzzer, Victim } from "./fuzz-shoppers";
import {
  HOSTILE_HEADERS,
  HOSTILE_IDS,
  hostileCookies,
  hostileQueries,
  PROTOTYPE_NAMES,
  rotate,
} from "./fuzz-values";

export interface FuzzCase {
  /** The route's name, e.g. "/cart" or "signInAction on /sign-in". */
  route: string;
  /** Where the hostile value is, e.g. "header origin", "cookie", "form post". */
  kind: string;
  /** The hostile value, as shown in reports. */
  value: string;
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** A status the acceptance asks of this case, besides never a 5xx. */
  expectStatus?: number;
}

/** A route as an ordinary request; each case changes one thing of it. */
type Route = Pick<FuzzCase, "method" | "path" | "headers" | "body"> & { name: string };

export interface MatrixInputs {
  /** The target app's origin, e.g. http://localhost:3000. */
  origin: string;
  victim: Victim;
  fuzzer: Fuzzer;
  /** The webhook secret header's value, where the target receives webhooks. */
  webhookSecret?: string;
}

/** The cookie of a request without a session (Playwright's cookie jar is never used). */
const NO_SESSION = "fz=1";

const get = (path: string, cookie = NO_SESSION, name = path): Route => ({
  name,
  method: "GET",
  path,
  headers: { cookie },
});

function routes({ origin, victim, fuzzer, webhookSecret }: MatrixInputs): Route[] {
  const own = fuzzer.cookie;
  const confirmation = `/order-confirmation/${victim.orderId}`;
  const post = (name: string, path: string, headers: Record<string, string>, body?: Buffer) => ({
    name,
    method: "POST",
    path,
    headers: { cookie: own, origin, ...headers },
    body,
  });
  const payment: Field[] = [
    ["expectedTotal", "1.00"],
    ["cardholderName", "Fuzz Tester"],
    ["cardNumber", "4000 0000 0000 0002"],
    ["cardExpiry", "12/34"],
    ["cardCvv", "123"],
  ];
  return [
    get("/"),
    get(`/products/${fuzzer.productId}`),
    get("/cart", own),
    get("/checkout", own),
    get("/sign-in"),
    get("/sign-up"),
    get("/order-lookup"),
    get("/order-lookup/1/status", own, "an order's status without a lookup"),
    get("/account", own),
    get(confirmation, NO_SESSION, "the victim's confirmation"),
    get(confirmation, own, "the victim's confirmation, fuzzer's session"),
    get(`${confirmation}?t=${victim.spentToken}`, own, "the victim's spent link"),
    get(`/order-confirmation/2147483647?t=${"0".repeat(64)}`, NO_SESSION, "an unknown link"),
    get("/no-such-page/x"),
    get("/api/health"),
    get("/api/ping"),
    get("/ping"),
    post(
      "place-order",
      "/checkout/place-order",
      {
        "content-type": "application/x-www-form-urlencoded",
      },
      urlEncoded(payment),
    ),
    post("recover", "/checkout/recover", {}),
    post(
      "webhook",
      "/api/webhooks/bigcommerce",
      {
        "content-type": "application/json",
        ...(webhookSecret ? { "x-storefront-webhook-secret": webhookSecret } : {}),
      },
      Buffer.from(
        '{"scope":"store/product/updated","store_id":"1","data":{"type":"product","id":111},"hash":"x","created_at":1,"producer":"stores/sandbox"}',
      ),
    ),
    ...fuzzer.forms.map((form) => {
      const { headers, body } = actionFetch(form.actionId, Object.entries(form.fields));
      return post(`${form.name} on ${form.page}`, form.page, headers, body);
    }),
  ];
}

/** A change to a route's request; a header set to undefined is left out. */
type Change = Partial<Pick<FuzzCase, "method" | "path" | "body" | "expectStatus">> & {
  headers?: Record<string, string | undefined>;
};

function withCase(route: Route, kind: string, value: string, change: Change = {}): FuzzCase {
  const headers = Object.entries({ ...route.headers, ...change.headers }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return {
    route: route.name,
    kind,
    value: show(value),
    method: route.method,
    path: route.path,
    body: route.body,
    ...change,
    headers: Object.fromEntries(headers),
  };
}

export const show = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);

/**
 * Values of each header per route, in turns: more for Accept-Language (the header the issue found
 * first) and for those a server action checks (Origin, Host, X-Forwarded-Host, Content-Type and
 * Next-Action), one for the rest.
 */
const HEADER_VALUES_PER_ROUTE: Record<string, number> = {
  "accept-language": 3,
  origin: 2,
  host: 2,
  "x-forwarded-host": 2,
  "content-type": 2,
  "next-action": 2,
};

/**
 * The victim's confirmation, with no session (the proxy answers) and with the fuzzer's (the page
 * answers), gets every header value and cookie, where other routes get turns.
 */
const isConfirmation = (route: Route) => route.name.startsWith("the victim's confirmation");

/** Sent to every route whatever its turn: the prototype names that once broke every page. */
const EVERY_ROUTE = new Set(PROTOTYPE_NAMES.slice(0, 3) as readonly string[]);

/** Each route with hostile values in each header, and with hostile cookies. */
function headerCases(all: Route[], fuzzer: Fuzzer): FuzzCase[] {
  const cookies = hostileCookies(fuzzer.sealed);
  const headerValues = (route: Route, index: number, name: string, values: string[]) => {
    if (isConfirmation(route)) return values;
    const always = name === "accept-language" ? values.filter((v) => EVERY_ROUTE.has(v)) : [];
    const rest = values.filter((v) => !always.includes(v));
    return [...always, ...rotate(rest, index, HEADER_VALUES_PER_ROUTE[name] ?? 1)];
  };
  return all.flatMap((route, index) => [
    ...Object.entries(HOSTILE_HEADERS).flatMap(([name, values]) =>
      headerValues(route, index, name, values).map((value) =>
        withCase(route, `header ${name}`, value, { headers: { [name]: value } }),
      ),
    ),
    ...rotate(cookies, index, isConfirmation(route) ? cookies.length : 4).map((cookie) =>
      withCase(route, "cookie", cookie, { headers: { cookie } }),
    ),
  ]);
}

/** The GET routes with hostile query strings. */
function queryCases(all: Route[], victim: Victim): FuzzCase[] {
  const queries = hostileQueries(victim.spentToken);
  const pages = all.filter((route) => route.method === "GET");
  return pages.flatMap((route, index) =>
    rotate(queries, index, 8).map((query) =>
      withCase(route, "query", query, {
        path: `${route.path}${route.path.includes("?") ? "&" : "?"}${query}`,
      }),
    ),
  );
}

/**
 * Hostile ids and the victim's order id in every path that takes an id, with and without a link,
 * a session or the link-state header; and hostile segments (in turns) on paths that are no route.
 */
function pathCases({ fuzzer, victim }: MatrixInputs): FuzzCase[] {
  const own = { cookie: fuzzer.cookie };
  const victims = [`${victim.orderId}`, `${victim.orderId}%00`, `0${victim.orderId}`];
  const confirmation = (id: string) => `/order-confirmation/${id}`;
  // [name, path, extra headers, whether the app reads the id (then every id, else turns)]
  const shapes: [string, (id: string) => string, Record<string, string>, boolean][] = [
    ["/products/[id]", (id) => `/products/${id}`, {}, true],
    ["/order-confirmation/[id]", confirmation, {}, true],
    ["/order-confirmation/[id], fuzzer's session", confirmation, own, true],
    [
      "/order-confirmation/[id]?t=spent",
      (id) => `${confirmation(id)}?t=${victim.spentToken}`,
      own,
      true,
    ],
    [
      "/order-confirmation/[id], link header",
      confirmation,
      { "x-confirmation-link": "spent" },
      true,
    ],
    ["/[segment]", (id) => `/${id}`, {}, false],
    ["/api/[segment]", (id) => `/api/${id}`, {}, false],
  ];
  return shapes.flatMap(([name, path, headers, readsId], index) =>
    (readsId ? [...victims, ...HOSTILE_IDS] : rotate(HOSTILE_IDS, index, 12)).map((id) =>
      withCase(get(path(id), NO_SESSION, name), "path id", id, { headers }),
    ),
  );
}

// TRACE is left out: Next.js 16's server throws on it ("'TRACE' HTTP method is unsupported")
// before the proxy or any route runs, so no code of the app can answer it; production fronts
// (Vercel, a reverse proxy) refuse it themselves. Recorded in docs/deploy.md.
const METHODS = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST", "GET"];

/** Each route with every other method (its body kept), and with bodies of other types. */
function methodCases(all: Route[], origin: string): FuzzCase[] {
  return all.flatMap((route, index) => [
    ...METHODS.filter((m) => m !== route.method).map((method) =>
      withCase(route, "method", method, { method }),
    ),
    ...rotate(OTHER_BODIES, index, 4).map(({ label, contentType, body }) =>
      withCase(route, "body", label, {
        method: "POST",
        body,
        headers: { origin, "content-type": contentType ?? undefined },
      }),
    ),
  ]);
}

/**
 * Each form the app reads with each hostile body: place-order's (URL-encoded) and every server
 * action's, sent in turns as a plain form post and as a Next-Action call.
 */
function formCases(all: Route[], { fuzzer }: MatrixInputs): FuzzCase[] {
  const placeOrder = all.find((route) => route.path === "/checkout/place-order")!;
  const payment = {
    expectedTotal: "1.00",
    cardholderName: "F",
    cardNumber: "4",
    cardExpiry: "1",
    cardCvv: "1",
  };
  const orders = hostileForms(payment, 0).map((form) =>
    withCase(placeOrder, "form (URL-encoded)", form.label, { body: urlEncoded(form.fields) }),
  );
  const actions = fuzzer.forms.flatMap((action, turn) => {
    const route = all.find((r) => r.name === `${action.name} on ${action.page}`)!;
    return hostileForms(action.fields, turn + 1).map((form, i) => {
      const encode = (i + turn) % 2 ? actionFetch : actionFormPost;
      const { headers, body } = encode(action.actionId, form.fields);
      const kind = encode === actionFetch ? "form (Next-Action)" : "form (plain post)";
      return withCase(route, kind, form.label, {
        body,
        headers: { "next-action": undefined, accept: undefined, ...headers },
      });
    });
  });
  return [...orders, ...actions];
}

/** Server-action posts to every page naming ids that are not this build's. */
function bogusActionCases(all: Route[], origin: string): FuzzCase[] {
  const ids = ["deadbeef", "0".repeat(42), `7f${"0".repeat(40)}`, ...PROTOTYPE_NAMES, "", "%00"];
  const encodings = [actionFetch, actionFormPost];
  const pages = all.filter((route) => route.method === "GET");
  return pages.flatMap((route, index) =>
    rotate(ids, index, 3).map((id, i) => {
      const encode = encodings[(index + i) % 2];
      const { headers, body } = encode(id, [["a", "b"]]);
      const kind = encode === actionFetch ? "bogus action (header)" : "bogus action (field)";
      return withCase(route, kind, id, { method: "POST", body, headers: { ...headers, origin } });
    }),
  );
}

/** What the acceptance names: prototype-named languages answer 200 on / and 404 on a link. */
function acceptanceCases(): FuzzCase[] {
  return ["constructor", "__proto__", "toString"].flatMap((language) =>
    [get("/"), get("/order-confirmation/123456")].map((route) =>
      withCase(route, "header accept-language", language, {
        headers: { "accept-language": language },
        expectStatus: route.path === "/" ? 200 : 404,
      }),
    ),
  );
}

/** The whole matrix for one target. */
export function fuzzCases(inputs: MatrixInputs): FuzzCase[] {
  const all = routes(inputs);
  return [
    ...acceptanceCases(),
    ...headerCases(all, inputs.fuzzer),
    ...queryCases(all, inputs.victim),
    ...pathCases(inputs),
    ...methodCases(all, inputs.origin),
    ...formCases(all, inputs),
    ...bogusActionCases(all, inputs.origin),
  ];
}
