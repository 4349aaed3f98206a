// A checkout's lines of every kind and its totals table, as the cart and checkout pages show them.
// Every amount is BigCommerce's (v3 numbers in the cart's currency); the table's rows are added up
// exactly through lib/money.ts and always come to `grand_total`, the amount charged.
import type { BcCheckout, BcLineItem } from "@/lib/bigcommerce";
import { message, type Message } from "@/lib/i18n/message";
import { addDecimals, multiplyDecimal, sameAmount, subtractDecimals } from "@/lib/money";

// Words are catalogue codes (`cart.*`) for the page to translate; names and options are the store's.

/** What a cart line is, by BigCommerce's `line_items` key. */
export type CartLineKind = "physical" | "digital" | "gift-certificate" | "custom";

/** One line of the cart as the pages list it. Amounts are numbers in the cart's currency. */
export interface CartLineView {
  /** BigCommerce's line id ("" for a custom item or gift certificate sent without one). */
  id: string;
  kind: CartLineKind;
  /** The catalog product (physical and digital lines); null for the other kinds. */
  productId: number | null;
  /** As the store names it; "" for a gift certificate sent without a name ("Gift certificate"). */
  name: string;
  /** The chosen options as the store words them ("Size: M, Color: Blue"); "" when none. */
  options: string;
  /**
   * What else to say under the name: "Download" for a digital item without options, "For Grace
   * Hopper (grace@example.com)" for a gift certificate; null when nothing.
   */
  note: Message | null;
  /** Units; a gift certificate is always 1. */
  quantity: number;
  imageUrl: string | null;
  /** Per unit, after the item's discounts (`sale_price`; `list_price` for a custom item). */
  unitPrice: number;
  /** For the quantity (`extended_sale_price`; a gift certificate's `amount`). */
  lineTotal: number;
  /** The cart page may change its quantity (physical and digital lines). */
  quantityEditable: boolean;
  /** The cart page may remove it (every line with an id). */
  removable: boolean;
}

/** What a totals row is; "adjustment" is the difference BigCommerce's total has from the others. */
export type TotalRowKind =
  "subtotal" | "discount" | "coupon" | "shipping" | "handling" | "fee" | "tax" | "adjustment";

/** One row of the totals table, above the grand total. */
export interface TotalRowView {
  kind: TotalRowKind;
  /**
   * What the shopper reads: a code ("Subtotal", "Discount (SAVE10)"), or a fee's `display_name`
   * as the store words it.
   */
  label: Message | string;
  /**
   * Signed, in the cart's currency: what the row adds to the total (a discount is negative).
   * Null for shipping not yet chosen ("Calculated at checkout"), which adds nothing yet.
   */
  amount: number | null;
  /** An amount shown for information and not added (tax already included in prices). */
  included?: boolean;
}

const product = (kind: "physical" | "digital", item: BcLineItem): CartLineView => ({
  id: item.id,
  kind,
  productId: item.product_id,
  name: item.name,
  options: item.options.map((o) => `${o.name}: ${o.value}`).join(", "),
  note: kind === "digital" && item.options.length === 0 ? message("cart.download") : null,
  quantity: item.quantity,
  imageUrl: item.image_url || null,
  unitPrice: item.sale_price,
  lineTotal: item.extended_sale_price,
  quantityEditable: true,
  removable: true,
});

/** "Grace Hopper (grace@example.com)", without empty parts or "()". */
function person(p: { name: string; email: string }): string {
  const name = p.name.trim();
  const email = p.email.trim();
  if (name && email) return `${name} (${email})`;
  return name || email;
}

