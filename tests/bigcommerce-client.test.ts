// The BigCommerce client against the sandbox store over real HTTP: every operation the app uses,
// and the documented failures (401, 404, 409, 422, 204, payments error codes, timeouts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BigCommerceError,
  BigCommerceUnavailableError,
  createBigCommerceClient,
  type BigCommerceClient,
  type CheckoutAddressInput,
  type LineItemInput,
} from "@/lib/bigcommerce";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import { TEST_CARDS } from "@/lib/sandbox";
import { payWithCard, readyCheckout as readyCheckoutVia } from "./support/checkout";

let server: SandboxServer;
let bc: BigCommerceClient;

function clientFor(s: SandboxServer, overrides: { accessToken?: string; timeoutMs?: number } = {}) {
  return createBigCommerceClient({
    apiUrl: s.url,
    paymentsUrl: s.url,
    storeHash: "sandbox",
    accessToken: overrides.accessToken ?? "sandbox-access-token",
    timeoutMs: overrides.timeoutMs ?? 5000,
    // These tests are about what BigCommerce answers; retries have their own tests.
    retry: { maxAttempts: 1 },
  });
}

beforeAll(async () => {
  // A generous quota: this suite makes more calls than one 30-second window allows on a Pro plan.
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
  bc = clientFor(server);
});

afterAll(async () => {
  await server.close();
});

const address: CheckoutAddressInput = {
  first_name: "Grace",
  last_name: "Hopper",
  email: "grace@example.com",
  address1: "1 Compiler Way",
  city: "Arlington",
  state_or_province: "VA",
  country_code: "US",
  postal_code: "22201",
};

/** A checkout with an address and a chosen shipping option, ready to become an order. */
const readyCheckout = (items: LineItemInput[] = [{ product_id: 111, quantity: 2 }]) =>
  readyCheckoutVia(bc, items, address);

async function expectBigCommerceError(promise: Promise<unknown>): Promise<BigCommerceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BigCommerceError);
  return error as BigCommerceError;
}

