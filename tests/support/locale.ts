import { expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n";

/** An Accept-Language header (undefined: none sent) and the locale it must negotiate. */
export type NegotiationCase = [header: string | undefined, locale: string];

/** One test per case, named by `title` as it.each formats it (`%s`, `%j`: header, then locale). */
export function itNegotiates(title: string, cases: NegotiationCase[]) {
  it.each(cases)(title, (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
}
