import type { SectionProps } from "./section-props";

/** The thank-you heading, where the confirmation email goes and what happens next for this status. */
export function ConfirmationHero({
  view,
  c,
  statusNext,
}: Pick<SectionProps, "view" | "c"> & { statusNext: string }) {
  return (
    <div className="confirmation-hero">
      <span className="confirmation-hero__icon" aria-hidden="true">
        ✓
      </span>
      <div>
        <h1 id="confirmation-heading">{c.thanks(view.firstName, view.orderId)}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {c.emailSent} <strong>{view.email}</strong>.
        </p>
        {statusNext && (
          <p style={{ margin: "0.4rem 0 0" }} data-testid="status-next">
            {statusNext}
          </p>
        )}
      </div>
    </div>
  );
}
