import Link from "next/link";
import { headers } from "next/headers";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";

/**
 * Every wrong door looks the same: no hint whether the order exists. Only a genuine link for this
 * order that expired or was used up is told so, and shown a way forward; still no order data.
 */
export default async function ConfirmationNotFound() {
  const spent = (await headers()).get(LINK_STATE_HEADER) === "spent";
  if (spent) {
    return (
      <div className="card stack">
        <h1>This confirmation link has expired or was already used</h1>
        <p>
          For your security, confirmation links work once and for a limited time. Your order is not
          affected: your confirmation email has its details.
        </p>
        <p>
          If you have an account, <Link href="/sign-in">sign in</Link> to see your orders.
          Otherwise, contact the store with your order number.
        </p>
        <p>
          <Link className="button" href="/">
            Continue shopping
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card stack">
      <h1>We can&rsquo;t show this order</h1>
      <p className="muted">
        This confirmation link is not valid. If you placed an order, your confirmation email has the
        details.
      </p>
      <p>
        <Link className="button" href="/">
          Continue shopping
        </Link>
      </p>
    </div>
  );
}
