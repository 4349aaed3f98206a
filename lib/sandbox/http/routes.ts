// Routes keyed by the typed operation table: each names an OperationId, and its method, path
// pattern and error family come from OPERATIONS, so a misspelt id does not compile.
import { OPERATIONS, type ApiFamily, type OperationId } from "../../bigcommerce/operations";
import type { SandboxState } from "../state";

/** What a route's `run` receives for one request. */
export interface RouteContext {
  state: SandboxState;
  /** The path template's holes, in order, as matched (still URI-encoded). */
  params: string[];
  url: URL;
  request: Request;
  /** The request body parsed as JSON; undefined when empty. Throws SandboxError 400 when not JSON. */
  body: () => Promise<unknown>;
}

/** One operation's implementation, before its pattern is derived. */
export interface RouteEntry {
  operation: OperationId;
  run: (ctx: RouteContext) => Response | Promise<Response>;
  /** Error-body family when it differs from OPERATIONS[operation].family. */
  errorFamily?: ApiFamily;
}

/** A route ready to match: method, anchored pattern and error family from the operation table. */
export interface Route extends RouteEntry {
  method: string;
  pattern: RegExp;
  family: ApiFamily;
}

/** Declares the route for `operation` (a BigCommerce operation id from OPERATIONS). */
export function route(
  operation: OperationId,
  run: RouteEntry["run"],
  options: { errorFamily?: ApiFamily } = {},
): RouteEntry {
  return { operation, run, ...options };
}

/** What each path hole accepts; a hole not listed takes any one segment. */
const HOLE_PATTERNS: ReadonlyMap<string, string> = new Map([
  ["product_id", "\\d+"],
  ["order_id", "\\d+"],
  ["cartId", "[\\w-]+"],
  ["checkoutId", "[\\w-]+"],
  ["itemId", "[\\w-]+"],
  ["addressId", "\\w+"],
  ["consignmentId", "\\w+"],
  ["couponCode", "[^/]+"],
  ["webhook_id", "\\d+"],
  ["country_id", "\\d+"],
]);

/** "/v3/carts/{cartId}" → /^\/v3\/carts\/([\w-]+)$/ (each hole a capture group). */
function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const hole = part.match(/^\{([^}]+)\}$/);
      if (hole) return `(${HOLE_PATTERNS.get(hole[1]) ?? "[^/]+"})`;
      return part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** Derives each entry's method, pattern and family from OPERATIONS. */
export function compileRoutes(entries: RouteEntry[]): Route[] {
  return entries.map((entry) => {
    const spec = OPERATIONS[entry.operation];
    return {
      ...entry,
      method: spec.method,
      pattern: pathPattern(spec.path),
      family: entry.errorFamily ?? spec.family,
    };
  });
}

/** The outcome of matching a path below /stores/{store_hash}. */
export interface RouteMatch {
  route?: Route;
  /** True when some route has this path but not this method (405). */
  pathKnown: boolean;
  params: string[];
}

/** Finds the route for `method` and `apiPath` (e.g. "/v3/carts/abc"). */
export function matchRoute(routes: Route[], method: string, apiPath: string): RouteMatch {
  const candidates = routes.filter((r) => r.pattern.test(apiPath));
  const found = candidates.find((r) => r.method === method);
  return {
    route: found,
    pathKnown: candidates.length > 0,
    params: found ? apiPath.match(found.pattern)!.slice(1) : [],
  };
}
