import { Money } from "@/app/_components/money";
import type { OrderConfirmationView } from "@/lib/confirmation";
import { formatOrderDate } from "@/lib/dates";
import type { LocaleContext } from "@/lib/i18n";
import { AccountPrompt, ConfirmationActions } from "./confirmation-actions";
import { ConfirmationHero } from "./confirmation-hero";
import { OrderDetails } from "./order-details";
import { statusWords } from "@/app/_lib/status-words";
import { OrderFacts } from "./order-facts";
import { OrderLines } from "./order-lines";
import { OrderTotals } from "./order-totals";
import type { SectionProps } from "./section-props";

/** The whole confirmation page body for one order, in the shopper's language, section by section. */
export function OrderConfirmation({
  view,
  locale,
  accountPrompt = false,
  timeZone = "UTC",
}: {
  view: OrderConfirmationView;
  locale: LocaleContext;
  /** Guests get a short prompt to create an account with the same email. */
  accountPrompt?: boolean;
  /** The store's IANA time zone (BigCommerce's store settings), for the date the order was placed. */
  timeZone?: string;
}) {
  const { t, tag } = locale;
  const money = (value: string) => <Money value={value} currency={view.currency} locale={tag} />;
  const { label: statusLabel, next: statusNext } = statusWords(t, view.statusId, view.status);
  const placedAt = formatOrderDate(view.placedAt, { locale: tag, timeZone });
  const section: SectionProps = { view, t, tag, money };

  return (
    <article className="stack confirmation" aria-labelledby="confirmation-heading">
      <ConfirmationHero view={view} t={t} statusNext={statusNext} />
      <OrderFacts view={view} t={t} statusLabel={statusLabel} placedAt={placedAt} />
      <div className="two-column">
        <OrderLines {...section} />
        <OrderTotals {...section} />
      </div>
      <OrderDetails view={view} t={t} tag={tag} />
      {accountPrompt && <AccountPrompt view={view} t={t} />}
      <ConfirmationActions t={t} />
    </article>
  );
}
