import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { addToCartAction } from "@/app/cart/actions";
import { FormAlert } from "@/app/_components/field";
import { Money } from "@/app/_components/money";
import { ProductImage } from "@/app/_components/product-image";
import { getProduct } from "@/lib/catalog";
import { getConfig } from "@/lib/config";
import { getSession, readFlash } from "@/lib/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ productId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  return getProduct((await params).productId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load(params);
  return { title: product?.name ?? "Product not found" };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [product, session, query] = await Promise.all([load(params), getSession(), searchParams]);
  if (!product) notFound();
  const flash = readFlash(session, query.f);
  const hasOptions = product.variants.length > 1 || Boolean(product.variants[0]?.label);
  const variantError = flash?.fieldErrors?.variantId;
  const quantityError = flash?.fieldErrors?.quantity;

  return (
    <div className="product-detail">
      <ProductImage src={product.imageUrl} alt={product.imageAlt} size={600} eager />
      <div className="stack">
        <h1>{product.name}</h1>
        <p className="price">
          <Money value={product.price} currency={getConfig().storeCurrency} />
        </p>
        <p>{product.description}</p>
        <FormAlert message={flash?.message} />
        {product.inStock ? (
          <form action={addToCartAction} className="stack card">
            <input type="hidden" name="productId" value={product.id} />
            {hasOptions ? (
              <div className="field">
                <label htmlFor="field-variantId">Options</label>
                <select
                  id="field-variantId"
                  name="variantId"
                  required
                  defaultValue=""
                  aria-invalid={variantError ? true : undefined}
                  aria-describedby={variantError ? "field-variantId-error" : undefined}
                >
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
                {variantError && (
                  <p className="field-error" id="field-variantId-error">
                    {variantError}
                  </p>
                )}
              </div>
            ) : (
              <input type="hidden" name="variantId" value={product.variants[0]?.id} />
            )}
            <div className="field">
              <label htmlFor="field-quantity">Quantity</label>
              <input
                id="field-quantity"
                name="quantity"
                type="number"
                min={1}
                max={99}
                defaultValue={1}
                inputMode="numeric"
                aria-invalid={quantityError ? true : undefined}
                aria-describedby={quantityError ? "field-quantity-error" : undefined}
              />
              {quantityError && (
                <p className="field-error" id="field-quantity-error">
                  {quantityError}
                </p>
              )}
            </div>
            <button className="button button--wide" type="submit">
              Add to cart
            </button>
          </form>
        ) : (
          <p className="alert alert--error">Sold out</p>
        )}
      </div>
    </div>
  );
}
