import type { SectionProps } from "./section-props";

/** The heading's mark, by what the status means: a tick only for a confirmed order. */
const ICONS: ReadonlyMap<string, string> = new Map([
  ["confirmed", "✓"],
  ["received", "…"],
  ["incomplete", "!"],
  ["declined", "!"],
  ["cancelled", "×"],
  ["refunded", "↺"],
  ["disputed", "!"],
]);

/** The heading for the order's status, where the confirmation email goes and what happens next. */
export function ConfirmationHero({
  view,
  t,
  statusNext,
}: Pick<SectionProps, "view" | "t"> & { statusNext: string }) {
  const heading = t(`confirmation.headline.${view.headline}`, {
    hasName: view.firstName ? "yes" : "no",
    name: view.firstName,
    order: String(view.orderId),
  });
  return (
    <div className={`confirmation-hero confirmation-hero--${view.headline}`}>
      <span className="confirmation-hero__icon" aria-hidden="true">
        {ICONS.get(view.headline) ?? "•"}
      </span>
      <div>
        <h1 id="confirmation-heading" data-testid="confirmation-heading">
          {heading}
        </h1>
        {(view.standing === "paid" || view.standing === "pending") && (
          <p className="muted" style={{ margin: 0 }}>
            {t("confirmation.emailSent")}{" "}
            <bdi>
              <strong>{view.email}</strong>
            </bdi>
            .
          </p>
        )}
        {statusNext && (
          <p style={{ margin: "0.4rem 0 0" }} data-testid="status-next">
            {statusNext}
          </p>
        )}
      </div>
    </div>
  );
}
