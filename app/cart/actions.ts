"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { sendBack, setbackOf } from "@/app/_lib/send-back";
import { addToCart, CheckoutProblem, removeFromCart, updateQuantity } from "@/lib/checkout";
import { message } from "@/lib/i18n/message";
import {
  addToCartForm,
  fieldErrors,
  formFields,
  quantityForm,
  removeFromCartForm,
} from "@/lib/checkout/forms";
import { getSession, type Session } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";

/**
 * Runs a change to the cart, then shows the cart. A CheckoutProblem sends the shopper back to
 * `page` with its message (to the cart, forgetting it, when BigCommerce no longer has it).
 */
async function cartChange(
  session: Session,
  page: string,
  change: () => Promise<void>,
  /** Tell only the message, keeping the cart id (the product page starts a new cart if needed). */
  messageOnly = false,
): Promise<never> {
  try {
    await change();
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    await sendBack(session, page, messageOnly ? { message: error.reason } : setbackOf(error));
  }
  await session.save();
  revalidatePath("/cart");
  redirect("/cart");
}

/** Adds the product page's variant and quantity to the cart (creating the cart if needed). */
export async function addToCartAction(formData: FormData) {
  const fields = formFields(formData);
  const back = `/products/${encodeURIComponent(fields.productId ?? "")}`;
  const session = await getSession();
  const parsed = addToCartForm.safeParse(fields);
  if (!parsed.success) return sendBack(session, back, { fieldErrors: fieldErrors(parsed.error) });
  const item = parsed.data;
  return cartChange(
    session,
    back,
    async () => {
      session.checkoutId = await addToCart(
        getRuntime(),
        session.checkoutId,
        item,
        session.customer?.id,
      );
    },
    true,
  );
}

/** Removes a line; the last line gone means the cart is gone too. */
export async function removeFromCartAction(formData: FormData) {
  const session = await getSession();
  const parsed = removeFromCartForm.safeParse(formFields(formData));
  if (!parsed.success || !session.checkoutId) redirect("/cart");
  const checkoutId = session.checkoutId;
  return cartChange(session, "/cart", async () => {
    if (!(await removeFromCart(getRuntime(), checkoutId, parsed.data.itemId))) {
      session.checkoutId = undefined;
    }
  });
}

/** Changes a line's quantity (BigCommerce checks stock). */
export async function updateQuantityAction(formData: FormData) {
  const session = await getSession();
  if (!session.checkoutId) redirect("/cart");
  const checkoutId = session.checkoutId;
  const parsed = quantityForm.safeParse(formFields(formData));
  return cartChange(session, "/cart", async () => {
    if (!parsed.success) {
      throw new CheckoutProblem(fieldErrors(parsed.error).quantity ?? message("errors.quantity"));
    }
    await updateQuantity(getRuntime(), checkoutId, parsed.data.itemId, parsed.data.quantity);
  });
}
