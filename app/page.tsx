import Link from "next/link";
import { Money } from "./_components/money";
import { ProductImage } from "./_components/product-image";
import { requestLocale } from "@/lib/i18n/server";
import { getRuntime } from "@/lib/runtime";
import { cachedCatalog } from "./_lib/catalog";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [products, { t, tag }] = await Promise.all([
    cachedCatalog().listProducts(),
    requestLocale(),
  ]);
  const currency = getRuntime().config.storeCurrency;
  return (
    <>
      <h1>{t("shop.title")}</h1>
      <ul className="product-grid">
        {products.map((p, i) => (
          <li key={p.id}>
            <Link className="product-card" href={`/products/${p.id}`}>
              <ProductImage
                src={p.imageUrl}
                alt={p.imageAlt}
                size={400}
                eager={i < 4}
                placeholder={t("shop.noImage")}
              />
              <div className="product-card__body">
                <p className="product-card__name">{p.name}</p>
                <p className="muted" style={{ margin: 0 }}>
                  <Money value={p.price} currency={currency} locale={tag} />
                  {!p.inStock && ` · ${t("shop.soldOut")}`}
                </p>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
