"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addToCart, CheckoutProblem, removeFromCart, updateQuantity } from "@/lib/checkout";
import {
  addToCartForm,
  fieldErrors,
  formFields,
  quantityForm,
  removeFromCartForm,
} from "@/lib/checkout/forms";
import { flashUrl, getSession } from "@/lib/session";

export async function addToCartAction(formData: FormData) {
  const fields = formFields(formData);
  const back = `/products/${encodeURIComponent(fields.productId ?? "")}`;
  const session = await getSession();
  const parsed = addToCartForm.safeParse(fields);
  if (!parsed.success) {
    redirect(await flashUrl(session, back, { fieldErrors: fieldErrors(parsed.error) }));
  }
  try {
    session.checkoutId = await addToCart(session.checkoutId, parsed.data, session.customer?.id);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    redirect(await flashUrl(session, back, { message: error.message }));
  }
  await session.save();
  revalidatePath("/cart");
  redirect("/cart");
}

export async function removeFromCartAction(formData: FormData) {
  const session = await getSession();
  const parsed = removeFromCartForm.safeParse(formFields(formData));
  if (!parsed.success || !session.checkoutId) redirect("/cart");
  try {
    if (!(await removeFromCart(session.checkoutId, parsed.data.itemId))) {
      session.checkoutId = undefined;
    }
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    if (error.cartGone) session.checkoutId = undefined;
    redirect(await flashUrl(session, "/cart", { message: error.message }));
  }
  await session.save();
  revalidatePath("/cart");
  redirect("/cart");
}

export async function updateQuantityAction(formData: FormData) {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  const parsed = quantityForm.safeParse(formFields(formData));
  try {
    if (!parsed.success)
      throw new CheckoutProblem(fieldErrors(parsed.error).quantity ?? "Choose a quantity.");
    await updateQuantity(session.checkoutId, parsed.data.itemId, parsed.data.quantity);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    if (error.cartGone) session.checkoutId = undefined;
    redirect(await flashUrl(session, "/cart", { message: error.message }));
  }
  revalidatePath("/cart");
  redirect("/cart");
}
