import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailField, Field, FormAlert } from "@/app/_components/field";
import { pageContext, type SearchParams } from "@/app/_lib/page-context";
import { signInAction, signUpAction } from "../actions";

// The sign-in and sign-up pages: one card, one form each, told apart by this table.

type Errors = Record<string, string>;

function SignInFields({ errors }: { errors: Errors }) {
  return (
    <>
      <EmailField error={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
    </>
  );
}

function SignUpFields({ errors }: { errors: Errors }) {
  return (
    <>
      <EmailField error={errors.email} />
      <div className="field-row">
        <Field
          name="firstName"
          label="First name"
          autoComplete="given-name"
          required
          error={errors.firstName}
        />
        <Field
          name="lastName"
          label="Last name"
          autoComplete="family-name"
          required
          error={errors.lastName}
        />
      </div>
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="at least 8 characters, with a letter and a digit"
        required
        error={errors.password}
      />
    </>
  );
}

const FORMS = {
  "sign-in": {
    title: "Sign in",
    intro: "Signed-in customers can open their own order confirmations at any time.",
    action: signInAction,
    Fields: SignInFields,
    // Sign-in's refusals never name a field (they must not say which part was wrong).
    linkFieldErrors: false,
    submit: "Sign in",
    other: { question: "New here?", href: "/sign-up", link: "Create an account" },
  },
  "sign-up": {
    title: "Create an account",
    intro: "See your orders any time, on any device.",
    action: signUpAction,
    Fields: SignUpFields,
    linkFieldErrors: true,
    submit: "Create account",
    other: { question: "Already have an account?", href: "/sign-in", link: "Sign in" },
  },
};

/** The page's title (the same as its heading). */
export function accountFormMetadata(kind: keyof typeof FORMS): Metadata {
  return { title: FORMS[kind].title };
}

/** The sign-in or sign-up page component; a customer already signed in goes to their account. */
export function accountFormPage(kind: keyof typeof FORMS) {
  const { title, intro, action, Fields, linkFieldErrors, submit, other } = FORMS[kind];
  return async function AccountFormPage({ searchParams }: { searchParams: SearchParams }) {
    const { session, flash, errors } = await pageContext(searchParams);
    if (session.customer) redirect("/account");
    return (
      <div className="card stack" style={{ maxWidth: 480, margin: "0 auto" }}>
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
        <FormAlert
          message={flash?.message}
          fieldErrors={linkFieldErrors ? flash?.fieldErrors : undefined}
        />
        <form action={action} className="stack" noValidate>
          <Fields errors={errors} />
          <button className="button button--wide" type="submit">
            {submit}
          </button>
        </form>
        <p className="muted">
          {other.question} <Link href={other.href}>{other.link}</Link>
        </p>
      </div>
    );
  };
}
