import { EmailField, FieldFrame } from "@/app/_components/field";
import type { CheckoutDraft } from "@/lib/session";
import { saveDetailsAction } from "../actions";
import { AddressFields } from "./address-fields";
import { SubmitButton } from "./submit-button";

/** The order comment: an optional textarea whose error is linked to it. */
function CommentField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const label = (
    <>
      Order comment <span className="muted">(optional)</span>
    </>
  );
  return (
    <FieldFrame name="customerMessage" label={label} error={error}>
      {(control) => <textarea {...control} rows={2} maxLength={2000} defaultValue={defaultValue} />}
    </FieldFrame>
  );
}

/** Step 1: contact, shipping address, billing address (the same or its own) and the comment. */
export function DetailsSection({
  details,
  errors,
  canPay,
}: {
  details: CheckoutDraft | null;
  errors: Record<string, string>;
  canPay: boolean;
}) {
  return (
    <section className="card stack" id="details" aria-labelledby="details-heading">
      <h2 id="details-heading">1. Contact and shipping address</h2>
      <form action={saveDetailsAction} className="stack" noValidate>
        <EmailField defaultValue={details?.email} error={errors.email} />
        <fieldset className="fieldset stack" aria-label="Shipping address">
          <legend className="visually-hidden">Shipping address</legend>
          <AddressFields kind="shipping" values={details?.shipping} errors={errors} />
        </fieldset>
        <div className="billing stack">
          <label className="choice">
            <input
              type="checkbox"
              name="billingSameAsShipping"
              defaultChecked={details?.billingSameAsShipping ?? true}
            />
            <span className="choice__label">Billing address is the same as shipping</span>
          </label>
          <fieldset className="fieldset stack billing__fields" aria-label="Billing address">
            <legend>Billing address</legend>
            <AddressFields kind="billing" values={details?.billing} errors={errors} />
          </fieldset>
        </div>
        <CommentField defaultValue={details?.customerMessage} error={errors.customerMessage} />
        <SubmitButton className="button" pendingText="Saving…">
          {canPay ? "Update address" : "Continue to shipping"}
        </SubmitButton>
      </form>
    </section>
  );
}
