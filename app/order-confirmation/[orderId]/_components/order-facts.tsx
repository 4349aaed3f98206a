import type { ReactNode } from "react";
import type { OrderConfirmationView } from "@/lib/confirmation";
import type { Translate } from "@/lib/i18n";

/**
 * The order's key facts: number, date placed (in the store's time zone, named), status in the
 * shopper's words and, when given, the email (the redacted status page gives none). `label` names
 * the section (default: the confirmation's title); `children` follow the facts inside it.
 */
export function OrderFacts({
  view,
  t,
  statusLabel,
  placedAt,
  label,
  children,
}: {
  view: Pick<OrderConfirmationView, "orderId" | "placedAt"> & { email?: string };
  t: Translate;
  statusLabel: string;
  placedAt: string;
  label?: string;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-label={label ?? t("confirmation.title")}>
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
        {view.email !== undefined && (
          <div>
            <dt>{t("confirmation.email")}</dt>
            <dd>
              {/* Isolated: an address in Latin letters keeps its order in a right-to-left page. */}
              <bdi>{view.email}</bdi>
            </dd>
          </div>
        )}
      </dl>
      {children}
    </section>
  );
}
