// Orders of every shape, made the way any BigCommerce client can make them (the sandbox's
// POST /v2/orders, then its control endpoint for what that body cannot carry), opened through
// the real confirmation page by the customer they belong to.
import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueEmail } from "./fixtures";

const API = { "X-Auth-Token": "sandbox-access-token", Accept: "application/json" };

/** A BigCommerce v2 address for `email`, in Austin. */
const address = (email: string, firstName = "Ada") => ({
  first_name: firstName,
  last_name: "Lovelace",
  street_1: "12 Analytical Row",
  city: "Austin",
  state: "Texas",
  zip: "78701",
  country: "United States",
  country_iso2: "US",
  email,
});

/** Calls the sandbox store's API, as a merchant's back office would; answers the JSON body. */
async function storeApi(
  path: string,
  body: unknown,
): Promise<{ id: number } & Record<string, unknown>> {
  const response = await fetch(`${process.env.E2E_SANDBOX_URL}${path}`, {
    method: "POST",
    headers: { ...API, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.ok, await response.clone().text()).toBe(true);
  return response.json();
}

/** A new customer of the store (its own throttling budget), signed in in `page`. */
async function signedInCustomer(page: Page, tag: string): Promise<{ id: number; email: string }> {
  const email = uniqueEmail(tag);
  const password = "analytical-engine-1";
  const created = (await storeApi("/stores/sandbox/v3/customers", [
    { email, first_name: "Ada", last_name: "Lovelace", authentication: { new_password: password } },
  ])) as unknown as { data: { id: number }[] };
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  return { id: created.data[0].id, email };
}

const createOrder = (body: Record<string, unknown>) => storeApi("/stores/sandbox/v2/orders", body);
const setExtras = (orderId: number, body: unknown) =>
  storeApi(`/__sandbox/orders/${orderId}/extras`, body);

async function purchaseEvents(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: { event?: string }[] }).dataLayer ?? []).filter(
      (e) => e?.event === "purchase",
    ),
  );
}

/** The receipt's counted lines, signed, in cents, as the page lays them out. */
async function countedCents(page: Page): Promise<number[]> {
  return page.getByTestId("receipt-line").evaluateAll((rows) =>
    rows
      .filter((row) => (row as HTMLElement).dataset.counted === "true")
      .map((row) => {
        const { amount = "0", sign = "1" } = (row as HTMLElement).dataset;
        return Math.round(Number(amount) * 100) * Number(sign);
      }),
  );
}

test("a receipt with handling, wrapping, a fee, a gift certificate and store credit adds up to the total", async ({
  page,
}) => {
  const customer = await signedInCustomer(page, "receipt");
  const order = await createOrder({
    customer_id: customer.id,
    status_id: 11,
    billing_address: address(customer.email),
    shipping_addresses: [{ ...address(customer.email), shipping_method: "Flat Rate" }],
    products: [{ product_id: 111, quantity: 2 }],
    shipping_cost_ex_tax: "5.0000",
    shipping_cost_inc_tax: "5.0000",
    handling_cost_ex_tax: "5.0000",
    handling_cost_inc_tax: "5.0000",
    wrapping_cost_ex_tax: "2.5000",
    wrapping_cost_inc_tax: "2.5000",
    fees: [
      {
        type: "custom_fee",
        display_name_customer: "Package protection",
        display_name_merchant: "PP",
        cost_ex_tax: "4.0000",
        cost_inc_tax: "4.0000",
      },
    ],
  });
  await setExtras(order.id, { gift_certificate_amount: "10.00", store_credit_amount: "3.00" });

  await page.goto(`/order-confirmation/${order.id}`);
  await expect(page.getByTestId("handling")).toHaveText("$5.00");
  await expect(page.getByTestId("wrapping")).toHaveText("$2.50");
  await expect(page.getByRole("row", { name: /Package protection/ })).toContainText("$4.00");
  await expect(page.getByTestId("paid-giftCertificate")).toHaveText("−$10.00");
  await expect(page.getByTestId("paid-storeCredit")).toHaveText("−$3.00");
  const total = await page.getByTestId("total").getAttribute("data-amount");
  const lines = await countedCents(page);
  expect(lines.reduce((a, b) => a + b, 0)).toBe(Math.round(Number(total) * 100));
  const balance = await page.getByTestId("balance").getAttribute("data-amount");
  expect(Math.round(Number(balance) * 100)).toBe(Math.round(Number(total) * 100) - 1300);
  // A customer opening an order this storefront did not just take: no sale is reported.
  expect(await purchaseEvents(page)).toHaveLength(0);
});

