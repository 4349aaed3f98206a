"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { sendBack } from "@/app/_lib/send-back";
import { signIn, signInForm, signUp, signUpForm, type SignInResult } from "@/lib/account";
import { claimCart } from "@/lib/checkout";
import { fieldErrors, formFields } from "@/lib/checkout/forms";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";

/**
 * Signs the shopper in from a posted form: invalid fields or a refusal send them back to `page`;
 * otherwise the customer is kept in the session, their cart becomes theirs, and they see their account.
 */
async function enterAccount<T>(
  page: string,
  formData: FormData,
  form: z.ZodType<T>,
  /** The form-level message shown with field errors (none: the fields speak for themselves). */
  invalidMessage: string | undefined,
  enter: (input: T) => Promise<SignInResult>,
): Promise<never> {
  const session = await getSession();
  const parsed = form.safeParse(formFields(formData));
  if (!parsed.success) {
    return sendBack(session, page, {
      message: invalidMessage,
      fieldErrors: fieldErrors(parsed.error),
    });
  }
  const result = await enter(parsed.data);
  if (!result.ok) return sendBack(session, page, { message: result.message });
  session.customer = result.customer;
  if (
    session.checkoutId &&
    !(await claimCart(getRuntime(), session.checkoutId, result.customer.id))
  ) {
    session.checkoutId = undefined;
  }
  await session.save();
  redirect("/account");
}

/** Email and password, checked with BigCommerce (throttled after repeated failures). */
export async function signInAction(formData: FormData) {
  await enterAccount("/sign-in", formData, signInForm, undefined, ({ email, password }) =>
    signIn(getRuntime(), email, password),
  );
}

/** Signs out: the session is cleared, but this browser keeps its order grants. */
export async function signOutAction() {
  const session = await getSession();
  // The cart belongs to the customer now; a signed-out browser starts afresh. Grants stay:
  // they belong to this browser, not to the account.
  const grants = session.grants;
  session.destroy();
  if (grants?.length) {
    session.grants = grants;
    await session.save();
  }
  redirect("/");
}

/** A new customer account through BigCommerce's customers API; signed in at once. */
export async function signUpAction(formData: FormData) {
  await enterAccount(
    "/sign-up",
    formData,
    signUpForm,
    "Please correct the highlighted fields.",
    (input) => signUp(getRuntime(), input),
  );
}
