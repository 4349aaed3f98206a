"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { sendBack, setbackOf } from "@/app/_lib/send-back";
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
import { message, type Message } from "@/lib/i18n/message";
import { getSession, type Session } from "@/lib/session";
import { keepDraft } from "@/lib/checkout/draft";
import { getRuntime } from "@/lib/runtime";
import { checkDetailsAddresses, problemMessage } from "@/lib/checkout/addresses";
import { geography } from "@/lib/geography";

type CheckoutSession = Session & { checkoutId: string };

/**
 * Runs one checkout step for this session's cart, then shows the checkout at `anchor`. A
 * CheckoutProblem sends the shopper back to `problemAnchor` (or to the cart when it is gone).
 */
async function checkoutStep(
  anchor: string,
  problemAnchor: string,
  step: (session: CheckoutSession) => Promise<void>,
): Promise<never> {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  try {
    await step(session as CheckoutSession);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await sendBack(session, "/checkout", setbackOf(error), `#${problemAnchor}`);
  }
  // A hash-only change would not make the router fetch the page again.
  revalidatePath("/checkout");
  redirect(`/checkout#${anchor}`);
}

/** Contact, addresses and comment → the checkout; what was typed is kept even when invalid. */
export async function saveDetailsAction(formData: FormData) {
  await checkoutStep("shipping", "details", async (session) => {
    const { typed, data, errors } = readDetailsForm(formFields(formData));
    // Keep what was typed, valid or not, so an error never costs the shopper their input.
    await keepDraft(getRuntime().kv, session, typed);
    // The country, state, city and postal code, against the store's lists and the country's rules.
    const addresses = await checkDetailsAddresses(geography(getRuntime()), typed);
    const fieldErrors: Record<string, Message> = { ...errors };
    for (const problem of addresses.problems) {
      fieldErrors[problem.field] ??= problemMessage(problem) as Message;
    }
    if (!data || addresses.problems.length) {
      throw new CheckoutProblem(message("checkout.problem.correctFields"), fieldErrors);
    }
    await saveDetails(getRuntime(), session.checkoutId, addresses.apply(data));
    await session.save();
  });
}

/** The shipping method the shopper picked. */
export async function selectShippingAction(formData: FormData) {
  await checkoutStep("shipping", "shipping", async (session) => {
    const parsed = shippingForm.safeParse(formFields(formData));
    if (!parsed.success) {
      throw new CheckoutProblem(
        message("checkout.problem.chooseShipping"),
        fieldErrors(parsed.error),
      );
    }
    await selectShipping(getRuntime(), session.checkoutId, parsed.data.shippingOptionId);
  });
}

/** A coupon code, checked by BigCommerce. */
export async function applyCouponAction(formData: FormData) {
  await checkoutStep("summary", "summary", async (session) => {
    const parsed = couponForm.safeParse(formFields(formData));
    if (!parsed.success) {
      throw new CheckoutProblem(message("checkout.problem.checkCoupon"), fieldErrors(parsed.error));
    }
    await applyCoupon(getRuntime(), session.checkoutId, parsed.data.couponCode);
  });
}

/** Takes an applied coupon off again. */
export async function removeCouponAction(formData: FormData) {
  await checkoutStep("summary", "summary", async (session) => {
    const parsed = couponForm.safeParse(formFields(formData));
    if (parsed.success)
      await removeCoupon(getRuntime(), session.checkoutId, parsed.data.couponCode);
  });
}
