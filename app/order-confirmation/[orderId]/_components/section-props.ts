import type { ReactNode } from "react";
import type { OrderConfirmationView } from "@/lib/confirmation";
import type { Translate } from "@/lib/i18n";

/** What each section of the confirmation page is given: the order, its words and its money format. */
export interface SectionProps {
  view: OrderConfirmationView;
  /** The shopper's messages (`t("confirmation.total")`). */
  t: Translate;
  /** The shopper's BCP 47 tag ("de-DE"), for country names in addresses. */
  tag: string;
  /** An amount in the order's currency, formatted for the shopper's locale. */
  money: (value: string) => ReactNode;
}
