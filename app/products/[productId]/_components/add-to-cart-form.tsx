import { FieldFrame } from "@/app/_components/field";
import { addToCartAction } from "@/app/cart/actions";
import type { ProductView } from "@/lib/catalog";

/** The product's variants as a required select (only when there is a choice to make). */
function VariantSelect({ product, error }: { product: ProductView; error?: string }) {
  return (
    <FieldFrame name="variantId" label="Options" error={error}>
      {(control) => (
        <select {...control} required defaultValue="">
          <option value="" disabled>
            Choose…
          </option>
          {product.variants.map((v) => (
            <option key={v.id} value={v.id} disabled={!v.inStock}>
              {v.label}
              {v.inStock ? "" : " (sold out)"}
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
}: {
  product: ProductView;
  errors: Record<string, string>;
}) {
  const hasOptions = product.variants.length > 1 || Boolean(product.variants[0]?.label);
  return (
    <form action={addToCartAction} className="stack card">
      <input type="hidden" name="productId" value={product.id} />
      {hasOptions ? (
        <VariantSelect product={product} error={errors.variantId} />
      ) : (
        <input type="hidden" name="variantId" value={product.variants[0]?.id} />
      )}
      <FieldFrame name="quantity" label="Quantity" error={errors.quantity}>
        {(control) => (
          <input {...control} type="number" min={1} max={99} defaultValue={1} inputMode="numeric" />
        )}
      </FieldFrame>
      <button className="button button--wide" type="submit">
        Add to cart
      </button>
    </form>
  );
}
