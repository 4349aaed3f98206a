"use server";

import { redirect } from "next/navigation";
import { signIn, signInForm, signUp, signUpForm } from "@/lib/account";
import { claimCart } from "@/lib/checkout";
import { fieldErrors, formFields } from "@/lib/checkout/forms";
import { flashUrl, getSession } from "@/lib/session";

export async function signInAction(formData: FormData) {
  const session = await getSession();
  const parsed = signInForm.safeParse(formFields(formData));
  if (!parsed.success) {
    redirect(await flashUrl(session, "/sign-in", { fieldErrors: fieldErrors(parsed.error) }));
  }
  const result = await signIn(parsed.data.email, parsed.data.password);
  if (!result.ok) {
    redirect(await flashUrl(session, "/sign-in", { message: result.message }));
  }
  session.customer = result.customer;
  if (session.checkoutId && !(await claimCart(session.checkoutId, result.customer.id))) {
    session.checkoutId = undefined;
  }
  await session.save();
  redirect("/account");
}

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

export async function signUpAction(formData: FormData) {
  const session = await getSession();
  const parsed = signUpForm.safeParse(formFields(formData));
  if (!parsed.success) {
    redirect(
      await flashUrl(session, "/sign-up", {
        message: "Please correct the highlighted fields.",
        fieldErrors: fieldErrors(parsed.error),
      }),
    );
  }
  const result = await signUp(parsed.data);
  if (!result.ok) {
    redirect(await flashUrl(session, "/sign-up", { message: result.message }));
  }
  session.customer = result.customer;
  if (session.checkoutId && !(await claimCart(session.checkoutId, result.customer.id))) {
    session.checkoutId = undefined;
  }
  await session.save();
  redirect("/account");
}
