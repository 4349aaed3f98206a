// createCartRedirectURL (docs/bigcommerce.md §4.2, §20): a cart's three single-use links into
// the store's own checkout, on the sandbox's checkout origin.
import { z } from "zod";
import { liveCart } from "../carts";
import { parse } from "../http/request";
import { v3 } from "../http/responses";
import { route } from "../http/routes";
import type { SandboxState } from "../state";
import { randomId } from "./state";

/** A cart's redirect URLs as createCartRedirectURL answers them (absolute URLs). */
export interface CartRedirectUrls {
  cart_url: string;
  checkout_url: string;
  embedded_checkout_url: string;
}

/**
 * Where the links point: the checkout origin set by the server that serves the pages
 * (`checkoutOrigin` option, default its own origin); a sandbox no server listens for yet gets
 * BigCommerce's store-domain shape, which nothing serves.
 */
function checkoutOrigin(state: SandboxState): string {
  return state.embedded.checkoutOrigin || `https://store-${state.storeHash}.mybigcommerce.com`;
}

/**
 * Mints one single-use token (32 random bytes, 64 hex digits) for the live cart `cartId` and
 * answers the three URLs that carry it: `cart.php?action=load`, `cart.php?action=loadInCheckout`
 * and the same with `embedded=1` first, each with `id` and `token`, then `queryParams` appended.
 * Visiting any one of them uses the token. Throws SandboxError 404 for an unknown or expired cart.
 */
export function createRedirectUrls(
  state: SandboxState,
  cartId: string,
  queryParams: ReadonlyArray<[string, string]> = [],
): CartRedirectUrls {
  const cart = liveCart(state, cartId);
  const token = randomId(32);
  state.embedded.redirectTokens.set(token, {
    cartId: cart.id,
    issuedAt: state.now(),
    used: false,
  });
  const link = (params: [string, string][]) => {
    const url = new URL("/cart.php", checkoutOrigin(state));
    for (const [k, v] of [...params, ["id", cart.id], ["token", token], ...queryParams]) {
      url.searchParams.append(k, v);
    }
    return url.href;
  };
  return {
    cart_url: link([["action", "load"]]),
    checkout_url: link([["action", "loadInCheckout"]]),
    embedded_checkout_url: link([
      ["embedded", "1"],
      ["action", "loadInCheckout"],
    ]),
  };
}

/** The documented body: optional `query_params`, string values only (others are ignored). */
const redirectInput = z
  .object({ query_params: z.record(z.string(), z.unknown()).optional() })
  .optional();

/** createCartRedirectURL: 201 `{data: {cart_url, checkout_url, embedded_checkout_url}, meta: {}}`. */
export const redirectUrlRoutes = [
  route("createCartRedirectURL", async ({ state, params, body }) => {
    const input = parse(redirectInput, await body());
    const extra = Object.entries(input?.query_params ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    );
    return v3(createRedirectUrls(state, params[0], extra), 201);
  }),
];
