import { chooseLocaleAction } from "@/app/_lib/locale-actions";
import { LOCALES, SUPPORTED, type Locale, type Translate } from "@/lib/i18n";

/**
 * One button per language, each in its own name and language (`lang`), the current one marked;
 * a plain form, so it works without JavaScript. The choice is remembered (a cookie) and the
 * shopper comes back to `back`, the page they were on.
 */
export function LanguageSwitcher({
  t,
  current,
  back,
}: {
  t: Translate;
  current: Locale;
  back: string;
}) {
  return (
    <form
      action={chooseLocaleAction}
      className="language-switcher"
      aria-label={t("layout.language")}
    >
      <input type="hidden" name="back" value={back} />
      {SUPPORTED.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className="language-switcher__option"
        >
          {LOCALES[locale].name}
        </button>
      ))}
    </form>
  );
}
