import type { SectionProps } from "./section-props";

/** The order's key facts: number, date placed (UTC), status in the shopper's words and email. */
export function OrderFacts({
  view,
  c,
  statusLabel,
  placedAt,
}: Pick<SectionProps, "view" | "c"> & { statusLabel: string; placedAt: string }) {
  return (
    <section className="card" aria-label={c.title}>
      <dl className="facts">
        <div>
          <dt>{c.orderNumber}</dt>
          <dd data-testid="order-number">{view.orderId}</dd>
        </div>
        <div>
          <dt>{c.date}</dt>
          <dd>
            <time dateTime={view.placedAt} data-testid="order-date">
              {placedAt} UTC
            </time>
          </dd>
        </div>
        <div>
          <dt>{c.status}</dt>
          <dd data-testid="order-status">{statusLabel}</dd>
        </div>
        <div>
          <dt>{c.email}</dt>
          <dd>{view.email}</dd>
        </div>
      </dl>
    </section>
  );
}
