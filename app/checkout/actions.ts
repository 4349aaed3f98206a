"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  applyCoupon,
  CheckoutProblem,
  removeCoupon,
  saveDetails,
  selectShipping,
} from "@/lib/checkout";
import {
  couponForm,
  fieldErrors,
  formFields,
  readDetailsForm,
  shippingForm,
} from "@/lib/checkout/forms";
import { flashUrl, getSession, type Session } from "@/lib/session";

/** Sends the shopper back to a section of the checkout with what went wrong. */
async function backWith(
  session: Session,
  problem: CheckoutProblem,
  anchor: string,
): Promise<never> {
  if (problem.cartGone) session.checkoutId = undefined;
  const flash = { message: problem.message, fieldErrors: problem.fieldErrors };
  const url = problem.cartGone
    ? await flashUrl(session, "/cart", flash)
    : await flashUrl(session, "/checkout", flash, `#${anchor}`);
  revalidatePath("/checkout");
  redirect(url);
}

async function checkoutSession(): Promise<Session & { checkoutId: string }> {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  return session as Session & { checkoutId: string };
}

export async function saveDetailsAction(formData: FormData) {
  const session = await checkoutSession();
  const { typed, data, errors } = readDetailsForm(formFields(formData));
  // Keep what was typed, valid or not, so an error never costs the shopper their input.
  session.draft = typed;
  try {
    if (!data) throw new CheckoutProblem("Please correct the highlighted fields.", errors);
    await saveDetails(session.checkoutId, data);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await backWith(session, error, "details");
  }
  await session.save();
  // A hash-only change would not make the router fetch the page again.
  revalidatePath("/checkout");
  redirect("/checkout#shipping");
}

export async function selectShippingAction(formData: FormData) {
  const session = await checkoutSession();
  const parsed = shippingForm.safeParse(formFields(formData));
  try {
    if (!parsed.success) {
      throw new CheckoutProblem("Please choose a shipping method.", fieldErrors(parsed.error));
    }
    await selectShipping(session.checkoutId, parsed.data.shippingOptionId);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await backWith(session, error, "shipping");
  }
  // A hash-only change would not make the router fetch the page again.
  revalidatePath("/checkout");
  redirect("/checkout#shipping");
}

export async function applyCouponAction(formData: FormData) {
  const session = await checkoutSession();
  const parsed = couponForm.safeParse(formFields(formData));
  try {
    if (!parsed.success)
      throw new CheckoutProblem("Please check the coupon code.", fieldErrors(parsed.error));
    await applyCoupon(session.checkoutId, parsed.data.couponCode);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await backWith(session, error, "summary");
  }
  // A hash-only change would not make the router fetch the page again.
  revalidatePath("/checkout");
  redirect("/checkout#summary");
}

export async function removeCouponAction(formData: FormData) {
  const session = await checkoutSession();
  const parsed = couponForm.safeParse(formFields(formData));
  try {
    if (parsed.success) await removeCoupon(session.checkoutId, parsed.data.couponCode);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await backWith(session, error, "summary");
  }
  // A hash-only change would not make the router fetch the page again.
  revalidatePath("/checkout");
  redirect("/checkout#summary");
}
