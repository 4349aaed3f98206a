import Link from "next/link";

/** Every wrong door looks the same: no hint whether the order exists or the link was ever valid. */
export default function ConfirmationNotFound() {
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
