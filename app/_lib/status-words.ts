import type { Translate } from "@/lib/i18n";

/**
 * An order status in the shopper's words: its label and what happens next. BigCommerce's statuses
 * 0–14 have words of their own; another (a merchant's) keeps its name and has no "next" words.
 */
export function statusWords(
  t: Translate,
  statusId: number,
  name: string,
): { label: string; next: string } {
  const known = /^(?:\d|1[0-4])$/.test(String(statusId)) ? (String(statusId) as "0") : null;
  return known
    ? { label: t(`status.${known}.label`), next: t(`status.${known}.next`) }
    : { label: name, next: "" };
}
