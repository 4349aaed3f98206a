import Link from "next/link";
import { requestLocale } from "@/lib/i18n/server";
import { NotFoundCard } from "./_components/not-found-card";

/** The site-wide 404, in the shopper's language. */
export default async function NotFound() {
  const { t } = await requestLocale();
  return <NotFoundCard what="page" t={t} link={Link} />;
}
