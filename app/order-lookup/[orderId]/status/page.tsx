import type { Metadata } from "next";
import Link from "next/link";
import { Money } from "@/app/_components/money";
import { statusWords } from "@/app/_lib/status-words";
import { OrderFacts } from "@/app/order-confirmation/[orderId]/_components/order-facts";
import { OrderTotals } from "@/app/order-confirmation/[orderId]/_components/order-totals";
import { parseOrderId } from "@/lib/confirmation/access";
import { formatOrderDate } from "@/lib/dates";
import { geography } from "@/lib/geography";
import type { LocaleContext } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { logEvent } from "@/lib/log";
import { redactedStatusFor, type RedactedOrderView } from "@/lib/order-lookup";
import { getRuntime } from "@/lib/runtime";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("lookup.status.title"), robots: { index: false, follow: false } };
}

/**
 * An order's redacted status, for the browser that just looked it up with matching details
 * (lib/session.ts, LookupProof, 15 minutes): status in words, date, items and totals; no address,
 * name, email or payment. Any other browser, and any order that does not exist, gets the same
 * page saying to open the emailed link.
 */
export default async function OrderStatusPage({
  params,
}: {
  params: Promise<{ orderId: string }>;
}) {
  const [{ orderId: raw }, session, locale] = await Promise.all([
    params,
    getSession(),
    requestLocale(),
  ]);
  const runtime = getRuntime();
  const orderId = parseOrderId(raw);
  const status = await redactedStatusFor(runtime, session, orderId);
  if (status.kind !== "no-proof")
    logEvent("lookup.status-viewed", { orderId, outcome: status.kind });
  if (status.kind === "shown") {
    const timeZone = await geography(runtime).storeTimeZone();
    return <RedactedOrder view={status.view} locale={locale} timeZone={timeZone} />;
  }
  const { t } = locale;
  return (
    <div className="card stack" style={{ maxWidth: 560, margin: "0 auto" }}>
      <h1>{t("lookup.status.noAccessTitle")}</h1>
      <p>{t("lookup.status.noAccessText")}</p>
      <p>
        <Link className="button" href="/order-lookup">
          {t("lookup.status.lookupAgain")}
        </Link>
      </p>
    </div>
  );
}

/** The order without the shopper: heading and facts in words, lines, and the receipt. */
function RedactedOrder({
  view,
  locale,
  timeZone,
}: {
  view: RedactedOrderView;
  locale: LocaleContext;
  timeZone: string;
}) {
  const { t, tag } = locale;
  const money = (value: string) => <Money value={value} currency={view.currency} locale={tag} />;
  const { label, next } = statusWords(t, view.statusId, view.status);
  const order = String(view.orderId);
  return (
    <article className="stack" aria-labelledby="status-heading" data-testid="redacted-status">
      <h1 id="status-heading">
        {t(`confirmation.headline.${view.headline}`, { hasName: "no", name: "", order })}
      </h1>
      <p className="muted">{t("lookup.status.note")}</p>
      <OrderFacts
        view={view}
        t={t}
        statusLabel={label}
        placedAt={formatOrderDate(view.placedAt, { locale: tag, timeZone })}
        label={t("lookup.status.title")}
      >
        {next && <p data-testid="status-next">{next}</p>}
      </OrderFacts>
      <div className="two-column">
        <section className="card" aria-labelledby="items-heading">
          <h2 id="items-heading">{t("confirmation.items")}</h2>
          <ul className="line-items" data-testid="order-lines">
            {view.lines.map((line) => (
              <li key={line.id} className="order-row" data-testid="order-line">
                <span>
                  <span data-testid="line-name">{line.name}</span>
                  <span className="muted">
                    {" · "}
                    {t("confirmation.quantity")} {line.quantity} × {money(line.unitPrice)}
                  </span>
                </span>
                <span data-testid="line-total">{money(line.lineTotal)}</span>
              </li>
            ))}
          </ul>
        </section>
        <OrderTotals view={{ receipt: view.receipt, shipments: [] }} t={t} money={money} />
      </div>
    </article>
  );
}
