import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import type { SearchParams } from "@/app/_lib/page-context";
import { requestLocale } from "@/lib/i18n/server";
import type { LocaleContext } from "@/lib/i18n";
import { logEvent } from "@/lib/log";
import { SCRIPTS_COOKIE } from "@/lib/scripts-cookie";
import { ConfirmationSkeleton } from "./_components/confirmation-skeleton";
import { OrderConfirmation } from "./_components/order-confirmation";
import { PurchaseEventScript } from "./_components/purchase-event";
import { RetryCard } from "./_components/retry-card";
import {
  confirmationGate,
  confirmationPageData,
  uncheckedLink,
  type ConfirmationGate,
} from "./page-data";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return {
    title: t("confirmation.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

// The link's `?t=` token is traded for a session grant by proxy.ts before this page runs.
export default async function OrderConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: SearchParams;
}) {
  const { orderId } = await params;
  const [gate, locale] = await Promise.all([confirmationGate(orderId), requestLocale()]);
  if (!gate) {
    // The link could not be checked (the shared store did not answer): the same link, later.
    const retry = await uncheckedLink(orderId, searchParams);
    if (retry) {
      const { t } = locale;
      return (
        <RetryCard
          title={t("confirmation.uncheckedTitle")}
          text={t("confirmation.uncheckedText")}
          href={retry}
          retry={t("confirmation.retry")}
        />
      );
    }
    logEvent("confirmation.viewed", { outcome: "not-found" });
    notFound();
  }
  // Ownership of a customer's order needs the order itself: decided before anything is sent, so a
  // stranger's order is a real 404. A browser without JavaScript could not reveal streamed content.
  if (gate.access.kind === "customer" || !(await cookies()).has(SCRIPTS_COOKIE)) {
    const body = await ConfirmationBody({ gate, locale });
    return body;
  }
  // A grant proves ownership already: stream a skeleton while BigCommerce answers.
  return (
    <Suspense fallback={<ConfirmationSkeleton label={locale.t("account.loadingOrder")} />}>
      <ConfirmationBody gate={gate} locale={locale} />
    </Suspense>
  );
}

async function ConfirmationBody({
  gate,
  locale,
}: {
  gate: ConfirmationGate;
  locale: LocaleContext;
}) {
  const data = await confirmationPageData(gate);
  if (!data) notFound();
  const { t } = locale;
  if (data.kind === "unavailable") {
    return (
      <RetryCard
        title={t("confirmation.fallbackTitle", { order: String(data.orderId) })}
        text={t("confirmation.fallbackText")}
        href={`/order-confirmation/${data.orderId}`}
        retry={t("confirmation.retry")}
      />
    );
  }
  return (
    <>
      {data.purchaseEvent && <PurchaseEventScript event={data.purchaseEvent} />}
      <OrderConfirmation
        view={data.view}
        locale={locale}
        accountPrompt={data.view.customerId === 0 && !data.signedIn}
        timeZone={data.timeZone}
      />
    </>
  );
}
