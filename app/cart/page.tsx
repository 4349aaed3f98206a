import type { Metadata } from "next";
import Link from "next/link";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { FormAlert } from "@/app/_components/field";
import type { SearchParams } from "@/app/_lib/page-context";
import { requestLocale } from "@/lib/i18n/server";
import { EmptyCart, OrderPlaced } from "./_components/cart-states";
import { LineActions } from "./_components/line-actions";
import { cartPageData } from "./page-data";

export const dynamic = "force-dynamic";

/** The page's title, in the shopper's language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("cart.title") };
}

/** The cart: its lines with quantity and remove, the totals, and the way to checkout. */
export default async function CartPage({ searchParams }: { searchParams: SearchParams }) {
  const data = await cartPageData(searchParams);
  const { t, tag } = data.locale;
  const message = data.flash?.message;
  if (data.kind === "paid") {
    return <OrderPlaced orderId={data.orderId} message={message} t={t} />;
  }
  if (data.kind === "empty") return <EmptyCart message={message} t={t} />;
  return (
    <>
      <h1>{t("cart.heading")}</h1>
      <p className="muted">{t("cart.itemCount", { n: data.view.itemCount })}</p>
      <FormAlert message={message} />
      <div className="two-column">
        <section className="card" aria-label={t("cart.items")}>
          <CartLines
            view={data.view}
            t={t}
            tag={tag}
            renderAction={(line) => <LineActions line={line} t={t} />}
          />
        </section>
        <section className="card stack" aria-label={t("cart.summary")}>
          <CartTotals view={data.view} t={t} tag={tag} />
          <Link className="button button--wide" href="/checkout">
            {t("cart.checkOut")}
          </Link>
          <Link className="button button--secondary button--wide" href="/">
            {t("cart.continueShopping")}
          </Link>
        </section>
      </div>
    </>
  );
}
