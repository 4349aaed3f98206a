import Link from "next/link";
import { PrintButton } from "./print-button";
import type { SectionProps } from "./section-props";

/** For guests: a prompt to create an account with the email they ordered with. */
export function AccountPrompt({ view, t }: Pick<SectionProps, "view" | "t">) {
  return (
    <section className="card stack no-print" aria-labelledby="account-heading">
      <h2 id="account-heading">{t("confirmation.createAccountTitle")}</h2>
      <p style={{ margin: 0 }}>{t("confirmation.createAccountText", { email: view.email })}</p>
      <p style={{ margin: 0 }}>
        <Link className="button button--secondary" href="/sign-up">
          {t("confirmation.createAccount")}
        </Link>
      </p>
    </section>
  );
}

/** What the shopper can do next: keep shopping or print the receipt. */
export function ConfirmationActions({ t }: Pick<SectionProps, "t">) {
  return (
    <div className="actions no-print">
      <Link className="button" href="/">
        {t("confirmation.continueShopping")}
      </Link>
      <PrintButton label={t("confirmation.print")} />
    </div>
  );
}
