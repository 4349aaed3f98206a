import { Money } from "@/app/_components/money";
import type { OrderConfirmationView } from "@/lib/confirmation";
import { formatDateTime, type LocaleContext } from "@/lib/i18n";
import { AccountPrompt, ConfirmationActions } from "./confirmation-actions";
import { ConfirmationHero } from "./confirmation-hero";
import { OrderDetails } from "./order-details";
import { OrderFacts } from "./order-facts";
import { OrderLines } from "./order-lines";
import { OrderTotals } from "./order-totals";
import type { SectionProps } from "./section-props";

/** The whole confirmation page body for one order, in the shopper's language, section by section. */
export function OrderConfirmation({
  view,
  locale,
  accountPrompt = false,
}: {
  view: OrderConfirmationView;
  locale: LocaleContext;
  /** Guests get a short prompt to create an account with the same email. */
  accountPrompt?: boolean;
}) {
  const { t, tag } = locale;
  const c = t.confirmation;
  const money = (value: string) => <Money value={value} currency={view.currency} locale={tag} />;
  const [statusLabel, statusNext] = t.status[view.statusId] ?? [view.status, ""];
  const placedAt = formatDateTime(view.placedAt, tag);
  const section: SectionProps = { view, c, money };

  return (
    <article className="stack confirmation" aria-labelledby="confirmation-heading">
      <ConfirmationHero view={view} c={c} statusNext={statusNext} />
      <OrderFacts view={view} c={c} statusLabel={statusLabel} placedAt={placedAt} />
      <div className="two-column">
        <OrderLines {...section} />
        <OrderTotals {...section} />
      </div>
      <OrderDetails view={view} c={c} />
      {accountPrompt && <AccountPrompt view={view} c={c} />}
      <ConfirmationActions c={c} />
    </article>
  );
}
