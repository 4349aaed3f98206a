import type { Metadata } from "next";
import Link from "next/link";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { FormAlert } from "@/app/_components/field";
import { loadCheckout } from "@/lib/checkout";
import { findPaidOrder } from "@/lib/checkout/place-order";
import { getSession, readFlash } from "@/lib/session";
import { removeFromCartAction, updateQuantityAction } from "./actions";

export const metadata: Metadata = { title: "Cart" };
export const dynamic = "force-dynamic";

export default async function CartPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [session, query] = await Promise.all([getSession(), searchParams]);
  const flash = readFlash(session, query.f);
  const view = session.checkoutId ? await loadCheckout(session.checkoutId) : null;
  // The cart is gone because its order was paid, but the answer never reached this browser.
  const paidOrder = !view && session.checkoutId ? await findPaidOrder(session.checkoutId) : null;
  if (paidOrder !== null) {
    return (
      <div className="card stack" role="status">
        <FormAlert message={flash?.message} />
        <h1>Your order #{paidOrder} was placed</h1>
        <p>Your payment went through, but the confirmation did not reach this page.</p>
        <form method="post" action="/checkout/recover">
          <button className="button" type="submit">
            View your order
          </button>
        </form>
      </div>
    );
  }

  if (!view || view.lines.length === 0) {
    return (
      <div className="stack">
        <h1>Your cart</h1>
        <FormAlert message={flash?.message} />
        <p className="muted">Your cart is empty.</p>
        <p>
          <Link className="button" href="/">
            Continue shopping
          </Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <h1>Your cart</h1>
      <FormAlert message={flash?.message} />
      <div className="two-column">
        <section className="card" aria-label="Items">
          <CartLines
            view={view}
            renderAction={(line) => (
              <div className="line-actions">
                <form action={updateQuantityAction} className="quantity-form">
                  <input type="hidden" name="itemId" value={line.id} />
                  <label className="visually-hidden" htmlFor={`qty-${line.id}`}>
                    Quantity of {line.name}
                  </label>
                  <input
                    id={`qty-${line.id}`}
                    name="quantity"
                    type="number"
                    min={1}
                    max={99}
                    defaultValue={line.quantity}
                    inputMode="numeric"
                  />
                  <button
                    className="button button--secondary"
                    type="submit"
                    aria-label={`Update quantity of ${line.name}`}
                  >
                    Update
                  </button>
                </form>
                <form action={removeFromCartAction}>
                  <input type="hidden" name="itemId" value={line.id} />
                  <button
                    className="button button--link"
                    type="submit"
                    aria-label={`Remove ${line.name}`}
                  >
                    Remove
                  </button>
                </form>
              </div>
            )}
          />
        </section>
        <section className="card stack" aria-label="Summary">
          <CartTotals view={view} />
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
