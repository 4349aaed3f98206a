import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormAlert } from "@/app/_components/field";
import { Money } from "@/app/_components/money";
import { ProductImage } from "@/app/_components/product-image";
import { pageContext, type SearchParams } from "@/app/_lib/page-context";
import { cachedCatalog } from "@/app/_lib/catalog";
import { parseProductId } from "@/lib/catalog";
import { requestLocale } from "@/lib/i18n/server";
import { getRuntime } from "@/lib/runtime";
import { AddToCartForm } from "./_components/add-to-cart-form";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ productId: string }>;
  searchParams: SearchParams;
};

/** The product the URL names, from the cached catalog; null for an id no product can have. */
async function load(params: Props["params"]) {
  const productId = parseProductId((await params).productId);
  return productId === null ? null : cachedCatalog().getProduct(productId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, { t }] = await Promise.all([load(params), requestLocale()]);
  return { title: product?.name ?? t("shop.productNotFound") };
}

/** A product with its price, description and "Add to cart" (or "Sold out"). */
export default async function ProductPage({ params, searchParams }: Props) {
  const [product, { flash, errors, locale }] = await Promise.all([
    load(params),
    pageContext(searchParams),
  ]);
  if (!product) notFound();
  const { t, tag } = locale;
  return (
    <div className="product-detail">
      <ProductImage
        src={product.imageUrl}
        alt={product.imageAlt}
        size={600}
        eager
        placeholder={t("shop.noImage")}
      />
      <div className="stack">
        <h1>{product.name}</h1>
        <p className="price">
          <Money value={product.price} currency={getRuntime().config.storeCurrency} locale={tag} />
        </p>
        <p>{product.description}</p>
        <FormAlert message={flash?.message} />
        {product.inStock ? (
          <AddToCartForm product={product} errors={errors} t={t} />
        ) : (
          <p className="alert alert--error">{t("shop.soldOut")}</p>
        )}
      </div>
    </div>
  );
}
