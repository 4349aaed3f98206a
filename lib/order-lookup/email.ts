import type { Mail } from "@/lib/email/types";
import { localeContext, type Locale } from "@/lib/i18n";

// The fresh-link email: a subject, plain text and HTML in the shopper's language, with the link
// and the order number and nothing else about the order (no name, items, amounts or addresses).

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

/** Text safe inside HTML, in an element or a quoted attribute. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES.get(c) ?? c);

/**
 * The email for `to` with `link` (`{origin}/order-confirmation/{orderId}?t=…`) to order `orderId`,
 * in `locale`, saying how long the link lasts (`hours`, whole hours: ORDER_LINK_TTL_SECONDS is at least one).
 */
export function orderLinkMail(input: {
  to: string;
  orderId: number;
  link: string;
  locale: Locale;
  hours: number;
}): Mail {
  const { t, dir, tag } = localeContext(input.locale);
  const order = String(input.orderId);
  const words = {
    subject: t("email.orderLink.subject", { order }),
    greeting: t("email.orderLink.greeting"),
    intro: t("email.orderLink.intro", { order }),
    action: t("email.orderLink.action"),
    expiry: t("email.orderLink.expiry", { hours: input.hours }),
    ignore: t("email.orderLink.ignore"),
  };
  const text = [
    words.greeting,
    "",
    words.intro,
    "",
    input.link,
    "",
    words.expiry,
    words.ignore,
    "",
  ].join("\n");
  const html = `<!doctype html>
<html lang="${escapeHtml(tag)}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(words.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5">
<p>${escapeHtml(words.greeting)}</p>
<p>${escapeHtml(words.intro)}</p>
<p><a href="${escapeHtml(input.link)}">${escapeHtml(words.action)}</a></p>
<p>${escapeHtml(words.expiry)}</p>
<p>${escapeHtml(words.ignore)}</p>
</body>
</html>
`;
  return { to: input.to, subject: words.subject, text, html };
}
