import type { Metadata } from "next";
import { statusWords } from "@/app/_lib/status-words";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Money } from "@/app/_components/money";
import { signOutAction } from "@/app/sign-in/actions";
import { customerOrders, type OrderSummary } from "@/lib/account";
import { formatOrderDate } from "@/lib/dates";
import { geography } from "@/lib/geography";
import type { LocaleContext } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("account.page.title") };
}

/** The order's status in the shopper's words (statusWords). */
function statusLabel({ t }: LocaleContext, order: OrderSummary): string {
  return statusWords(t, order.statusId, order.status).label;
}

/** One order: its number (a link to its confirmation), when it was placed, its status and total. */
function OrderRow({
  order,
  locale,
  timeZone,
}: {
  order: OrderSummary;
  locale: LocaleContext;
  timeZone: string;
}) {
  const { t, tag } = locale;
  return (
    <li className="order-row">
      <span>
        <Link href={`/order-confirmation/${order.id}`}>
          {t("account.page.order", { order: String(order.id) })}
        </Link>{" "}
        <time className="muted" dateTime={order.placedAt}>
          {formatOrderDate(order.placedAt, { locale: tag, timeZone })}
        </time>
      </span>
      <span className="muted">{statusLabel(locale, order)}</span>
      <strong>
        <Money value={order.total} currency={order.currency} locale={tag} />
      </strong>
    </li>
  );
}

/** The signed-in customer's account: their orders, newest first, and signing out. */
export default async function AccountPage() {
  const [session, locale] = await Promise.all([getSession(), requestLocale()]);
  if (!session.customer) redirect("/sign-in");
  const runtime = getRuntime();
  const [orders, timeZone] = await Promise.all([
    customerOrders(runtime, session.customer.id),
    // Cached for an hour; "UTC" (named so) when the store's settings cannot be read.
    geography(runtime).storeTimeZone(),
  ]);
  const { t } = locale;
  return (
    <div className="stack">
      <h1>{t("account.page.title")}</h1>
      <p className="muted">{t("account.page.signedInAs", { email: session.customer.email })}</p>
      <section className="card stack" aria-labelledby="orders-heading">
        <h2 id="orders-heading">{t("account.page.orders")}</h2>
        {orders.length === 0 ? (
          <p className="muted">{t("account.page.noOrders")}</p>
        ) : (
          <ul className="line-items">
            {orders.map((o) => (
              <OrderRow key={o.id} order={o} locale={locale} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </section>
      <form action={signOutAction}>
        <button className="button button--secondary" type="submit">
          {t("account.page.signOut")}
        </button>
      </form>
    </div>
  );
}
