import {
  createBigCommerceClient,
  type BigCommerceClient,
  type CheckoutAddressInput,
  type LineItemInput,
} from "@/lib/bigcommerce";
import { createSandbox, sandboxFetch, type Sandbox } from "@/lib/sandbox";

/**
 * A checkout made straight through the API, ready to become an order: billing address, one
 * consignment to the same address, and its first shipping option.
 */
export async function readyCheckout(
  bc: BigCommerceClient,
  items: LineItemInput[],
  address: CheckoutAddressInput,
) {
  const cart = await bc.createCart({ lineItems: items });
  await bc.addBillingAddress(cart.id, address);
  const shipped = await bc.addConsignment(cart.id, {
    address,
    lineItems: cart.line_items.physical_items.map((i) => ({ item_id: i.id, quantity: i.quantity })),
  });
  const consignment = shipped.consignments[0];
  return bc.selectShippingOption(
    cart.id,
    consignment.id,
    consignment.available_shipping_options![0].id,
  );
}

/** Pays an order with a sandbox card through the Payments API (a payment access token, then the payment). */
export async function payWithCard(
  bc: BigCommerceClient,
  orderId: number,
  card: { cardholderName: string; number: string },
) {
  const pat = await bc.createPaymentAccessToken(orderId);
  return bc.processPayment(pat, {
    paymentMethodId: "sandbox.card",
    instrument: {
      type: "card",
      cardholder_name: card.cardholderName,
      number: card.number,
      expiry_month: 12,
      expiry_year: 2034,
      verification_value: "123",
    },
  });
}

/** A guest's details as the checkout form submits them: one US address for shipping and billing. */
export function guestDetails(who: {
  email: string;
  firstName: string;
  lastName: string;
  address1: string;
}) {
  return {
    email: who.email,
    shipping: {
      firstName: who.firstName,
      lastName: who.lastName,
      company: "",
      address1: who.address1,
      address2: "",
      city: "Austin",
      stateOrProvince: "TX",
      postalCode: "78701",
      countryCode: "US",
      phone: "",
    },
    billingSameAsShipping: true,
    customerMessage: "",
  };
}

/**
 * A sandbox store in this process, its client (timeouts of `timeoutMs`), and one checkout of
 * product 111 ready to become an order, for Ada in Austin.
 */
export async function inProcessStoreWithCheckout(timeoutMs = 1000): Promise<{
  sandbox: Sandbox;
  bc: BigCommerceClient;
  checkout: Awaited<ReturnType<typeof readyCheckout>>;
}> {
  const sandbox = createSandbox({ storeHash: "sandbox", accessToken: "sandbox-access-token" });
  const bc = createBigCommerceClient({
    apiUrl: "http://bc.test",
    paymentsUrl: "http://bc.test",
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs,
    fetch: sandboxFetch(sandbox),
  });
  const checkout = await readyCheckout(bc, [{ product_id: 111, quantity: 1 }], {
    first_name: "Ada",
    last_name: "Lovelace",
    email: "ada@example.com",
    address1: "1 Row",
    city: "Austin",
    state_or_province: "TX",
    country_code: "US",
    postal_code: "78701",
  });
  return { sandbox, bc, checkout };
}
