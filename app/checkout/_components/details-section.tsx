import { EmailField, FieldFrame } from "@/app/_components/field";
import type { AddressFormView } from "@/app/checkout/_lib/address-form";
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

/**
 * Step 1: contact, shipping address, billing address (the same or its own) and the comment. A
 * digital-only cart (`needsShipping` false) asks for one address, the billing address: its inputs
 * are the form's main ones, posted as "the same as shipping", and the server sends BigCommerce
 * the billing address only.
 */
export function DetailsSection({
  details,
  errors,
  canPay,
  needsShipping,
  forms,
}: {
  details: CheckoutDraft | null;
  errors: Record<string, string>;
  canPay: boolean;
  needsShipping: boolean;
  /** The address forms in their countries' shapes (page-data's `addressForms`). */
  forms: { main: AddressFormView; billing: AddressFormView };
}) {
  const next = needsShipping ? "Continue to shipping" : "Continue to payment";
  return (
    <section className="card stack" id="details" aria-labelledby="details-heading">
      <h2 id="details-heading">
        {needsShipping ? "1. Contact and shipping address" : "1. Contact and billing address"}
      </h2>
      <form action={saveDetailsAction} className="stack" noValidate>
        <EmailField defaultValue={details?.email} error={errors.email} />
        {needsShipping ? (
          <ShippingAndBilling details={details} errors={errors} forms={forms} />
        ) : (
          <fieldset className="fieldset stack" aria-label="Billing address">
            <legend className="visually-hidden">Billing address</legend>
            <input type="hidden" name="billingSameAsShipping" value="on" />
            <AddressFields
              form={forms.main}
              kind="shipping"
              section="billing"
              values={details?.billing ?? details?.shipping}
              errors={errors}
            />
          </fieldset>
        )}
        <CommentField defaultValue={details?.customerMessage} error={errors.customerMessage} />
        <SubmitButton className="button" pendingText="Saving…">
          {canPay ? "Update address" : next}
        </SubmitButton>
      </form>
    </section>
  );
}

/** The shipping address, and the billing address: the same, or its own. */
function ShippingAndBilling({
  details,
  errors,
  forms,
}: {
  details: CheckoutDraft | null;
  errors: Record<string, string>;
  forms: { main: AddressFormView; billing: AddressFormView };
}) {
  return (
    <>
      <fieldset className="fieldset stack" aria-label="Shipping address">
        <legend className="visually-hidden">Shipping address</legend>
        <AddressFields
          form={forms.main}
          kind="shipping"
          values={details?.shipping}
          errors={errors}
        />
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
          <AddressFields
            form={forms.billing}
            kind="billing"
            values={details?.billing}
            errors={errors}
          />
        </fieldset>
      </div>
    </>
  );
}
