"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { sendBack } from "@/app/_lib/send-back";
import {
  accountKey,
  signIn,
  signInForm,
  signUp,
  signUpForm,
  type SignInResult,
} from "@/lib/account";
import { clientAddress } from "@/lib/client-address";
import { endCustomerSessions, signedIn } from "@/lib/customer-session";
import { ifAvailable } from "@/lib/kv";
import { claimCart } from "@/lib/checkout";
import { fieldErrors, formFields } from "@/lib/checkout/forms";
import { requestLocale } from "@/lib/i18n/server";
import { getSession, grantFor, type Session } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import { fieldErrorTexts, problemText } from "./_lib/account-words";

/**
 * Signs the shopper in from a posted form: invalid fields or a refusal send them back to `page`,
 * told why in their language; otherwise the customer is kept in the session, their cart becomes
 * theirs, and they see their account.
 */
async function enterAccount<T>(
  page: string,
  formData: FormData,
  form: z.ZodType<T>,
  /** The form-level message shown with field errors (none: the fields speak for themselves). */
  invalidMessage: "account.signUp.invalid" | undefined,
  enter: (input: T, session: Session, address: string | undefined) => Promise<SignInResult>,
): Promise<never> {
  const [session, { t }] = await Promise.all([getSession(), requestLocale()]);
  const address = clientAddress(await headers(), getRuntime().config.clientIpHeader);
  const parsed = form.safeParse(formFields(formData));
  if (!parsed.success) {
    return sendBack(session, page, {
      message: invalidMessage && t(invalidMessage),
      fieldErrors: fieldErrorTexts(t, fieldErrors(parsed.error)),
    });
  }
  const result = await enter(parsed.data, session, address);
  if (!result.ok) return sendBack(session, page, { message: problemText(t, result.problem) });
  // Without the shared store no session version can be read: signing in would not hold anyway.
  const customer = await ifAvailable(signedIn(getRuntime().kv, result.customer), null);
  if (!customer) {
    return sendBack(session, page, { message: t("account.problem.signInUnavailable") });
  }
  session.customer = customer;
  // This browser now knows the account: a lockout by someone guessing elsewhere spares it.
  const key = accountKey(result.customer.email);
  session.accounts = [key, ...(session.accounts ?? []).filter((k) => k !== key)].slice(0, 5);
  if (
    session.checkoutId &&
    !(await claimCart(getRuntime(), session.checkoutId, result.customer.id))
  ) {
    session.checkoutId = undefined;
  }
  await session.save();
  redirect("/account");
}

/** Email and password, checked with BigCommerce (attempts limited per account, address and store). */
export async function signInAction(formData: FormData) {
  await enterAccount("/sign-in", formData, signInForm, undefined, (input, session, address) => {
    // A browser that signed in to this account before is spared its lockout (lib/account).
    const knownBrowser = session.accounts?.includes(accountKey(input.email)) ?? false;
    return signIn(getRuntime(), input.email, input.password, {
      clientAddress: address,
      knownBrowser,
    });
  });
}

/**
 * Signs out everywhere: every session of the customer ends, on every device; this browser's
 * session is cleared, but it keeps its order grants.
 */
export async function signOutAction() {
  const session = await getSession();
  // Every session of this customer ends, on every device holding a copy of the cookie.
  // (If the shared store cannot answer, this browser is still signed out below, but copies of
  // its cookie elsewhere are not ended: a known limit of signing out during a store outage.)
  if (session.customer) {
    await ifAvailable(endCustomerSessions(getRuntime().kv, session.customer.id), undefined);
  }
  // The cart belongs to the customer now; a signed-out browser starts afresh. Grants and the
  // accounts it knows stay: they belong to this browser, not to the account.
  const { grants, accounts } = session;
  session.destroy();
  if (grants?.length || accounts?.length) {
    session.grants = grants;
    session.accounts = accounts;
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
    "account.signUp.invalid",
    (input, session, address) =>
      signUp(getRuntime(), input, {
        clientAddress: address,
        // Only orders this browser holds a valid grant for (a confirmation link it opened).
        claimable: (session.grants ?? [])
          .filter((g) => grantFor(session, g.o) === g.c)
          .map((g) => ({ orderId: g.o, checkoutId: g.c })),
      }),
  );
}
