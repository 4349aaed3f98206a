import type { CartLineView, CheckoutView, TotalRowView } from "@/lib/checkout";
import type { Translate } from "@/lib/i18n";
import { translate } from "@/lib/i18n/message";
import { formatMoney } from "@/lib/money";
import { Money } from "./money";
import { ProductImage } from "./product-image";

/** The words and number formats of the summary: the translator and the BCP 47 tag for Intl. */
export interface SummaryLocale {
  t: Translate;
  /** BCP 47 tag for money and numbers ("de-DE"). */
  tag: string;
}

/** A line's name as the shopper reads it: the store's, or "Gift certificate" when it has none. */
export const lineName = (line: CartLineView, t: Translate): string =>
  line.name || t("cart.giftCertificate");

/** Lines and totals of a cart or checkout, all amounts as BigCommerce computed them. */
export function CartLines({
  view,
  t,
  tag,
  renderAction,
}: SummaryLocale & {
  view: CheckoutView;
  renderAction?: (line: CartLineView) => React.ReactNode;
}) {
  return (
    <ul className="line-items">
      {view.lines.map((line, index) => (
        <li className="line-item" key={`${line.kind}-${line.id || index}`}>
          <ProductImage src={line.imageUrl} alt="" size={72} placeholder={t("shop.noImage")} />
          <div>
            <p className="line-item__name">{lineName(line, t)}</p>
            {line.options && <p className="line-item__meta">{line.options}</p>}
            {line.note && <p className="line-item__meta">{translate(t, line.note)}</p>}
            {line.kind !== "gift-certificate" && (
              <p className="line-item__meta">
                {t("cart.unitPrice", {
                  n: line.quantity,
                  price: formatMoney(line.unitPrice, view.currency, tag),
                })}
              </p>
            )}
            {renderAction?.(line)}
          </div>
          <div className="line-item__total">
            <Money value={line.lineTotal} currency={view.currency} locale={tag} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One row of the totals table: what it is, and the amount. */
function TotalRow({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** A row's amount: "−$3.50" for a discount, "Calculated at checkout" for shipping not chosen. */
function RowAmount({
  row,
  currency,
  t,
  tag,
}: SummaryLocale & { row: TotalRowView; currency: string }) {
  if (row.amount === null) return <>{t("cart.totals.shippingLater")}</>;
  if (row.amount < 0) {
    return (
      <>
        −<Money value={-row.amount} currency={currency} locale={tag} />
      </>
    );
  }
  return <Money value={row.amount} currency={currency} locale={tag} />;
}

/**
 * The totals table as BigCommerce computed it: subtotal, discounts and coupons, shipping (for a
 * cart that ships), handling, fees and tax, then the total; the rows add up to the total.
 */
export function CartTotals({ view, t, tag }: SummaryLocale & { view: CheckoutView }) {
  return (
    <table className="totals">
      <tbody>
        {view.rows.map((row, index) => (
          <TotalRow key={`${row.kind}-${index}`} label={translate(t, row.label)}>
            <RowAmount row={row} currency={view.currency} t={t} tag={tag} />
          </TotalRow>
        ))}
        <TotalRow label={t("cart.totals.total")} className="totals__grand">
          <Money value={view.total} currency={view.currency} locale={tag} />
        </TotalRow>
      </tbody>
    </table>
  );
}