describe("catalog", () => {
  it("lists visible products with images and variants", async () => {
    const products = await bc.listProducts();
    expect(products.length).toBeGreaterThanOrEqual(8);
    const tee = products.find((p) => p.name === "Organic Cotton T-Shirt")!;
    expect(tee.variants!.length).toBe(6);
    expect(tee.variants![0].option_values.map((o) => o.option_display_name)).toEqual([
      "Size",
      "Colour",
    ]);
    expect(tee.images![0].url_standard).toBe(`${server.url}/sandbox/products/tee.svg`);
  });

  it("filters by id and reads one product; an unknown product is a 404", async () => {
    const two = await bc.listProducts({ ids: [111, 118] });
    expect(two.map((p) => p.id)).toEqual([111, 118]);
    expect((await bc.getProduct(113)).name).toBe("Canvas Weekender Bag");
    expect((await expectBigCommerceError(bc.getProduct(999))).status).toBe(404);
  });

  it("serves the product images it links to", async () => {
    const response = await fetch(`${server.url}/sandbox/products/mug.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
  });
});

describe("carts", () => {
  it("creates a cart, adds items and removes them; removing the last item deletes the cart (204)", async () => {
    const cart = await bc.createCart({ lineItems: [{ product_id: 111, quantity: 1 }] });
    expect(cart.base_amount).toBe(18);
    const more = await bc.addCartLineItems(cart.id, [
      { product_id: 112, variant_id: 1123, quantity: 2 },
    ]);
    expect(more.line_items.physical_items.map((i) => [i.name, i.quantity])).toEqual([
      ["Stoneware Coffee Mug", 1],
      ["Organic Cotton T-Shirt", 2],
    ]);
    expect(more.line_items.physical_items[1].options).toEqual([
      { name: "Size", value: "M" },
      { name: "Colour", value: "Sand" },
    ]);
    const [mugLine, teeLine] = more.line_items.physical_items;
    expect(await bc.deleteCartLineItem(cart.id, mugLine.id)).not.toBeNull();
    expect(await bc.deleteCartLineItem(cart.id, teeLine.id)).toBeNull();
    expect((await expectBigCommerceError(bc.getCheckout(cart.id))).status).toBe(404);
  });

  it("refuses a product with options but no variant (422), and more than the stock (409)", async () => {
    const noVariant = await expectBigCommerceError(
      bc.createCart({ lineItems: [{ product_id: 112, quantity: 1 }] }),
    );
    expect(noVariant.status).toBe(422);
    expect(noVariant.detail).toBe("This product has options; variant ID is required");
    const tooMany = await expectBigCommerceError(
      bc.createCart({ lineItems: [{ product_id: 112, variant_id: 1126, quantity: 1 }] }),
    );
    expect(tooMany.status).toBe(409);
    expect(tooMany.detail).toContain("You can only purchase a maximum of 0");
  });
});

describe("checkouts", () => {
  it("adds a billing address, a consignment with shipping options, and selects one", async () => {
    const cart = await bc.createCart({ lineItems: [{ product_id: 114, quantity: 1 }] });
    const initial = await bc.getCheckout(cart.id);
    expect(initial.billing_address).toBeNull();
    expect(initial.consignments).toEqual([]);

    const billed = await bc.addBillingAddress(cart.id, address);
    expect(billed.billing_address?.email).toBe("grace@example.com");
    expect(billed.billing_address?.country).toBe("United States");

    const shipped = await bc.addConsignment(cart.id, {
      address,
      lineItems: [{ item_id: cart.line_items.physical_items[0].id, quantity: 1 }],
    });
    const options = shipped.consignments[0].available_shipping_options!;
    expect(options.map((o) => o.description)).toEqual([
      "Standard Shipping",
      "Express Shipping",
      "Pickup In Store",
    ]);

    const chosen = await bc.selectShippingOption(
      cart.id,
      shipped.consignments[0].id,
      options[1].id,
    );
    expect(chosen.consignments[0].selected_shipping_option?.description).toBe("Express Shipping");
    // 27.25 + 15.00 shipping + 8% of 27.25 (2.18)
    expect(chosen.grand_total).toBe(44.43);
    expect(chosen.version).toBeGreaterThan(initial.version);
  });

  it("updates the billing address and the consignment address in place", async () => {
    const checkout = await readyCheckout();
    const moved = { ...address, city: "Boston", state_or_province: "MA", postal_code: "02110" };
    const billed = await bc.updateBillingAddress(checkout.id, checkout.billing_address!.id!, moved);
    expect(billed.billing_address?.city).toBe("Boston");
    const consignment = checkout.consignments[0];
    const updated = await bc.updateConsignmentAddress(checkout.id, consignment.id, {
      address: moved,
      lineItems: consignment.line_item_ids.map((id) => ({ item_id: id, quantity: 2 })),
    });
    expect(updated.consignments[0].address?.city).toBe("Boston");
    // A new address needs a new shipping quote.
    expect(updated.consignments[0].selected_shipping_option).toBeUndefined();
  });

  it("rejects an unknown shipping option (422) and an unknown checkout (404)", async () => {
    const checkout = await readyCheckout();
    const bad = await expectBigCommerceError(
      bc.selectShippingOption(checkout.id, checkout.consignments[0].id, "nope"),
    );
    expect(bad.status).toBe(422);
    const missing = await expectBigCommerceError(
      bc.getCheckout("00000000-0000-4000-8000-000000000000"),
    );
    expect(missing.status).toBe(404);
    expect(missing.body.kind).toBe("v3");
  });

  it("answers a stale version with 409 Cart conflict", async () => {
    const checkout = await readyCheckout();
    const response = await fetch(
      `${server.url}/stores/sandbox/v3/checkouts/${checkout.id}/billing-address`,
      {
        method: "POST",
        headers: {
          "X-Auth-Token": "sandbox-access-token",
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify({ ...address, version: checkout.version - 1 }),
      },
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ status: 409, title: "Cart conflict" });
  });

  it("refuses to create an order from an incomplete checkout (422)", async () => {
    const cart = await bc.createCart({ lineItems: [{ product_id: 111, quantity: 1 }] });
    const error = await expectBigCommerceError(bc.createOrder(cart.id));
    expect(error.status).toBe(422);
  });
});

describe("checkout token", () => {
  it("mints a 64-hex token for a checkout", async () => {
    const checkout = await readyCheckout();
    const token = await bc.createCheckoutToken(checkout.id, { maxUses: 1, ttlSeconds: 3600 });
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    { maxUses: 1, ttlSeconds: 0 },
    { maxUses: 1, ttlSeconds: 2_592_001 },
    { maxUses: 0, ttlSeconds: 60 },
  ])("answers 422 for a body outside the documented limits: %o", async (body) => {
    const checkout = await readyCheckout();
    const error = await expectBigCommerceError(bc.createCheckoutToken(checkout.id, body));
    expect(error.status).toBe(422);
    // Documented with status as the string "422".
    expect(error.body).toMatchObject({ kind: "v3", status: "422", title: "Invalid input" });
  });

  it("reads the token from the schema shape too ({checkoutToken} without data)", async () => {
    const schemaShaped = await startSandboxServer({ port: 0, tokenResponseShape: "schema" });
    try {
      const client = clientFor(schemaShaped);
      const cart = await client.createCart({ lineItems: [{ product_id: 111, quantity: 1 }] });
      expect(await client.createCheckoutToken(cart.id, { maxUses: 1, ttlSeconds: 60 })).toMatch(
        /^[0-9a-f]{64}$/,
      );
    } finally {
      await schemaShaped.close();
    }
  });
});

describe("orders and payments", () => {
  it("creates an Incomplete order, pays it, and then the cart is gone and no token can be minted", async () => {
    const checkout = await readyCheckout([
      { product_id: 111, quantity: 2 },
      { product_id: 112, variant_id: 1122, quantity: 1 },
    ]);
    const orderId = await bc.createOrder(checkout.id);
    const before = await bc.getOrder(orderId);
    expect(before).toMatchObject({
      status_id: 0,
      status: "Incomplete",
      cart_id: checkout.id,
      customer_id: 0,
    });
    expect(before.total_inc_tax).toBe(String(checkout.grand_total.toFixed(2)) + "00");

    const [methods, pat] = await Promise.all([
      bc.getPaymentMethods(orderId),
      bc.createPaymentAccessToken(orderId),
    ]);
    expect(methods[0]).toMatchObject({ id: "sandbox.card", type: "card" });
    const result = await bc.processPayment(pat, {
      paymentMethodId: methods[0].id,
      instrument: {
        type: "card",
        cardholder_name: "Grace Hopper",
        number: TEST_CARDS.success,
        expiry_month: 12,
        expiry_year: 2034,
        verification_value: "123",
      },
    });
    expect(result.status).toBe("success");

    const paid = await bc.getOrder(orderId);
    expect(paid).toMatchObject({
      status_id: 11,
      status: "Awaiting Fulfillment",
      payment_status: "captured",
    });
    const products = await bc.getOrderProducts(orderId);
    expect(products.map((p) => [p.name, p.quantity, p.total_ex_tax])).toEqual([
      ["Stoneware Coffee Mug", 2, "36.0000"],
      ["Organic Cotton T-Shirt", 1, "24.0000"],
    ]);
    expect(products[1].product_options.map((o) => o.display_value)).toEqual(["S", "Navy"]);
    const [shipTo] = await bc.getOrderShippingAddresses(orderId);
    expect(shipTo).toMatchObject({
      city: "Arlington",
      shipping_method: "Standard Shipping",
      cost_inc_tax: "5.0000",
    });
    // No coupons: v2 answers 204, which the client reads as an empty list.
    expect(await bc.getOrderCoupons(orderId)).toEqual([]);
    expect((await bc.getOrdersByCart(checkout.id)).map((o) => o.id)).toEqual([orderId]);

    // "Once the order is paid, the cart is deleted": tokens can no longer be minted.
    const late = await expectBigCommerceError(
      bc.createCheckoutToken(checkout.id, { maxUses: 1, ttlSeconds: 60 }),
    );
    expect(late.status).toBe(404);
    // And a paid order cannot be paid again.
    const again = await expectBigCommerceError(bc.createPaymentAccessToken(orderId));
    expect(again.code).toBe(30101);
  });

  it.each([
    { card: TEST_CARDS.declined, code: 30104 },
    { card: TEST_CARDS.insufficientFunds, code: 30106 },
  ])(
    "declines test card $card with payments error code $code and leaves the order unpaid",
    async ({ card, code }) => {
      const checkout = await readyCheckout();
      const orderId = await bc.createOrder(checkout.id);
      const pat = await bc.createPaymentAccessToken(orderId);
      const error = await expectBigCommerceError(
        bc.processPayment(pat, {
          paymentMethodId: "sandbox.card",
          instrument: {
            type: "card",
            cardholder_name: "Grace Hopper",
            number: card,
            expiry_month: 1,
            expiry_year: 2035,
            verification_value: "999",
          },
        }),
      );
      expect(error.status).toBe(422);
      expect(error.code).toBe(code);
      expect(error.body.kind).toBe("payments");
      expect((await bc.getOrder(orderId)).status_id).toBe(0);
      // The cart survives a decline, so a retry can still mint a token.
      expect(await bc.createCheckoutToken(checkout.id, { maxUses: 1, ttlSeconds: 60 })).toMatch(
        /^[0-9a-f]{64}$/,
      );
    },
  );

  it("answers an unknown order with the v2 error array (404)", async () => {
    const error = await expectBigCommerceError(bc.getOrder(987654));
    expect(error.status).toBe(404);
    expect(error.body).toEqual({
      kind: "v2",
      errors: [{ status: 404, message: "The requested resource was not found." }],
    });
  });
});

describe("customers", () => {
  it("validates credentials (not wrapped in data) and gives a customer's cart and orders their id", async () => {
    expect(
      await bc.validateCustomerCredentials("shopper@example.com", "sandbox-shopper-1"),
    ).toEqual({
      is_valid: true,
      customer_id: 7,
    });
    expect(await bc.validateCustomerCredentials("shopper@example.com", "wrong")).toEqual({
      is_valid: false,
      customer_id: null,
    });
    const missing = await expectBigCommerceError(bc.validateCustomerCredentials("", ""));
    expect(missing.status).toBe(422);

    const checkout = await readyCheckout();
    expect((await bc.setCartCustomer(checkout.id, 8)).customer_id).toBe(8);
    const orderId = await bc.createOrder(checkout.id);
    expect((await bc.getOrdersByCustomer(8)).map((o) => o.id)).toContain(orderId);
    expect(await bc.getOrdersByCustomer(999)).toEqual([]);
  });

  it("creates a customer who can then sign in, and refuses a second account for the same email (422)", async () => {
    const email = `new-${Date.now()}@example.com`;
    const created = await bc.createCustomer({
      email,
      firstName: "New",
      lastName: "Shopper",
      password: "secret-123",
    });
    expect(created.email).toBe(email);
    expect(await bc.validateCustomerCredentials(email, "secret-123")).toEqual({
      is_valid: true,
      customer_id: created.id,
    });
    const again = await expectBigCommerceError(
      bc.createCustomer({ email, firstName: "New", lastName: "Shopper", password: "secret-123" }),
    );
    expect(again.status).toBe(422);
  });

  it("lists an order's transactions with the card's brand and last four, and 204 before payment", async () => {
    const checkout = await readyCheckout();
    const orderId = await bc.createOrder(checkout.id);
    expect(await bc.getOrderTransactions(orderId)).toEqual([]);
    await payWithCard(bc, orderId, { cardholderName: "Grace Hopper", number: TEST_CARDS.success });
    const [transaction] = await bc.getOrderTransactions(orderId);
    expect(transaction).toMatchObject({
      event: "purchase",
      credit_card: { card_type: "visa", card_last4: "1111" },
    });
  });

  it("applies and removes a coupon, and rejects an unknown code", async () => {
    const checkout = await readyCheckout();
    const discounted = await bc.addCoupon(checkout.id, "SAVE10");
    expect(discounted.coupons).toEqual([
      { code: "SAVE10", display_name: "10% off your order", discounted_amount: 3.6 },
    ]);
    expect(discounted.grand_total).toBeLessThan(checkout.grand_total);
    const unknown = await expectBigCommerceError(bc.addCoupon(checkout.id, "NOPE"));
    expect(unknown.status).toBe(400);
    expect((await bc.removeCoupon(checkout.id, "SAVE10")).coupons).toEqual([]);
    expect((await bc.updateCustomerMessage(checkout.id, "Ring twice")).customer_message).toBe(
      "Ring twice",
    );
  });
});

describe("transport", () => {
  it("gets 401 without a valid X-Auth-Token, in each API family's error shape", async () => {
    const intruder = clientFor(server, { accessToken: "wrong-token-123" });
    const v3 = await expectBigCommerceError(intruder.listProducts());
    expect(v3.status).toBe(401);
    expect(v3.body.kind).toBe("v3");
    const v2 = await expectBigCommerceError(intruder.getOrder(100));
    expect(v2.status).toBe(401);
    expect(v2.body.kind).toBe("v2");
  });

  it("sends BigCommerce's headers and receives rate-limit headers on every response", async () => {
    const response = await fetch(`${server.url}/stores/sandbox/v3/catalog/products`, {
      headers: { "X-Auth-Token": "sandbox-access-token", Accept: "application/json" },
    });
    for (const header of [
      "x-rate-limit-time-window-ms",
      "x-rate-limit-time-reset-ms",
      "x-rate-limit-requests-quota",
      "x-rate-limit-requests-left",
    ]) {
      expect(response.headers.get(header), header).toMatch(/^\d+$/);
    }
    const payments = await fetch(`${server.url}/stores/sandbox/payments`, {
      method: "POST",
      headers: {
        Authorization: "PAT x",
        Accept: "application/json",
        "Content-Type": "application/json",
      },
      body: "{}",
    });
    // The payments host insists on its own media type.
    expect(payments.status).toBe(406);
  });

  it("names the missing OAuth scope when BigCommerce answers 403", async () => {
    server.sandbox.knobs.deniedScopes = ["store_v2_orders"];
    try {
      const error = await expectBigCommerceError(bc.getOrder(100));
      expect(error.status).toBe(403);
      expect(error.missingScope).toBe("Orders: modify (store_v2_orders)");
      expect(error.message).toContain(
        "the API account needs the Orders: modify scope, store_v2_orders",
      );
      expect((await bc.listProducts({ limit: 1 })).length).toBe(1);
    } finally {
      server.sandbox.knobs.deniedScopes = [];
    }
  });

  it("gives up after its timeout and says BigCommerce did not answer in time", async () => {
    const slow = await startSandboxServer({ port: 0, knobs: { latencyMs: 1000 } });
    try {
      const error = await clientFor(slow, { timeoutMs: 150 })
        .listProducts()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BigCommerceUnavailableError);
      expect((error as BigCommerceUnavailableError).reason).toBe("timeout");
    } finally {
      await slow.close();
    }
  });

  it("answers 429 once the store's quota for the window is used up", async () => {
    const limited = await startSandboxServer({ port: 0, knobs: { quota: 2 } });
    try {
      const client = clientFor(limited);
      await client.getOrdersByCustomer(7);
      await client.getOrdersByCustomer(7);
      const error = await expectBigCommerceError(client.getOrdersByCustomer(7));
      expect(error.status).toBe(429);
      expect(error.headers.get("x-rate-limit-requests-left")).toBe("0");
      expect(Number(error.headers.get("x-retry-after"))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it("reports injected 429s with the reset header and 500s as errors", async () => {
    const faulty = await startSandboxServer({ port: 0, knobs: { rate429: 1 } });
    try {
      const error = await expectBigCommerceError(clientFor(faulty).listProducts());
      expect(error.status).toBe(429);
      expect(Number(error.headers.get("x-rate-limit-time-reset-ms"))).toBeGreaterThan(0);
      faulty.sandbox.knobs.rate429 = 0;
      faulty.sandbox.knobs.rate500 = 1;
      expect((await expectBigCommerceError(clientFor(faulty).listProducts())).status).toBe(500);
    } finally {
      await faulty.close();
    }
  });
});
