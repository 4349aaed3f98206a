import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderConfirmation } from "./_components/order-confirmation";
import { getConfirmationPageData } from "./page-data";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Order confirmation",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

// The link's `?t=` token is traded for a session grant by proxy.ts before this page runs.
export default async function OrderConfirmationPage({
  params,
}: {
  params: Promise<{ orderId: string }>;
}) {
  const view = await getConfirmationPageData((await params).orderId);
  if (!view) notFound();
  return <OrderConfirmation view={view} />;
}
