"use client";

/** Never a raw error page: something unexpected failed, the shopper can try again. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card stack" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">Nothing you entered was lost. Please try again in a moment.</p>
      <p>
        <button className="button" type="button" onClick={() => reset()}>
          Try again
        </button>
      </p>
    </div>
  );
}
