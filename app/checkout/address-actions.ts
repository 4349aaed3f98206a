"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { keepDraft } from "@/lib/checkout/draft";
import { formFields, readDetailsForm } from "@/lib/checkout/forms";
import { getRuntime } from "@/lib/runtime";
import { getSession } from "@/lib/session";

/**
 * Keeps what was typed (valid or not) and shows the checkout again at the country's select, so
 * the address form takes the chosen country's shape. Nothing is sent to BigCommerce.
 */
async function reshape(formData: FormData, anchor: string): Promise<never> {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  await keepDraft(getRuntime().kv, session, readDetailsForm(formFields(formData)).typed);
  await session.save();
  revalidatePath("/checkout");
  redirect(`/checkout#${anchor}`);
}

/** The shipping address's (or a digital cart's only address's) country changed. */
export async function reshapeAddressAction(formData: FormData) {
  await reshape(formData, "field-countryCode");
}

/** The separate billing address's country changed. */
export async function reshapeBillingAddressAction(formData: FormData) {
  await reshape(formData, "field-billingCountryCode");
}
