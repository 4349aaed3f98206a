import Link from "next/link";
import { PrintButton } from "./print-button";
import type { SectionProps } from "./section-props";

/** For guests: a prompt to create an account with the email they ordered with. */
export function AccountPrompt({ view, c }: Pick<SectionProps, "view" | "c">) {
  return (
    <section className="card stack no-print" aria-labelledby="account-heading">
      <h2 id="account-heading">{c.createAccountTitle}</h2>
      <p style={{ margin: 0 }}>{c.createAccountText(view.email)}</p>
      <p style={{ margin: 0 }}>
        <Link className="button button--secondary" href="/sign-up">
          {c.createAccount}
        </Link>
      </p>
    </section>
  );
}

/** What the shopper can do next: keep shopping or print the receipt. */
export function ConfirmationActions({ c }: Pick<SectionProps, "c">) {
  return (
    <div className="actions no-print">
      <Link className="button" href="/">
        {c.continueShopping}
      </Link>
      <PrintButton label={c.print} />
    </div>
  );
}
