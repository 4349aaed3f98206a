// An order's consignments in BigCommerce's object structure (orderConsignment_Get), for getOrder's
// `include=consignments&consignment_structure=object`: pickups, shipping, downloads and email.
import { subtract, toV3Number } from "./money";
import { link, linesTo, orderProductJson, v2Address } from "./orders-json-parts";
import type { Order, OrderLine, OrderShippingAddress, SandboxState } from "./state";

/** Lines as links `{url, resource: "/orders/{id}/products/{lineId}"}`, or as order products. */
function lineItems(state: SandboxState, o: Order, lines: OrderLine[], full: boolean) {
  return lines.map((l) =>
    full ? orderProductJson(o, l) : link(state, `/orders/${o.id}/products/${l.id}`),
  );
}

/** A shipping consignment: the address, its lines and its costs as JSON numbers (as documented). */
function shippingJson(state: SandboxState, o: Order, s: OrderShippingAddress, full: boolean) {
  const n = (v: string) => toV3Number(v, o.currencyCode);
  const lines = linesTo(o, s);
  return {
    id: s.id,
    ...v2Address(s.address),
    form_fields: [],
    line_items: lineItems(state, o, lines, full),
    items_total: lines.reduce((k, l) => k + l.quantity, 0),
    items_shipped: 0,
    shipping_method: s.shippingMethod,
    base_cost: n(s.costExTax),
    cost_ex_tax: n(s.costExTax),
    cost_inc_tax: n(s.costIncTax),
    cost_tax: n(subtract(s.costIncTax, s.costExTax)),
    cost_tax_class_id: 2,
    base_handling_cost: n(s.handlingExTax),
    handling_cost_ex_tax: n(s.handlingExTax),
    handling_cost_inc_tax: n(s.handlingIncTax),
    handling_cost_tax: n(subtract(s.handlingIncTax, s.handlingExTax)),
    handling_cost_tax_class_id: 2,
    shipping_zone_id: 1,
    shipping_zone_name: "Everywhere",
    shipping_quotes: link(state, `/orders/${o.id}/consignments/shipping/${s.id}/shipping_quotes`),
  };
}

/** Lines grouped by where they are emailed, in first-seen order. */
function byRecipient(lines: OrderLine[]): Map<string, OrderLine[]> {
  const groups = new Map<string, OrderLine[]>();
  for (const l of lines) groups.set(l.recipientEmail, [...(groups.get(l.recipientEmail) ?? []), l]);
  return groups;
}

/**
 * orderConsignment_Get: `pickups` (with their location), `shipping` (one per shipping address),
 * `downloads` (at most one: the digital lines, sent to the billing email) and
 * `email.gift_certificates` (one per recipient). Lines are links unless `full`.
 */
export function consignmentsJson(state: SandboxState, o: Order, full: boolean) {
  const digital = o.lines.filter((l) => l.type === "digital");
  const certificates = o.lines.filter((l) => l.type === "giftcertificate");
  return {
    pickups: o.pickups.map((p) => ({
      id: p.id,
      pickup_method_id: p.pickupMethodId,
      pickup_method_display_name: p.displayName,
      collection_instructions: p.collectionInstructions,
      collection_time_description: p.collectionTimeDescription,
      location: { ...p.location },
      line_items: lineItems(
        state,
        o,
        o.lines.filter((l) => l.orderPickupMethodId === p.id),
        full,
      ),
    })),
    shipping: o.shippingAddresses.map((s) => shippingJson(state, o, s, full)),
    downloads: digital.length
      ? [{ recipient_email: o.billing.email, line_items: lineItems(state, o, digital, full) }]
      : [],
    email: {
      gift_certificates: [...byRecipient(certificates)].map(([email, lines]) => ({
        recipient_email: email,
        line_items: lineItems(state, o, lines, full),
      })),
    },
  };
}
