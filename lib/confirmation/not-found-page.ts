import type { Messages } from "@/lib/i18n";

// The confirmation route's "not found" page as a complete, self-contained HTML document, so that
// proxy.ts can answer every wrong door at once: no React render, no BigCommerce call. It matches
// the rendered 404 (not-found.tsx) in words and looks; keep the two in step.

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const CSS = `*{box-sizing:border-box}html,body{margin:0;padding:0}
body{background:#f7f7f5;color:#1d1f23;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;font-size:16px;line-height:1.5}
a{color:#1f5f8b}:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem 1rem}
.sandbox-banner{margin:0;background:#fff4d6;color:#6b4e00;text-align:center;font-size:.875rem;padding:.4rem 1rem;border-bottom:1px solid #f0dca0}
.site-header{background:#fff;border-bottom:1px solid #dfe2e6}
.site-header__inner,.page{max-width:1100px;margin:0 auto;padding:0 1rem}
.site-header__inner{display:flex;align-items:center;justify-content:space-between;height:64px}
.brand{font-weight:700;font-size:1.15rem;color:#1d1f23;text-decoration:none}
.site-nav a{margin-left:1.25rem;text-decoration:none;font-weight:500}
.page{padding-top:2rem;padding-bottom:4rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
.muted{color:#5a6270}.card{background:#fff;border:1px solid #dfe2e6;border-radius:10px;padding:1.25rem}
.button{display:inline-flex;align-items:center;font-weight:600;min-height:44px;padding:.6rem 1.25rem;border-radius:8px;background:#1f5f8b;color:#fff;text-decoration:none}
.site-footer{border-top:1px solid #dfe2e6;color:#5a6270;font-size:.85rem;padding:1.5rem 1rem;text-align:center}`;

export function notFoundDocument(t: Messages, lang: string, sandbox: boolean): string {
  const c = t.confirmation;
  const l = t.layout;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escape(c.title)} · Storefront</title><style>${CSS}</style></head><body>
<a class="skip-link" href="#main">${escape(l.skip)}</a>${sandbox ? `<p class="sandbox-banner" role="note">${escape(l.sandbox)}</p>` : ""}
<header class="site-header"><div class="site-header__inner"><a class="brand" href="/">Storefront</a><nav class="site-nav" aria-label="${escape(l.mainNav)}"><a href="/">${escape(l.shop)}</a><a href="/cart">${escape(l.cart)}</a><a href="/sign-in">${escape(l.signIn)}</a></nav></div></header>
<main id="main" class="page"><div class="card"><h1>${escape(c.notFoundTitle)}</h1><p class="muted">${escape(c.notFoundText)}</p><p><a class="button" href="/">${escape(c.continueShopping)}</a></p></div></main>
<footer class="site-footer">${escape(l.footer)}</footer></body></html>`;
}
