"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { sendBack } from "@/app/_lib/send-back";
import { clientAddress } from "@/lib/client-address";
import { formFields } from "@/lib/checkout/forms";
import { requestLocale } from "@/lib/i18n/server";
import { LOOKUP_ANSWER_FLOOR_MS, lookUpOrder } from "@/lib/order-lookup";
import { getRuntime } from "@/lib/runtime";
import { getSession, grantLookup } from "@/lib/session";
import { padTo, requestOrigin, sendLookupLink } from "./_lib/edge";

/**
 * The order lookup form's action (works without JavaScript: a plain form post, answered 303).
 * Malformed fields go back to the form with errors next to them. Any well-formed lookup, whether
 * it matched, missed or was throttled, is answered the same way at the same time: the session is
 * saved (a match adds the lookup proof), the answer waits until LOOKUP_ANSWER_FLOOR_MS, and the
 * browser goes to `/order-lookup?sent={number}`. A match's link is minted, built and sent after
 * the response (after()), so before answering a match does what a miss does, however slowly
 * BigCommerce answers.
 */
export async function lookupAction(formData: FormData) {
  const start = performance.now();
  const [session, locale, requestHeaders] = await Promise.all([
    getSession(),
    requestLocale(),
    headers(),
  ]);
  const runtime = getRuntime();
  const result = await lookUpOrder(runtime, formFields(formData), {
    clientAddress: clientAddress(requestHeaders, runtime.config.clientIpHeader),
  });
  if (result.kind === "invalid") {
    return sendBack(session, "/order-lookup", { fieldErrors: result.fieldErrors });
  }
  if (result.kind === "matched") {
    grantLookup(session, result.orderId);
    const { link } = result;
    const context = { requestOrigin: requestOrigin(requestHeaders), locale: locale.locale };
    after(() => sendLookupLink(link, context));
  }
  // Saved in every case, so a match's cookie is no tell: the sealed value is new each time.
  await session.save();
  await padTo(start, LOOKUP_ANSWER_FLOOR_MS);
  redirect(`/order-lookup?sent=${result.orderId}`);
}
