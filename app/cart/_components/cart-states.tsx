import Link from "next/link";
import { FormAlert } from "@/app/_components/field";
import { HomeButton } from "@/app/_components/not-found-card";

/** The order was paid but its confirmation never arrived: one button to open it. */
export function OrderPlaced({ orderId, message }: { orderId: number; message?: string }) {
  return (
    <div className="card stack" role="status">
      <FormAlert message={message} />
      <h1>Your order #{orderId} was placed</h1>
      <p>Your payment went through, but the confirmation did not reach this page.</p>
      <form method="post" action="/checkout/recover">
        <button className="button" type="submit">
          View your order
        </button>
      </form>
    </div>
  );
}

/** No cart, or nothing in it. */
export function EmptyCart({ message }: { message?: string }) {
  return (
    <div className="stack">
      <h1>Your cart</h1>
      <FormAlert message={message} />
      <p className="muted">Your cart is empty.</p>
      <HomeButton label="Continue shopping" link={Link} />
    </div>
  );
}
