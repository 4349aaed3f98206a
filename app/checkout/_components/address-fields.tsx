import { Field, FieldFrame } from "@/app/_components/field";
import { PostalAddress } from "@/app/_components/postal-address";
import type { AddressFormView, AddressInputView } from "@/app/checkout/_lib/address-form";
import type { AddressDraft } from "@/lib/session";
import { reshapeAddressAction, reshapeBillingAddressAction } from "../address-actions";
import { CountrySelect } from "./country-select";

/** A state the shopper or BigCommerce gave (a name or an abbreviation) as one of the list's names. */
function stateOption(options: NonNullable<AddressInputView["options"]>, value = ""): string {
  const typed = value.trim().toLowerCase();
  const found = options.find(
    (o) => o.name.toLowerCase() === typed || o.abbreviation.toLowerCase() === typed,
  );
  return found?.name ?? "";
}

/** The store's states of the country as a list, the one given (a name or abbreviation) chosen. */
function StateSelect({
  name,
  label,
  hint,
  error,
  autoComplete,
  value,
  options,
  choose,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  autoComplete: string;
  value?: string;
  options: NonNullable<AddressInputView["options"]>;
  /** The empty first option's words ("Choose…"). */
  choose: string;
}) {
  const frameLabel = (
    <>
      {label}
      {hint && <span className="muted"> ({hint})</span>}
    </>
  );
  return (
    <FieldFrame name={name} label={frameLabel} error={error}>
      {(control) => (
        <select {...control} autoComplete={autoComplete} defaultValue={stateOption(options, value)}>
          <option value="">{choose}</option>
          {options.map((o) => (
            <option key={o.name} value={o.name}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** The address the checkout has saved, printed as the confirmation will print it. */
function SavedAddress({ form }: { form: AddressFormView }) {
  if (!form.saved) return null;
  return (
    <div data-testid="saved-address">
      <p className="muted">{form.labels.saved}</p>
      <PostalAddress address={form.saved} locale={form.locale} />
    </div>
  );
}

/**
 * One address block in its country's shape (`form`, from addressFormView): the country first,
 * with the button that reshapes the form for another country, then the country's fields in its
 * order with its labels, a list of the store's states where the country has them. The billing
 * copy's inputs are named billingFirstName, ….
 */
export function AddressFields({
  form,
  values,
  errors,
  kind,
  section = kind,
}: {
  form: AddressFormView;
  values?: AddressDraft;
  errors: Record<string, string>;
  /** Which inputs: the form's main address (firstName, …) or the billing copy (billingFirstName, …). */
  kind: "shipping" | "billing";
  /** The autocomplete section, when the main address is the billing one (a digital-only cart). */
  section?: "shipping" | "billing";
}) {
  const name = (field: string) =>
    kind === "billing" ? `billing${field[0].toUpperCase()}${field.slice(1)}` : field;
  const input = ({
    field,
    label,
    required,
    autoComplete,
    options,
    placeholder,
  }: AddressInputView) => {
    const error = errors[name(field)];
    const hint = required ? undefined : form.labels.optional;
    if (options) {
      return (
        <StateSelect
          key={field}
          name={name(field)}
          label={label}
          hint={hint}
          error={error}
          autoComplete={`${section} ${autoComplete}`}
          value={values?.[field]}
          options={options}
          choose={form.labels.choose}
        />
      );
    }
    return (
      <Field
        key={field}
        name={name(field)}
        label={label}
        hint={hint}
        required={required}
        type={field === "phone" ? "tel" : "text"}
        placeholder={placeholder}
        defaultValue={values?.[field]}
        error={error}
        autoComplete={`${section} ${autoComplete}`}
      />
    );
  };
  const names = form.inputs.filter((i) => i.field === "firstName" || i.field === "lastName");
  const rest = form.inputs.filter((i) => !names.includes(i));
  const country = name("countryCode");
  return (
    <div className="stack" data-address-country={form.countryCode}>
      <SavedAddress form={form} />
      <CountrySelect
        id={`field-${country}`}
        name={country}
        label={form.labels.country}
        autoComplete={`${section} country`}
        value={form.countryCode}
        countries={form.countries}
        error={errors[country]}
        update={form.labels.update}
        action={kind === "billing" ? reshapeBillingAddressAction : reshapeAddressAction}
      />
      <div className="field-row">{names.map(input)}</div>
      {rest.map(input)}
    </div>
  );
}
