import type { Metadata } from "next";
import Link from "next/link";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { FormAlert } from "@/app/_components/field";
import type { SearchParams } from "@/app/_lib/page-context";
import { EmptyCart, OrderPlaced } from "./_components/cart-states";
import { LineActions } from "./_components/line-actions";
import { cartPageData } from "./page-data";

export const metadata: Metadata = { title: "Cart" };
export const dynamic = "force-dynamic";

/** The cart: its lines with quantity and remove, the totals, and the way to checkout. */
export default async function CartPage({ searchParams }: { searchParams: SearchParams }) {
  const data = await cartPageData(searchParams);
  const message = data.flash?.message;
  if (data.kind === "paid") return <OrderPlaced orderId={data.orderId} message={message} />;
  if (data.kind === "empty") return <EmptyCart message={message} />;
  return (
    <>
      <h1>Your cart</h1>
      <FormAlert message={message} />
      <div className="two-column">
        <section className="card" aria-label="Items">
          <CartLines view={data.view} renderAction={(line) => <LineActions line={line} />} />
        </section>
        <section className="card stack" aria-label="Summary">
          <CartTotals view={data.view} />
          <Link className="button button--wide" href="/checkout">
            Check out
          </Link>
          <Link className="button button--secondary button--wide" href="/">
            Continue shopping
          </Link>
        </section>
      </div>
    </>
  );
}
