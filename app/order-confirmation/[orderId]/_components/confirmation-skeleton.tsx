/**
 * The page's shape while the order loads, so nothing jumps when it arrives; `label` tells
 * assistive technology what is loading, in the shopper's language.
 */
export function ConfirmationSkeleton({ label }: { label: string }) {
  return (
    <div
      className="stack skeleton"
      aria-busy="true"
      aria-live="polite"
      data-testid="confirmation-skeleton"
    >
      <p className="visually-hidden">{label}</p>
      <div className="skeleton__bar skeleton__bar--title" />
      <div className="card">
        <div className="skeleton__bar" />
        <div className="skeleton__bar skeleton__bar--short" />
      </div>
      <div className="two-column">
        <div className="card stack">
          <div className="skeleton__bar" />
          <div className="skeleton__bar" />
          <div className="skeleton__bar skeleton__bar--short" />
        </div>
        <div className="card stack">
          <div className="skeleton__bar" />
          <div className="skeleton__bar skeleton__bar--short" />
        </div>
      </div>
    </div>
  );
}