test("a two-address order shows each address with its items and method; a digital-only order has no shipping section", async ({
  page,
}) => {
  const customer = await signedInCustomer(page, "shapes");
  const twoAddresses = await createOrder({
    customer_id: customer.id,
    status_id: 11,
    billing_address: address(customer.email),
    shipping_addresses: [
      { ...address(customer.email), shipping_method: "Flat Rate" },
      { ...address(customer.email, "Charles"), city: "Dallas", shipping_method: "Express" },
    ],
    products: [
      { product_id: 111, quantity: 1 },
      { product_id: 120, quantity: 1, product_options: [{ id: 41, value: "For Charles" }] },
    ],
  });
  const [first, second] = (await (
    await fetch(
      `${process.env.E2E_SANDBOX_URL}/stores/sandbox/v2/orders/${twoAddresses.id}/shipping_addresses`,
      { headers: API },
    )
  ).json()) as { id: number }[];
  const lines = (await (
    await fetch(
      `${process.env.E2E_SANDBOX_URL}/stores/sandbox/v2/orders/${twoAddresses.id}/products`,
      {
        headers: API,
      },
    )
  ).json()) as { id: number }[];
  await setExtras(twoAddresses.id, {
    shipments: [
      {
        shipping_address_id: first.id,
        line_ids: [lines[0].id],
        cost_ex_tax: "5",
        cost_inc_tax: "5",
      },
      {
        shipping_address_id: second.id,
        line_ids: [lines[1].id],
        cost_ex_tax: "9",
        cost_inc_tax: "9",
      },
    ],
  });

  await page.goto(`/order-confirmation/${twoAddresses.id}`);
  const shipments = page.getByTestId("shipment");
  await expect(shipments).toHaveCount(2);
  await expect(shipments.nth(0)).toContainText("Shipment 1 of 2");
  await expect(shipments.nth(0)).toContainText("Ada Lovelace");
  await expect(shipments.nth(0).getByTestId("line-name")).toHaveText("Stoneware Coffee Mug");
  await expect(shipments.nth(0).getByTestId("shipment-method")).toHaveText("Flat Rate · $5.00");
  await expect(shipments.nth(1)).toContainText("Charles Lovelace");
  await expect(shipments.nth(1).getByTestId("line-name")).toHaveText("Engraved Wooden Spoon");
  await expect(shipments.nth(1).getByTestId("line-options")).toHaveText("Engraving: For Charles");
  await expect(shipments.nth(1).getByTestId("shipment-method")).toHaveText("Express · $9.00");
  await expect(page.getByTestId("shipping")).toHaveText("$14.00");

  const digital = await createOrder({
    customer_id: customer.id,
    status_id: 10,
    billing_address: address(customer.email),
    products: [{ product_id: 119, quantity: 1 }],
  });
  await page.goto(`/order-confirmation/${digital.id}`);
  await expect(page.getByTestId("order-line")).toHaveText(/Field Guide to Coffee \(e-book\)/);
  await expect(page.getByTestId("downloads")).toContainText(
    `Download links for your digital items are emailed to ${customer.email}`,
  );
  await expect(page.getByTestId("shipping-address")).toHaveCount(0);
  await expect(page.getByTestId("shipping-method")).toHaveCount(0);
  await expect(page.getByTestId("shipping")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Shipping/ })).toHaveCount(0);
});
