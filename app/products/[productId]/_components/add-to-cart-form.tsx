import { FieldFrame } from "@/app/_components/field";
import { addToCartAction } from "@/app/cart/actions";
import type { ProductView } from "@/lib/catalog";
import type { Translate } from "@/lib/i18n";

/** The product's variants as a required select (only when there is a choice to make). */
function VariantSelect({
  product,
  error,
  t,
}: {
  product: ProductView;
  error?: string;
  t: Translate;
}) {
  return (
    <FieldFrame name="variantId" label={t("shop.options")} error={error}>
      {(control) => (
        <select {...control} required defaultValue="">
          <option value="" disabled>
            {t("shop.choose")}
          </option>
          {product.variants.map((v) => (
            <option key={v.id} value={v.id} disabled={!v.inStock}>
              {v.inStock ? v.label : t("shop.variantSoldOut", { label: v.label })}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** "Add to cart": the variant (when there are options), the quantity, and the button. */
export function AddToCartForm({
  product,
  errors,
  t,
}: {
  product: ProductView;
  errors: Record<string, string>;
  t: Translate;
}) {
  const hasOptions = product.variants.length > 1 || Boolean(product.variants[0]?.label);
  return (
    <form action={addToCartAction} className="stack card">
      <input type="hidden" name="productId" value={product.id} />
      {hasOptions ? (
        <VariantSelect product={product} error={errors.variantId} t={t} />
      ) : (
        <input type="hidden" name="variantId" value={product.variants[0]?.id} />
      )}
      <FieldFrame name="quantity" label={t("shop.quantity")} error={errors.quantity}>
        {(control) => (
          <input {...control} type="number" min={1} max={99} defaultValue={1} inputMode="numeric" />
        )}
      </FieldFrame>
      <button className="button button--wide" type="submit">
        {t("shop.addToCart")}
      </button>
    </form>
  );
}
