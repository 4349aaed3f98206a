// The product lines of POST /v2/orders: catalog products (resolved against the sandbox catalogue,
// options by id, a text modifier's value the typed text) and custom products, as order lines
// priced in the order's currency with big.js.
import Big from "big.js";
import { findProduct, optionValue, unitPriceCents } from "./catalog";
import { centsToV2, dec, inCurrency, v2 } from "./money";
import { badRequest, type ProductInput } from "./orders-post-input";
import { SANDBOX_TAX, type SeedProduct, type SeedVariant } from "./seed";
import { nextLineId, type OrderLine, type OrderLineOption, type SandboxState } from "./state";

/** Where a line goes: a shipping address id, a pickup consignment id, or neither (0). */
export interface LinePlace {
  orderAddressId: number;
  orderPickupMethodId: number;
}

type CatalogInput = Extract<ProductInput, { product_id: number }>;

/** The variant a catalog line names by `variant_id` or by its options' value ids; 400 otherwise. */
function variantOf(product: SeedProduct, input: CatalogInput): SeedVariant {
  if (input.variant_id !== undefined) {
    const variant = product.variants.find((v) => v.id === input.variant_id);
    if (!variant)
      throw badRequest(`Variant ${input.variant_id} is not a variant of product ${product.id}.`);
    return variant;
  }
  if (!product.options.length) return product.variants[0];
  const chosen = product.options.map((o) => {
    const given = input.product_options?.find((p) => p.id === o.id);
    const value = given && o.values.find((v) => String(v.id) === given.value);
    if (!value)
      throw badRequest(`The option '${o.displayName}' of product ${product.id} needs a value.`);
    return value.id;
  });
  const variant = product.variants.find((v) => v.optionValueIds.every((id, i) => id === chosen[i]));
  if (!variant) throw badRequest(`No variant of product ${product.id} has those options.`);
  return variant;
}

/** The line's options: the variant's choices, then the text modifiers given (400 when too long or unknown). */
function optionsOf(
  product: SeedProduct,
  variant: SeedVariant,
  input: CatalogInput,
): OrderLineOption[] {
  const choices = variant.optionValueIds.map((valueId): OrderLineOption => {
    const { option, value } = optionValue(product, valueId);
    const name = option.displayName;
    return {
      optionId: option.id,
      type: "Multiple choice",
      name,
      displayName: name,
      displayValue: value.label,
      value: String(value.id),
    };
  });
  const modifiers = product.modifiers ?? [];
  for (const given of input.product_options ?? []) {
    const known =
      product.options.some((o) => o.id === given.id) || modifiers.some((m) => m.id === given.id);
    if (!known) throw badRequest(`Product ${product.id} has no option ${given.id}.`);
  }
  const texts = modifiers.flatMap((m): OrderLineOption[] => {
    const given = input.product_options?.find((p) => p.id === m.id);
    if (!given || given.value === "") {
      if (m.required)
        throw badRequest(`The option '${m.displayName}' of product ${product.id} is required.`);
      return [];
    }
    if (given.value.length > m.maxLength) {
      throw badRequest(`The option '${m.displayName}' takes at most ${m.maxLength} characters.`);
    }
    return [
      {
        optionId: m.id,
        type: "Text field",
        name: m.displayName,
        displayName: m.displayName,
        displayValue: given.value,
        value: given.value,
      },
    ];
  });
  return [...choices, ...texts];
}

/** Unit prices ex and inc tax: as given, else the catalogue's price with the sandbox's tax, in the currency's places. */
function unitPrices(
  input: { price_ex_tax?: number; price_inc_tax?: number },
  catalogCents: number | null,
  currency: string,
) {
  const ex =
    input.price_ex_tax !== undefined ? dec(input.price_ex_tax) : dec(centsToV2(catalogCents ?? 0));
  const taxed = ex.times(new Big(10_000 + SANDBOX_TAX.basisPoints).div(10_000));
  const inc =
    input.price_inc_tax !== undefined ? v2(dec(input.price_inc_tax)) : inCurrency(taxed, currency);
  return { ex: v2(ex), inc };
}

function wrappingOf(input: ProductInput): OrderLine["wrapping"] {
  if (
    !("product_id" in input) ||
    (input.wrapping_name === undefined &&
      input.wrapping_cost_ex_tax === undefined &&
      input.wrapping_cost_inc_tax === undefined)
  ) {
    return null;
  }
  const ex = input.wrapping_cost_ex_tax ?? input.wrapping_cost_inc_tax ?? 0;
  const inc = input.wrapping_cost_inc_tax ?? ex;
  return {
    name: input.wrapping_name ?? "Gift wrap",
    message: input.wrapping_message ?? "",
    costExTax: v2(ex),
    costIncTax: v2(inc),
  };
}

/**
 * An order line for one product of order_Post, placed at `place` (digital products are never
 * shipped: their place is 0). Throws SandboxError 400 for an unknown product, variant or option.
 */
export function orderLineOf(
  state: SandboxState,
  input: ProductInput,
  currency: string,
  place: LinePlace,
): OrderLine {
  const base = {
    id: nextLineId(state),
    quantity: input.quantity,
    appliedDiscounts: [],
    wrapping: wrappingOf(input),
    giftCertificateId: null,
    recipientEmail: "",
  };
  if (!("product_id" in input)) {
    const { ex, inc } = unitPrices(input, null, currency);
    return {
      ...base,
      type: "physical",
      productId: 0,
      variantId: 0,
      name: input.name,
      sku: input.sku ?? "",
      ...place,
      ...totals(ex, inc, input.quantity),
      options: [],
    };
  }
  const product = findProduct(state, input.product_id);
  if (!product) throw badRequest(`Product ${input.product_id} does not exist.`);
  const variant = variantOf(product, input);
  const { ex, inc } = unitPrices(input, unitPriceCents({ product, variant }), currency);
  const digital = product.type === "digital";
  return {
    ...base,
    type: digital ? "digital" : "physical",
    productId: product.id,
    variantId: variant.id,
    name: input.name ?? product.name,
    sku: variant.sku,
    ...(digital ? { orderAddressId: 0, orderPickupMethodId: 0 } : place),
    ...totals(ex, inc, input.quantity),
    options: optionsOf(product, variant, input),
  };
}

function totals(ex: string, inc: string, quantity: number) {
  return {
    priceExTax: ex,
    priceIncTax: inc,
    totalExTax: v2(dec(ex).times(quantity)),
    totalIncTax: v2(dec(inc).times(quantity)),
  };
}
