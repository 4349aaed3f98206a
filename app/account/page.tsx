import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Money } from "@/app/_components/money";
import { signOutAction } from "@/app/sign-in/actions";
import { customerOrders } from "@/lib/account";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const session = await getSession();
  if (!session.customer) redirect("/sign-in");
  const orders = await customerOrders(getRuntime(), session.customer.id);
  return (
    <div className="stack">
      <h1>Your account</h1>
      <p className="muted">Signed in as {session.customer.email}.</p>
      <section className="card stack" aria-labelledby="orders-heading">
        <h2 id="orders-heading">Your orders</h2>
        {orders.length === 0 ? (
          <p className="muted">No orders yet.</p>
        ) : (
          <ul className="line-items">
            {orders.map((o) => (
              <li key={o.id} className="order-row">
                <Link href={`/order-confirmation/${o.id}`}>Order #{o.id}</Link>
                <span className="muted">{o.status}</span>
                <strong>
                  <Money value={o.total} currency={o.currency} />
                </strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form action={signOutAction}>
        <button className="button button--secondary" type="submit">
          Sign out
        </button>
      </form>
    </div>
  );
}
