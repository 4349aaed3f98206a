"use server";

import { redirect } from "next/navigation";
import { CheckoutProblem, saveDetails, selectShipping } from "@/lib/checkout";
import { detailsForm, fieldErrors, formFields, shippingForm } from "@/lib/checkout/forms";
import { getSession, setFlash, type CheckoutDraft } from "@/lib/session";

const DRAFT_FIELDS: (keyof CheckoutDraft)[] = [
  "email",
  "firstName",
  "lastName",
  "company",
  "address1",
  "address2",
  "city",
  "stateOrProvince",
  "postalCode",
  "countryCode",
  "phone",
];

export async function saveDetailsAction(formData: FormData) {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  const fields = formFields(formData);
  // Keep what was typed, valid or not, so an error never costs the shopper their input.
  session.draft = Object.fromEntries(
    DRAFT_FIELDS.map((k) => [k, (fields[k] ?? "").slice(0, 255)]),
  ) as unknown as CheckoutDraft;

  const parsed = detailsForm.safeParse(fields);
  if (!parsed.success) {
    const id = setFlash(session, {
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrors(parsed.error),
    });
    await session.save();
    redirect(`/checkout?f=${id}#details`);
  }
  try {
    await saveDetails(session.checkoutId, parsed.data);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    if (error.cartGone) session.checkoutId = undefined;
    const id = setFlash(session, { message: error.message });
    await session.save();
    redirect(error.cartGone ? `/cart?f=${id}` : `/checkout?f=${id}#details`);
  }
  await session.save();
  redirect("/checkout#shipping");
}

export async function selectShippingAction(formData: FormData) {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  const parsed = shippingForm.safeParse(formFields(formData));
  try {
    if (!parsed.success)
      throw new CheckoutProblem("Please choose a shipping method.", fieldErrors(parsed.error));
    await selectShipping(session.checkoutId, parsed.data.shippingOptionId);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    if (error.cartGone) session.checkoutId = undefined;
    const id = setFlash(session, { message: error.message, fieldErrors: error.fieldErrors });
    await session.save();
    redirect(error.cartGone ? `/cart?f=${id}` : `/checkout?f=${id}#shipping`);
  }
  redirect("/checkout#shipping");
}
