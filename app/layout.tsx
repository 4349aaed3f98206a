import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import Script from "next/script";
import { SET_SCRIPTS_COOKIE } from "@/lib/scripts-cookie";
import { requestLocale } from "@/lib/i18n/server";
import { getSession } from "@/lib/session";
import { NONCE_HEADER, PATH_HEADER, PAYMENT_PAGE_HEADER } from "@/lib/request-headers";
import { getRuntime } from "@/lib/runtime";
import { ErrorWordsProvider } from "./_components/error-words";
import { LanguageSwitcher } from "./_components/language-switcher";
import { SITE_NAME, SiteShell } from "./_components/site-shell";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return {
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: t("account.siteDescription"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { config } = getRuntime();
  const [session, { locale, t, dir }, requestHeaders] = await Promise.all([
    getSession(),
    requestLocale(),
    headers(),
  ]);
  // Set by proxy.ts for this request: the CSP nonce, and whether this page takes card details.
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  // Google Tag Manager loads only if the merchant sets it, and never where cards are typed.
  const GTM_ID = requestHeaders.has(PAYMENT_PAGE_HEADER) ? undefined : config.gtmId;
  return (
    <html lang={locale} dir={dir}>
      <body>
        {/* Tells the server this browser runs scripts (see lib/scripts-cookie.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SET_SCRIPTS_COOKIE }} />
        <SiteShell
          t={t}
          sandbox={config.mode === "sandbox"}
          signedIn={Boolean(session.customer)}
          link={Link}
          languages={
            <LanguageSwitcher
              t={t}
              current={locale}
              back={requestHeaders.get(PATH_HEADER) ?? "/"}
            />
          }
        >
          <ErrorWordsProvider
            words={{
              title: t("account.error.title"),
              text: t("account.error.text"),
              retry: t("account.error.retry"),
            }}
          >
            {children}
          </ErrorWordsProvider>
        </SiteShell>
        {GTM_ID && (
          <Script id="gtm" strategy="afterInteractive" nonce={nonce}>
            {`(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','${GTM_ID}');`}
          </Script>
        )}
      </body>
    </html>
  );
}
