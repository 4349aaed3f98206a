import { NotFoundCard } from "@/app/_components/not-found-card";
import { PlainLink, SITE_NAME, SiteShell } from "@/app/_components/site-shell";
import { localeContext, type Locale } from "@/lib/i18n";

// The confirmation route's 404 as a complete HTML document, built from the same components as the
// React 404 (the site frame of app/layout.tsx and the card of the route's not-found.tsx). proxy.ts
// answers every wrong door with it, with no render per request and no BigCommerce call, but proxy.ts
// runs under React's react-server condition, where react-dom/server cannot load. So React renders
// this component once, in tests/not-found-document.test.tsx, into ./not-found-documents.generated.ts,
// which proxy.ts serves; that test fails whenever the committed output differs from what React
// renders now (after a change to the components, the messages or app/globals.css), and
// `npx vitest run -u tests/not-found-document.test.tsx` writes it anew.

/** The 404 document for a visitor who is not signed in, with the app's stylesheet inlined. */
export function NotFoundDocument({
  locale,
  sandbox,
  styles,
}: {
  locale: Locale;
  sandbox: boolean;
  /** The text of app/globals.css. */
  styles: string;
}) {
  const { t, dir } = localeContext(locale);
  return (
    <html lang={locale} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${t("confirmation.title")} · ${SITE_NAME}`}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <SiteShell t={t} sandbox={sandbox} signedIn={false} link={PlainLink}>
          <NotFoundCard what="order" t={t} link={PlainLink} />
        </SiteShell>
      </body>
    </html>
  );
}

/** The key of a document in the generated table: locale and mode. */
export const documentKey = (locale: Locale, sandbox: boolean) =>
  `${locale}:${sandbox ? "sandbox" : "live"}`;
