import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Field, FormAlert } from "@/app/_components/field";
import { pageContext, type SearchParams } from "@/app/_lib/page-context";
import type { Translate } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { signInAction, signUpAction } from "../actions";

// The sign-in and sign-up pages: one card, one form each, told apart by this table. Every word
// comes from the catalogues' `account` messages, in the shopper's language.

type Errors = Record<string, string>;

/** The form's fields, labelled in the shopper's language. */
type FieldsProps = { errors: Errors; t: Translate };

/** The required email field of both forms. */
function EmailInput({ errors, t }: FieldsProps) {
  return (
    <Field
      name="email"
      label={t("account.email")}
      type="email"
      autoComplete="email"
      required
      error={errors.email}
    />
  );
}

function SignInFields({ errors, t }: FieldsProps) {
  return (
    <>
      <EmailInput errors={errors} t={t} />
      <Field
        name="password"
        label={t("account.password")}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
    </>
  );
}

function SignUpFields({ errors, t }: FieldsProps) {
  return (
    <>
      <EmailInput errors={errors} t={t} />
      <div className="field-row">
        <Field
          name="firstName"
          label={t("account.firstName")}
          autoComplete="given-name"
          required
          error={errors.firstName}
        />
        <Field
          name="lastName"
          label={t("account.lastName")}
          autoComplete="family-name"
          required
          error={errors.lastName}
        />
      </div>
      <Field
        name="password"
        label={t("account.password")}
        type="password"
        autoComplete="new-password"
        hint={t("account.signUp.passwordHint")}
        required
        error={errors.password}
      />
    </>
  );
}

const FORMS = {
  "sign-in": {
    // The page's words: account.signIn.{title, intro, submit, question, link}.
    words: "signIn",
    action: signInAction,
    Fields: SignInFields,
    // Sign-in's refusals never name a field (they must not say which part was wrong).
    linkFieldErrors: false,
    otherHref: "/sign-up",
  },
  "sign-up": {
    words: "signUp",
    action: signUpAction,
    Fields: SignUpFields,
    linkFieldErrors: true,
    otherHref: "/sign-in",
  },
} as const;

/** The page's title (the same as its heading), in the shopper's language. */
export function accountFormMetadata(kind: keyof typeof FORMS): () => Promise<Metadata> {
  return async () => {
    const { t } = await requestLocale();
    return { title: t(`account.${FORMS[kind].words}.title`) };
  };
}

/** The sign-in or sign-up page component; a customer already signed in goes to their account. */
export function accountFormPage(kind: keyof typeof FORMS) {
  const { words, action, Fields, linkFieldErrors, otherHref } = FORMS[kind];
  return async function AccountFormPage({ searchParams }: { searchParams: SearchParams }) {
    const { session, flash, errors, locale } = await pageContext(searchParams);
    if (session.customer) redirect("/account");
    const { t } = locale;
    return (
      <div className="card stack" style={{ maxWidth: 480, margin: "0 auto" }}>
        <h1>{t(`account.${words}.title`)}</h1>
        <p className="muted">{t(`account.${words}.intro`)}</p>
        <FormAlert
          message={flash?.message}
          fieldErrors={linkFieldErrors ? flash?.fieldErrors : undefined}
        />
        <form action={action} className="stack" noValidate>
          <Fields errors={errors} t={t} />
          <button className="button button--wide" type="submit">
            {t(`account.${words}.submit`)}
          </button>
        </form>
        <p className="muted">
          {t(`account.${words}.question`)}{" "}
          <Link href={otherHref}>{t(`account.${words}.link`)}</Link>
        </p>
      </div>
    );
  };
}
