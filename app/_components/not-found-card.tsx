import type { Translate } from "@/lib/i18n";
import type { LinkComponent } from "./site-shell";

// The "not found" card. The site's 404 (app/not-found.tsx), the confirmation route's 404
// (app/order-confirmation/[orderId]/not-found.tsx) and the prebuilt 404 that proxy.ts serves
// (app/_lib/not-found-document.tsx) all render it, so their words and markup stay one.

/** The way home as a button: "Continue shopping". */
export function HomeButton({ label, link: Link }: { label: string; link: LinkComponent }) {
  return (
    <p>
      <Link className="button" href="/">
        {label}
      </Link>
    </p>
  );
}

/**
 * A 404 in the shopper's language: `page` for a page that does not exist, `order` for the
 * confirmation route, where every wrong door looks the same (no hint whether the order exists).
 */
export function NotFoundCard({
  what,
  t,
  link,
}: {
  what: "page" | "order";
  t: Translate;
  link: LinkComponent;
}) {
  const [title, text] =
    what === "order"
      ? [t("confirmation.notFoundTitle"), t("confirmation.notFoundText")]
      : [t("layout.notFoundTitle"), t("layout.notFoundText")];
  return (
    <div className="card stack">
      <h1>{title}</h1>
      <p className="muted">{text}</p>
      <HomeButton label={t("confirmation.continueShopping")} link={link} />
    </div>
  );
}
