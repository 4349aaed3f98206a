import Link from "next/link";
import { FormAlert } from "@/app/_components/field";
import { HomeButton } from "@/app/_components/not-found-card";
import type { Translate } from "@/lib/i18n";

/** The order was paid but its confirmation never arrived: one button to open it. */
export function OrderPlaced({
  orderId,
  message,
  t,
}: {
  orderId: number;
  message?: string;
  t: Translate;
}) {
  return (
    <div className="card stack" role="status">
      <FormAlert message={message} />
      <h1>{t("cart.placedTitle", { order: String(orderId) })}</h1>
      <p>{t("cart.placedText")}</p>
      <form method="post" action="/checkout/recover">
        <button className="button" type="submit">
          {t("cart.viewOrder")}
        </button>
      </form>
    </div>
  );
}

/** No cart, or nothing in it. */
export function EmptyCart({ message, t }: { message?: string; t: Translate }) {
  return (
    <div className="stack">
      <h1>{t("cart.heading")}</h1>
      <FormAlert message={message} />
      <p className="muted">{t("cart.empty")}</p>
      <HomeButton label={t("cart.continueShopping")} link={Link} />
    </div>
  );
}
