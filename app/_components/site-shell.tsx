import type { ComponentType, ReactNode } from "react";
import type { Translate } from "@/lib/i18n";

// The page frame every page shares: skip link, header (with the sandbox banner), main, footer.
// app/layout.tsx renders it around each page, and the prebuilt 404 that proxy.ts serves
// (app/_lib/not-found-document.tsx) renders the very same components, so the two cannot drift
// apart. Keep them plain (no hooks, no context): they are also rendered outside Next.js.

/** The store's name: the brand in the header and the end of every page title. */
export const SITE_NAME = "Storefront";

/** What a link needs here: next/link's Link in the app, a plain anchor in the static 404. */
export type LinkComponent = ComponentType<{
  href: string;
  className?: string;
  children: ReactNode;
}>;

/** A plain anchor, for markup rendered outside Next.js's router (the static 404 document). */
export const PlainLink: LinkComponent = ({ href, className, children }) => (
  <a className={className} href={href}>
    {children}
  </a>
);

/**
 * The site's frame around `children`. The sandbox banner sits inside the header landmark, so no
 * content is outside a landmark (axe `region`); the skip link is exempt as the first link.
 */
export function SiteShell({
  t,
  sandbox,
  signedIn,
  link: Link,
  languages,
  children,
}: {
  t: Translate;
  /** The built-in sandbox store is in use: say so on every page. */
  sandbox: boolean;
  signedIn: boolean;
  link: LinkComponent;
  /** The language switcher (absent from the prebuilt 404, which has no server to post to). */
  languages?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skip")}
      </a>
      <header className="site-header">
        {sandbox && (
          <p className="sandbox-banner" role="note">
            {t("layout.sandbox")}
          </p>
        )}
        <div className="site-header__inner">
          <Link className="brand" href="/">
            {SITE_NAME}
          </Link>
          <nav className="site-nav" aria-label={t("layout.mainNav")}>
            <Link href="/">{t("layout.shop")}</Link>
            <Link href="/cart">{t("layout.cart")}</Link>
            {signedIn ? (
              <Link href="/account">{t("layout.account")}</Link>
            ) : (
              <Link href="/sign-in">{t("layout.signIn")}</Link>
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <Link href="/order-lookup">{t("lookup.footerLink")}</Link>
        </p>
        {languages}
      </footer>
    </>
  );
}
