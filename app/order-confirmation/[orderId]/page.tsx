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

export default async function OrderConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ orderId }, query] = await Promise.all([params, searchParams]);
  const view = await getConfirmationPageData(orderId, query);
  if (!view) notFound();
  return <OrderConfirmation view={view} />;
}
