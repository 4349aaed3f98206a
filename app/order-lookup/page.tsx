import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/app/_components/field";
import { pageContext, type SearchParams } from "@/app/_lib/page-context";
import { parseOrderId } from "@/lib/confirmation/access";
import { requestLocale } from "@/lib/i18n/server";
import { lookupAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("lookup.title"), robots: { index: false, follow: false } };
}

/**
 * Find an order: number, email and billing postal code. After a well-formed lookup (`?sent=N`)
 * the page says the same sentence and offers the same status link whatever the lookup found.
 */
export default async function OrderLookupPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, errors, locale } = await pageContext(searchParams);
  const { t } = locale;
  const sent = typeof query.sent === "string" ? parseOrderId(query.sent) : null;
  return (
    <div className="card stack" style={{ maxWidth: 520, margin: "0 auto" }}>
      <h1>{t("lookup.title")}</h1>
      {sent !== null && (
        <div className="alert alert--success" role="status" data-testid="lookup-sent">
          <p style={{ margin: 0 }}>{t("lookup.sent")}</p>
          <p style={{ margin: "0.4rem 0 0" }}>
            <Link href={`/order-lookup/${sent}/status`}>{t("lookup.statusLink")}</Link>
          </p>
        </div>
      )}
      <p className="muted">{t("lookup.intro")}</p>
      <form action={lookupAction} className="stack" noValidate>
        <Field
          name="orderNumber"
          label={t("lookup.orderNumber")}
          inputMode="numeric"
          autoComplete="off"
          required
          error={errors.orderNumber}
        />
        <Field
          name="email"
          label={t("lookup.email")}
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
        <Field
          name="postalCode"
          label={t("lookup.postalCode")}
          autoComplete="billing postal-code"
          required
          error={errors.postalCode}
        />
        <button className="button button--wide" type="submit">
          {t("lookup.submit")}
        </button>
      </form>
    </div>
  );
}
