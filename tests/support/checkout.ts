import type { BigCommerceClient, CheckoutAddressInput, LineItemInput } from "@/lib/bigcommerce";

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
