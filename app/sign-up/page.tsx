import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Field, FormAlert } from "@/app/_components/field";
import { getSession, readFlash } from "@/lib/session";
import { signUpAction } from "@/app/sign-in/actions";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [session, query] = await Promise.all([getSession(), searchParams]);
  if (session.customer) redirect("/account");
  const flash = readFlash(session, query.f);
  const errors = flash?.fieldErrors ?? {};
  return (
    <div className="card stack" style={{ maxWidth: 480, margin: "0 auto" }}>
      <h1>Create an account</h1>
      <p className="muted">See your orders any time, on any device.</p>
      <FormAlert message={flash?.message} fieldErrors={flash?.fieldErrors} />
      <form action={signUpAction} className="stack" noValidate>
        <Field
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
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
        <button className="button button--wide" type="submit">
          Create account
        </button>
      </form>
      <p className="muted">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
