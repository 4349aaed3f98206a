import { EmailField, FieldFrame } from "@/app/_components/field";
import type { Translate } from "@/lib/i18n";
import type { AddressFormView } from "@/app/checkout/_lib/address-form";
import type { CheckoutDraft } from "@/lib/session";
import { saveDetailsAction } from "../actions";
import { AddressFields } from "./address-fields";
import { SubmitButton } from "./submit-button";

/** The order comment: an optional textarea whose error is linked to it. */
function CommentField({
  defaultValue,
  error,
  t,
}: {
  defaultValue?: string;
  error?: string;
  t: Translate;
}) {
  const label = (
    <>
      {t("checkout.comment")} <span className="muted">({t("checkout.optional")})</span>
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
  t,
  forms,
}: {
  details: CheckoutDraft | null;
  errors: Record<string, string>;
  canPay: boolean;
  needsShipping: boolean;
  t: Translate;
  /** The address forms in their countries' shapes (page-data's `addressForms`). */
  forms: { main: AddressFormView; billing: AddressFormView };
}) {
  const next = needsShipping ? t("checkout.toShipping") : t("checkout.toPayment");
  return (
    <section className="card stack" id="details" aria-labelledby="details-heading">
      <h2 id="details-heading">
        {needsShipping ? t("checkout.detailsShipping") : t("checkout.detailsBilling")}
      </h2>
      <form action={saveDetailsAction} className="stack" noValidate>
        <EmailField
          label={t("checkout.email")}
          defaultValue={details?.email}
          error={errors.email}
        />
        {needsShipping ? (
          <ShippingAndBilling details={details} errors={errors} t={t} forms={forms} />
        ) : (
          <fieldset className="fieldset stack" aria-label={t("checkout.billingAddress")}>
            <legend className="visually-hidden">{t("checkout.billingAddress")}</legend>
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
        <CommentField
          defaultValue={details?.customerMessage}
          error={errors.customerMessage}
          t={t}
        />
        <SubmitButton className="button" pendingText={t("checkout.saving")}>
          {canPay ? t("checkout.updateAddress") : next}
        </SubmitButton>
      </form>
    </section>
  );
}

/** The shipping address, and the billing address: the same, or its own. */
function ShippingAndBilling({
  details,
  errors,
  t,
  forms,
}: {
  details: CheckoutDraft | null;
  errors: Record<string, string>;
  t: Translate;
  forms: { main: AddressFormView; billing: AddressFormView };
}) {
  return (
    <>
      <fieldset className="fieldset stack" aria-label={t("checkout.shippingAddress")}>
        <legend className="visually-hidden">{t("checkout.shippingAddress")}</legend>
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
          <span className="choice__label">{t("checkout.sameBilling")}</span>
        </label>
        <fieldset
          className="fieldset stack billing__fields"
          aria-label={t("checkout.billingAddress")}
        >
          <legend>{t("checkout.billingAddress")}</legend>
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
