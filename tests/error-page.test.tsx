// @vitest-environment jsdom
// The error page is a client component with no words of its own: the root layout hands it the
// shopper's (ErrorWordsProvider), and its one button asks the page again.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorWordsProvider } from "@/app/_components/error-words";
import ErrorPage from "@/app/error";
import { localeContext, type Locale } from "@/lib/i18n";

afterEach(() => cleanup());

/** The error page as the root layout renders it for a shopper in `locale`. */
function renderIn(locale: Locale, reset: () => void) {
  const { t } = localeContext(locale);
  const words = {
    title: t("account.error.title"),
    text: t("account.error.text"),
    retry: t("account.error.retry"),
  };
  render(
    <ErrorWordsProvider words={words}>
      <ErrorPage error={new Error("boom")} reset={reset} />
    </ErrorWordsProvider>,
  );
}

describe("the error page", () => {
  it("says what happened in English as before, and its button tries again", () => {
    const reset = vi.fn();
    renderIn("en", reset);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Something went wrongNothing you entered was lost. Please try again in a moment.Try again",
    );
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["de", "Etwas ist schiefgelaufen", "Erneut versuchen"],
    ["fr", "Une erreur s’est produite", "Réessayer"],
    ["ar", "حدث خطأ ما", "حاول مرة أخرى"],
  ] as const)("speaks %s", (locale, heading, retry) => {
    renderIn(locale, () => undefined);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(heading);
    expect(screen.getByRole("button", { name: retry })).toBeVisible();
  });
});
