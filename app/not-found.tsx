import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card stack">
      <h1>Page not found</h1>
      <p className="muted">We could not find what you were looking for.</p>
      <p>
        <Link className="button" href="/">
          Continue shopping
        </Link>
      </p>
    </div>
  );
}
