import type { SectionProps } from "./section-props";

/** The order's key facts: number, date placed (in the store's time zone, named), status in the shopper's words and email. */
export function OrderFacts({
  view,
  t,
  statusLabel,
  placedAt,
}: Pick<SectionProps, "view" | "t"> & { statusLabel: string; placedAt: string }) {
  return (
    <section className="card" aria-label={t("confirmation.title")}>
      <dl className="facts">
        <div>
          <dt>{t("confirmation.orderNumber")}</dt>
          <dd data-testid="order-number">{view.orderId}</dd>
        </div>
        <div>
          <dt>{t("confirmation.date")}</dt>
          <dd>
            <time dateTime={view.placedAt} data-testid="order-date">
              {placedAt}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t("confirmation.status")}</dt>
          <dd data-testid="order-status">{statusLabel}</dd>
        </div>
        <div>
          <dt>{t("confirmation.email")}</dt>
          <dd>
            {/* Isolated: an address in Latin letters keeps its order in a right-to-left page. */}
            <bdi>{view.email}</bdi>
          </dd>
        </div>
      </dl>
    </section>
  );
}
