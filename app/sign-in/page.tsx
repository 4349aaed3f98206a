import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Field, FormAlert } from "@/app/_components/field";
import { getSession, readFlash } from "@/lib/session";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
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
      <h1>Sign in</h1>
      <p className="muted">
        Signed-in customers can open their own order confirmations at any time.
      </p>
      <FormAlert message={flash?.message} />
      <form action={signInAction} className="stack" noValidate>
        <Field
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button className="button button--wide" type="submit">
          Sign in
        </button>
      </form>
      <p className="muted">
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </div>
  );
}
