// The sandbox's orders of every shape, over real HTTP: POST /v2/orders, the control endpoint for
// what its body cannot carry, includes and paging, currencies with 0 and 3 decimals, and a
// digital-only checkout. Every answer with a body is checked against BigCommerce's OpenAPI files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH } from "@/lib/sandbox";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import { checkResponse, findOperation, openApiAvailable, relaxed } from "./support/openapi";

let server: SandboxServer;
const failures: string[] = [];
let validated = 0;

/** Calls the sandbox store's API (below /stores/sandbox) and checks the answer against the spec. */
async function api(method: string, apiPath: string, body?: unknown) {
  const response = await fetch(`${server.url}/stores/${SANDBOX_STORE_HASH}${apiPath}`, {
    method,
    headers: {
      "X-Auth-Token": SANDBOX_ACCESS_TOKEN,
      accept: "application/json",
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  const found = findOperation(method, apiPath.split("?")[0]);
  if (openApiAvailable() && found && response.status < 300 && response.status !== 204) {
    const check = checkResponse(found, response.status, json, relaxed);
    validated += 1;
    if (check && check !== "undocumented" && !check.ok) {
      failures.push(`${method} ${apiPath} ${response.status}: ${check.errors}`);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of documented JSON
  return { status: response.status, body: json as any };
}

async function extras(orderId: number, body: unknown) {
  const response = await fetch(`${server.url}/__sandbox/orders/${orderId}/extras`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of the order JSON
  return { status: response.status, body: (await response.json()) as any };
}

const billing = {
  first_name: "Ada",
  last_name: "Lovelace",
  street_1: "12 Analytical Row",
  city: "London",
  zip: "N1 9GU",
  country_iso2: "GB",
  email: "ada@example.com",
};

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
});
afterAll(() => server?.close());

describe("POST /v2/orders", () => {
  it("makes the receipt order: handling, wrapping, a named fee, then gift certificate and store credit", async () => {
    const created = await api("POST", "/v2/orders?include=fees", {
      billing_address: billing,
      shipping_addresses: [{ ...billing, shipping_method: "Royal Mail" }],
      products: [
        { product_id: 111, quantity: 2, price_ex_tax: 18, price_inc_tax: 19.8 },
        { name: "Greeting card", quantity: 1, price_ex_tax: 3.5, price_inc_tax: 3.5 },
      ],
      shipping_cost_ex_tax: "4.0000",
      shipping_cost_inc_tax: "4.4000",
      handling_cost_ex_tax: "5.0000",
      handling_cost_inc_tax: "5.0000",
      wrapping_cost_ex_tax: "2.5000",
      wrapping_cost_inc_tax: "2.5000",
      fees: [
        {
          type: "custom_fee",
          display_name_customer: "Eco packaging",
          display_name_merchant: "ECO-PACK",
          cost_ex_tax: "1.0000",
          cost_inc_tax: "1.2000",
        },
      ],
    });
    expect(created.status).toBe(200);
    const o = created.body;
    expect(o.status_id).toBe(1);
    expect(o.status).toBe("Pending");
    expect(o.customer_id).toBe(0);
    expect(o.subtotal_ex_tax).toBe("39.5000");
    expect(o.subtotal_inc_tax).toBe("43.1000");
    expect(o.handling_cost_inc_tax).toBe("5.0000");
    expect(o.wrapping_cost_inc_tax).toBe("2.5000");
    // 43.10 + 4.40 + 5.00 + 2.50 + 1.20; ex: 39.50 + 4.00 + 5.00 + 2.50 + 1.00
    expect(o.total_inc_tax).toBe("56.2000");
    expect(o.total_ex_tax).toBe("52.0000");
    expect(o.total_tax).toBe("4.2000");
    expect(o.fees).toEqual([
      expect.objectContaining({
        type: "custom_fee",
        display_name_customer: "Eco packaging",
        display_name_merchant: "ECO-PACK",
        cost_ex_tax: "1.0000",
        cost_inc_tax: "1.2000",
        cost_tax: "0.2000",
      }),
    ]);
    const paid = await extras(o.id, {
      gift_certificate_amount: "10.00",
      store_credit_amount: 3,
      payment_status: "captured",
      payment_method: "Credit Card",
      transactions: [
        {
          event: "purchase",
          method: "credit_card",
          status: "ok",
          amount: "43.20",
          card: { card_type: "visa", card_last4: "4242" },
        },
      ],
    });
    expect(paid.status).toBe(200);
    expect(paid.body.gift_certificate_amount).toBe("10.0000");
    expect(paid.body.store_credit_amount).toBe("3.0000");
    expect(paid.body.total_inc_tax).toBe("56.2000"); // payments against the total, not part of it
    const read = await api("GET", `/v2/orders/${o.id}`);
    expect(read.body.fees).toEqual({
      url: `https://api.bigcommerce.com/stores/sandbox/v2/orders/${o.id}/fees`,
      resource: `/orders/${o.id}/fees`,
    });
    const transactions = await api("GET", `/v3/orders/${o.id}/transactions`);
    expect(transactions.body.data[0]).toMatchObject({
      amount: 43.2,
      credit_card: { card_type: "visa", card_last4: "4242" },
    });
  });

  it("keeps coupons without a code and settles coupon_discount into the totals", async () => {
    const { body: o } = await api("POST", "/v2/orders", {
      billing_address: billing,
      products: [{ name: "Thing", quantity: 1, price_ex_tax: 20, price_inc_tax: 20 }],
    });
    const after = await extras(o.id, {
      coupons: [
        { code: null, amount: 5, type: 5, discount: "2.00" },
        { code: "SPRING", amount: "10", type: 1, discount: 1.5 },
      ],
    });
    expect(after.body.coupon_discount).toBe("3.5000");
    expect(after.body.total_inc_tax).toBe("16.5000");
    const coupons = await api("GET", `/v2/orders/${o.id}/coupons`);
    expect(coupons.body.map((c: { code: string | null }) => c.code)).toEqual([null, "SPRING"]);
    expect((await extras(o.id, { coupons: [{ code: 1 }] })).status).toBe(400);
    expect((await extras(999_999, {})).status).toBe(404);
  });

  it("spreads a manual discount_amount over the lines, without a code", async () => {
    const { body: o } = await api("POST", "/v2/orders", {
      billing_address: billing,
      products: [
        { name: "Big", quantity: 1, price_ex_tax: 30, price_inc_tax: 30 },
        { name: "Small", quantity: 1, price_ex_tax: 10, price_inc_tax: 10 },
      ],
      discount_amount: "4.00",
    });
    expect(o).toMatchObject({ discount_amount: "4.0000", total_inc_tax: "36.0000" });
    const lines = await api("GET", `/v2/orders/${o.id}/products`);
    expect(lines.body.map((l: { applied_discounts: unknown[] }) => l.applied_discounts)).toEqual([
      [
        {
          id: "manual-discount",
          amount: "3.0000",
          name: "Manual Discount",
          code: null,
          target: "order",
        },
      ],
      [
        {
          id: "manual-discount",
          amount: "1.0000",
          name: "Manual Discount",
          code: null,
          target: "order",
        },
      ],
    ]);
    expect(lines.body[0].discounted_total_inc_tax).toBe("27.0000");
  });

  it("ships to two addresses and lists them as consignments", async () => {
    const { body: o } = await api(
      "POST",
      "/v2/orders?include=consignments,fees&consignment_structure=object",
      {
        billing_address: billing,
        customer_id: 7,
        shipping_addresses: [
          { ...billing, shipping_method: "Standard" },
          { ...billing, first_name: "Charles", zip: "SW1A 1AA", shipping_method: "Express" },
        ],
        products: [
          { product_id: 112, variant_id: 1123, quantity: 1 },
          { product_id: 120, quantity: 1, product_options: [{ id: 41, value: "Ada & Charles" }] },
        ],
        shipping_cost_ex_tax: 9,
        shipping_cost_inc_tax: 9,
      },
    );
    expect(o.customer_id).toBe(7);
    expect(o.shipping_address_count).toBe(2);
    expect(o.consignments.shipping).toHaveLength(2);
    expect(o.consignments.shipping[0]).toMatchObject({
      shipping_method: "Standard",
      cost_inc_tax: 9,
    });
    expect(o.consignments.shipping[0].line_items[0].resource).toMatch(
      new RegExp(`^/orders/${o.id}/products/\\d+$`),
    );
    expect(o.consignments).toMatchObject({
      pickups: [],
      downloads: [],
      email: { gift_certificates: [] },
    });
    const addresses = await api("GET", `/v2/orders/${o.id}/shipping_addresses`);
    expect(addresses.body.map((a: { first_name: string }) => a.first_name)).toEqual([
      "Ada",
      "Charles",
    ]);
    const lines = await api("GET", `/v2/orders/${o.id}/products`);
    expect(lines.body[1].product_options[0]).toMatchObject({
      type: "Text field",
      display_name: "Engraving",
      display_value: "Ada & Charles",
      value: "Ada & Charles",
    });
    expect(lines.body[0].product_options.map((p: { type: string }) => p.type)).toEqual([
      "Multiple choice",
      "Multiple choice",
    ]);

    // The body cannot say which line goes where: the control endpoint can.
    const [first, second] = addresses.body as { id: number }[];
    const spoon = lines.body[1].id as number;
    const bad = await extras(o.id, {
      shipments: [{ shipping_address_id: 999, line_ids: [spoon], cost_ex_tax: 1, cost_inc_tax: 1 }],
    });
    expect(bad.status).toBe(400);
    const moved = await extras(o.id, {
      shipments: [
        { shipping_address_id: first.id, line_ids: [], cost_ex_tax: "6.00", cost_inc_tax: "6.00" },
        {
          shipping_address_id: second.id,
          line_ids: [spoon],
          cost_ex_tax: "4.50",
          cost_inc_tax: "4.50",
        },
      ],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.shipping_cost_inc_tax).toBe("10.5000");
    const after = await api("GET", `/v2/orders/${o.id}/products`);
    expect(after.body.map((l: { order_address_id: number }) => l.order_address_id)).toEqual([
      first.id,
      second.id,
    ]);
    const costs = await api("GET", `/v2/orders/${o.id}/shipping_addresses`);
    expect(costs.body.map((a: { cost_inc_tax: string }) => a.cost_inc_tax)).toEqual([
      "6.0000",
      "4.5000",
    ]);
  });

  it("makes a digital-only order: no shipping address, a downloads consignment", async () => {
    const { body: o } = await api(
      "POST",
      "/v2/orders?include=consignments&consignment_structure=object",
      {
        billing_address: billing,
        products: [{ product_id: 119, quantity: 1 }],
      },
    );
    expect(o.order_is_digital).toBe(true);
    expect(o.consignments.downloads).toEqual([
      {
        recipient_email: "ada@example.com",
        line_items: [expect.objectContaining({ resource: expect.any(String) })],
      },
    ]);
    expect((await api("GET", `/v2/orders/${o.id}/shipping_addresses`)).status).toBe(204);
    const lines = await api("GET", `/v2/orders/${o.id}/products`);
    expect(lines.body[0]).toMatchObject({ type: "digital", order_address_id: 0 });
  });

  it("makes a pickup order from consignments.pickups", async () => {
    const { body: o } = await api(
      "POST",
      "/v2/orders?include=consignments&consignment_structure=object",
      {
        billing_address: billing,
        consignments: {
          pickups: [
            {
              pickup_method_id: 3,
              pickup_method_display_name: "Collect in store",
              collection_instructions: "Ask at the till",
              collection_time_description: "Tomorrow after 10am",
              location: { name: "Islington", code: "ISL", city: "London", country_alpha2: "GB" },
              line_items: [{ product_id: 116, quantity: 1 }],
            },
          ],
        },
      },
    );
    const [pickup] = o.consignments.pickups;
    expect(pickup).toMatchObject({
      pickup_method_id: 3,
      pickup_method_display_name: "Collect in store",
      location: { name: "Islington", code: "ISL" },
    });
    const lines = await api("GET", `/v2/orders/${o.id}/products`);
    expect(lines.body[0]).toMatchObject({ order_pickup_method_id: pickup.id, order_address_id: 0 });
  });

  it("pages the lines of a 300-line order as BigCommerce does (50 by default, 250 at most)", async () => {
    const products = Array.from({ length: 300 }, (_, i) => ({
      name: `Line ${i + 1}`,
      quantity: 1,
      price_ex_tax: 1,
      price_inc_tax: 1,
    }));
    const { body: o } = await api("POST", "/v2/orders", { billing_address: billing, products });
    expect(o.items_total).toBe(300);
    expect(o.subtotal_ex_tax).toBe("300.0000");
    const path = `/v2/orders/${o.id}/products`;
    expect((await api("GET", path)).body).toHaveLength(50);
    expect((await api("GET", `${path}?page=6`)).body[49].name).toBe("Line 300");
    expect((await api("GET", `${path}?page=7`)).status).toBe(204);
    expect((await api("GET", `${path}?limit=500`)).body).toHaveLength(250);
    const second = await api("GET", `${path}?limit=250&page=2`);
    expect(second.body.map((l: { name: string }) => l.name)).toEqual(
      products.slice(250).map((p) => p.name),
    );
  });

  it("keeps amounts in currencies with 0 and 3 decimals", async () => {
    const { body: yen } = await api("POST", "/v2/orders", {
      billing_address: billing,
      default_currency_code: "JPY",
      products: [
        { name: "Tenugui", quantity: 3, price_ex_tax: 1500, price_inc_tax: 1650 },
        { product_id: 111, quantity: 1 }, // 18 ex tax, 8% sandbox tax rounded to whole yen
      ],
    });
    expect(yen.currency_code).toBe("JPY");
    expect(yen.subtotal_inc_tax).toBe("4969.0000");
    const { body: dinar } = await api("POST", "/v2/orders", {
      billing_address: billing,
      default_currency_code: "KWD",
      products: [{ name: "Dallah", quantity: 2, price_ex_tax: 12.345, price_inc_tax: 12.345 }],
      handling_cost_ex_tax: "0.125",
      handling_cost_inc_tax: "0.125",
    });
    expect(dinar.subtotal_ex_tax).toBe("24.6900");
    expect(dinar.total_inc_tax).toBe("24.8150");
    expect(dinar.default_currency_code).toBe("KWD");
  });

  it("answers invalid bodies with BigCommerce's v2 error array", async () => {
    const missing = await api("POST", "/v2/orders", {
      products: [{ product_id: 111, quantity: 1 }],
    });
    expect(missing).toEqual({
      status: 400,
      body: [{ status: 400, message: "The required field 'billing_address' was not supplied." }],
    });
    const tooLong = await api("POST", "/v2/orders", {
      billing_address: billing,
      products: [
        { product_id: 120, quantity: 1, product_options: [{ id: 41, value: "x".repeat(31) }] },
      ],
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body[0].message).toContain("at most 30 characters");
    const halfTotals = await api("POST", "/v2/orders", {
      billing_address: billing,
      products: [{ product_id: 111, quantity: 1 }],
      total_inc_tax: 5,
    });
    expect(halfTotals.status).toBe(400);
    expect((await api("PUT", "/v2/orders/987654", { status_id: 2 })).status).toBe(404);
  });

  it("accepts given totals even when they do not add up", async () => {
    const { body: o } = await api("POST", "/v2/orders", {
      billing_address: billing,
      products: [{ product_id: 111, quantity: 1, price_ex_tax: 18, price_inc_tax: 18 }],
      total_ex_tax: 1,
      total_inc_tax: 1.5,
      status_id: 11,
    });
    expect(o).toMatchObject({
      total_ex_tax: "1.0000",
      total_inc_tax: "1.5000",
      total_tax: "0.5000",
    });
    expect(o.status).toBe("Awaiting Fulfillment");
    const moved = await api("PUT", `/v2/orders/${o.id}`, { status_id: 10, customer_id: 8 });
    expect(moved.body).toMatchObject({ status_id: 10, status: "Completed", customer_id: 8 });
  });
});

describe("a digital-only checkout", () => {
  it("orders e-books and gift certificates with a billing address alone", async () => {
    const cart = await api("POST", "/v3/carts", {
      line_items: [{ product_id: 119, quantity: 1 }],
      gift_certificates: [
        {
          name: "Birthday treat",
          theme: "Birthday",
          amount: 25,
          quantity: 1,
          sender: { name: "Ada", email: "ada@example.com" },
          recipient: { name: "Charles", email: "charles@example.com" },
          message: "Happy birthday!",
        },
      ],
    });
    expect(cart.status).toBe(201);
    const items = cart.body.data.line_items;
    expect(items.physical_items).toEqual([]);
    expect(items.digital_items[0]).toMatchObject({ product_id: 119, is_require_shipping: false });
    expect(items.gift_certificates[0]).toMatchObject({ amount: 25, theme: "Birthday" });
    expect(cart.body.data.cart_amount).toBe(34.99);
    const id = cart.body.data.id;
    await api("POST", `/v3/checkouts/${id}/billing-address`, {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      address1: "12 Analytical Row",
      city: "London",
      country_code: "GB",
      postal_code: "N1 9GU",
    });
    const checkout = await api("GET", `/v3/checkouts/${id}`);
    expect(checkout.body.data.grand_total).toBe(35.79); // 9.99 + 0.80 tax + 25.00
    const created = await api("POST", `/v3/checkouts/${id}/orders`);
    expect(created.status).toBe(200);
    const orderId = created.body.data.id;
    const order = await api(
      "GET",
      `/v2/orders/${orderId}?include=consignments&consignment_structure=object`,
    );
    expect(order.body).toMatchObject({
      order_is_digital: true,
      shipping_address_count: 0,
      total_inc_tax: "35.7900",
    });
    expect(order.body.consignments.email.gift_certificates[0].recipient_email).toBe(
      "charles@example.com",
    );
    expect((await api("GET", `/v2/orders/${orderId}/shipping_addresses`)).status).toBe(204);
    const lines = await api("GET", `/v2/orders/${orderId}/products`);
    expect(lines.body.map((l: { type: string }) => l.type)).toEqual(["digital", "giftcertificate"]);
  });

  it("asks a mixed cart for consignments of its physical items only", async () => {
    const cart = await api("POST", "/v3/carts", {
      line_items: [
        { product_id: 111, quantity: 1 },
        { product_id: 119, quantity: 1 },
      ],
    });
    const id = cart.body.data.id;
    const [mug] = cart.body.data.line_items.physical_items;
    const [ebook] = cart.body.data.line_items.digital_items;
    const address = {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      address1: "12 Analytical Row",
      city: "London",
      country_code: "GB",
      postal_code: "N1 9GU",
    };
    await api("POST", `/v3/checkouts/${id}/billing-address`, address);
    expect((await api("POST", `/v3/checkouts/${id}/orders`)).status).toBe(422);
    const refused = await api("POST", `/v3/checkouts/${id}/consignments`, [
      { address, line_items: [{ item_id: ebook.id, quantity: 1 }] },
    ]);
    expect(refused.status).toBe(422);
    const shipped = await api(
      "POST",
      `/v3/checkouts/${id}/consignments?include=consignments.available_shipping_options`,
      [{ address, line_items: [{ item_id: mug.id, quantity: 1 }] }],
    );
    const consignment = shipped.body.data.consignments[0];
    await api("PUT", `/v3/checkouts/${id}/consignments/${consignment.id}`, {
      shipping_option_id: consignment.available_shipping_options[0].id,
    });
    const created = await api("POST", `/v3/checkouts/${id}/orders`);
    const lines = await api("GET", `/v2/orders/${created.body.data.id}/products`);
    expect(
      lines.body.map((l: { type: string; order_address_id: number }) => [
        l.type,
        l.order_address_id > 0,
      ]),
    ).toEqual([
      ["physical", true],
      ["digital", false],
    ]);
  });
});

describe("custom items", () => {
  it("are shipped, taxed and ordered as physical lines without a product", async () => {
    const cart = await api("POST", "/v3/carts", {
      custom_items: [{ sku: "GIFT-BOX", name: "Gift box", quantity: 2, list_price: 4.5 }],
    });
    expect(cart.status).toBe(201);
    const [box] = cart.body.data.line_items.custom_items;
    expect(box).toMatchObject({
      name: "Gift box",
      quantity: "2",
      list_price: "4.50",
      extended_list_price: 9,
    });
    const id = cart.body.data.id;
    const address = {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      address1: "12 Analytical Row",
      city: "London",
      country_code: "GB",
      postal_code: "N1 9GU",
    };
    await api("POST", `/v3/checkouts/${id}/billing-address`, address);
    const shipped = await api(
      "POST",
      `/v3/checkouts/${id}/consignments?include=consignments.available_shipping_options`,
      [{ address, line_items: [{ item_id: box.id, quantity: 2 }] }],
    );
    const consignment = shipped.body.data.consignments[0];
    const chosen = await api("PUT", `/v3/checkouts/${id}/consignments/${consignment.id}`, {
      shipping_option_id: consignment.available_shipping_options[0].id,
    });
    expect(chosen.body.data.cart.line_items.custom_items[0]).toMatchObject({
      quantity: 2,
      list_price: 4.5,
    });
    expect(chosen.body.data.grand_total).toBe(14.72); // 9.00 + 0.72 tax + 5.00 shipping
    const created = await api("POST", `/v3/checkouts/${id}/orders`);
    const lines = await api("GET", `/v2/orders/${created.body.data.id}/products`);
    expect(lines.body[0]).toMatchObject({
      type: "physical",
      product_id: 0,
      name: "Gift box",
      sku: "GIFT-BOX",
      price_inc_tax: "4.8600",
      total_inc_tax: "9.7200",
    });
  });
});

describe("getOrders", () => {
  it("filters by email and customer, sorts and pages", async () => {
    const email = `sorted-${Date.now()}@example.com`;
    const ids: number[] = [];
    for (const day of ["01", "03", "02"]) {
      const { body } = await api("POST", "/v2/orders", {
        billing_address: { ...billing, email },
        customer_id: 8,
        date_created: `Mon, ${day} Jun 2026 10:00:00 +0000`,
        products: [{ name: "Thing", quantity: 1, price_ex_tax: 1, price_inc_tax: 1 }],
      });
      ids.push(body.id);
    }
    const query = `/v2/orders?email=${encodeURIComponent(email)}`;
    const newest = await api("GET", `${query}&sort=date_created:desc`);
    expect(newest.body.map((o: { id: number }) => o.id)).toEqual([ids[1], ids[2], ids[0]]);
    const page2 = await api("GET", `${query}&sort=id:desc&limit=2&page=2`);
    expect(page2.body.map((o: { id: number }) => o.id)).toEqual([ids[0]]);
    const mine = await api("GET", `/v2/orders?customer_id=8&email=${encodeURIComponent(email)}`);
    expect(mine.body).toHaveLength(3);
    expect((await api("GET", "/v2/orders?sort=nonsense")).status).toBe(400);
  });
});

describe("the catalogue", () => {
  it("shows the e-book as a digital product", async () => {
    const product = await api("GET", "/v3/catalog/products/119");
    expect(product.body.data.type).toBe("digital");
  });
});

describe.runIf(openApiAvailable())("every answer above", () => {
  it("matches BigCommerce's documented schema", () => {
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThan(30);
  });
});
