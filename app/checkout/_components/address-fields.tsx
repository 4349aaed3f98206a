import { Field } from "@/app/_components/field";
import { COUNTRIES } from "@/lib/checkout/forms";
import type { AddressDraft } from "@/lib/session";

/** One address block; `prefix` names the billing copy's inputs (billingFirstName, …). */
export function AddressFields({
  values,
  errors,
  kind,
}: {
  values?: AddressDraft;
  errors: Record<string, string>;
  kind: "shipping" | "billing";
}) {
  const name = (field: string) =>
    kind === "billing" ? `billing${field[0].toUpperCase()}${field.slice(1)}` : field;
  const auto = (token: string) => `${kind} ${token}`;
  const field = (f: keyof AddressDraft) => ({
    name: name(f),
    defaultValue: values?.[f],
    error: errors[name(f)],
  });
  return (
    <>
      <div className="field-row">
        <Field
          {...field("firstName")}
          label="First name"
          autoComplete={auto("given-name")}
          required
        />
        <Field
          {...field("lastName")}
          label="Last name"
          autoComplete={auto("family-name")}
          required
        />
      </div>
      <Field {...field("company")} label="Company" autoComplete={auto("organization")} />
      <Field
        {...field("address1")}
        label="Street address"
        autoComplete={auto("address-line1")}
        required
      />
      <Field
        {...field("address2")}
        label="Apartment, suite, etc."
        autoComplete={auto("address-line2")}
      />
      <div className="field-row">
        <Field {...field("city")} label="City" autoComplete={auto("address-level2")} required />
        <Field
          {...field("stateOrProvince")}
          label="State / province"
          hint="required for US, Canada, Australia"
          autoComplete={auto("address-level1")}
        />
        <Field
          {...field("postalCode")}
          label="Postal code"
          autoComplete={auto("postal-code")}
          required
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`field-${name("countryCode")}`}>Country</label>
          <select
            id={`field-${name("countryCode")}`}
            name={name("countryCode")}
            autoComplete={auto("country")}
            defaultValue={values?.countryCode || "US"}
            aria-invalid={errors[name("countryCode")] ? true : undefined}
          >
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <Field {...field("phone")} label="Phone" type="tel" autoComplete={auto("tel")} />
      </div>
    </>
  );
}
