import { formatMoney } from "@/lib/money";

export function Money({
  value,
  currency,
  locale,
}: {
  value: string | number;
  currency: string;
  locale?: string;
}) {
  return <>{formatMoney(value, currency, locale)}</>;
}