/** Every line of the checkout: physical, digital, gift certificates, then custom items. */
export function cartLines(c: BcCheckout): CartLineView[] {
  const items = c.cart.line_items;
  return [
    ...items.physical_items.map((i) => product("physical", i)),
    ...items.digital_items.map((i) => product("digital", i)),
    ...items.gift_certificates.map((g): CartLineView => {
      const recipient = person(g.recipient);
      return {
        id: g.id,
        kind: "gift-certificate",
        productId: null,
        name: g.name.trim(),
        options: "",
        note: recipient ? message("cart.giftFor", { recipient }) : null,
        quantity: 1,
        imageUrl: null,
        unitPrice: g.amount,
        lineTotal: g.amount,
        quantityEditable: false,
        removable: g.id !== "",
      };
    }),
    ...items.custom_items.map((i): CartLineView => ({
      id: i.id,
      kind: "custom",
      productId: null,
      name: i.name,
      options: "",
      note: null,
      quantity: i.quantity,
      imageUrl: i.image_url || null,
      unitPrice: i.list_price,
      lineTotal: i.extended_list_price ?? Number(multiplyDecimal(i.list_price, i.quantity)),
      quantityEditable: false,
      removable: i.id !== "",
    })),
  ];
}

/**
 * A coupon's row label, as the confirmation page words it: "Discount (SAVE10)"; its display name
 * when BigCommerce sent no code ("Discount (20% Off)"); plain "Discount" when neither (never "()").
 */
export function couponLabel(coupon: { code: string; display_name: string }): Message {
  const name = coupon.code.trim() || coupon.display_name.trim();
  return name ? message("cart.totals.coupon", { name }) : message("cart.totals.discount");
}

const negative = (amount: number) => (amount === 0 ? 0 : -amount);

/**
 * The totals table above the grand total, in order: subtotal, cart discount, each coupon,
 * shipping (only when something is physical), handling (when charged), each fee, tax. Prices that
 * include tax (`cart.tax_included`) are shown with tax, and the tax row is "included", not added.
 * When BigCommerce's `grand_total` differs from the sum (a discount it does not itemise), an
 * "adjustment" row shows the difference, so the rows always add up to what is charged.
 */
export function totalRows(c: BcCheckout): TotalRowView[] {
  const inc = c.cart.tax_included;
  const rows: TotalRowView[] = [
    {
      kind: "subtotal",
      label: message("cart.totals.subtotal"),
      amount: inc ? c.subtotal_inc_tax : c.subtotal_ex_tax,
    },
  ];
  if (c.cart.discount_amount !== 0) {
    rows.push({
      kind: "discount",
      label: message("cart.totals.discount"),
      amount: negative(c.cart.discount_amount),
    });
  }
  for (const coupon of c.coupons) {
    rows.push({
      kind: "coupon",
      label: couponLabel(coupon),
      amount: negative(coupon.discounted_amount),
    });
  }
  if (c.cart.line_items.physical_items.length > 0) {
    const chosen = c.consignments.some((x) => x.selected_shipping_option);
    const shipping = inc ? c.shipping_cost_total_inc_tax : c.shipping_cost_total_ex_tax;
    rows.push({
      kind: "shipping",
      label: message("cart.totals.shipping"),
      amount: chosen ? shipping : null,
    });
  }
  const handling = inc ? c.handling_cost_total_inc_tax : c.handling_cost_total_ex_tax;
  if (handling !== 0) {
    rows.push({ kind: "handling", label: message("cart.totals.handling"), amount: handling });
  }
  for (const fee of c.fees) {
    const label = fee.display_name.trim() || fee.name.trim() || message("cart.totals.fee");
    rows.push({ kind: "fee", label, amount: inc ? fee.cost_inc_tax : fee.cost_ex_tax });
  }
  rows.push({
    kind: "tax",
    label: message(inc ? "cart.totals.taxIncluded" : "cart.totals.tax"),
    amount: c.tax_total,
    included: inc,
  });
  const difference = subtractDecimals(c.grand_total, sumOfRows(rows));
  if (!sameAmount(difference, 0)) {
    rows.push({
      kind: "adjustment",
      label: message("cart.totals.adjustment"),
      amount: Number(difference),
    });
  }
  return rows;
}

/** The exact sum of the rows that add to the total, as a four-place decimal string. */
export function sumOfRows(rows: TotalRowView[]): string {
  return addDecimals(
    ...rows.filter((r) => !r.included && r.amount !== null).map((r) => r.amount as number),
  );
}
