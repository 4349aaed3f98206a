import { formatMoney } from "@/lib/money";

export function Money({ value, currency }: { value: string | number; currency: string }) {
  return <>{formatMoney(value, currency)}</>;
}
