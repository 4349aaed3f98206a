import { Field } from "@/app/_components/field";
import { COUNTRIES } from "@/lib/checkout/forms";
import type { AddressDraft } from "@/lib/session";

/** One input of an address: its label, autocomplete token and whether it must be filled. */
interface AddressInput {
  field: Exclude<keyof AddressDraft, "countryCode">;
  label: string;
  autoComplete: string;
  required?: boolean;
  hint?: string;
  type?: string;
}

/** The address form's inputs, top to bottom, in groups: side by side (`row`) or stacked. */
const ROWS: { row: boolean; inputs: AddressInput[] }[] = [
  {
    row: true,
    inputs: [
      { field: "firstName", label: "First name", autoComplete: "given-name", required: true },
      { field: "lastName", label: "Last name", autoComplete: "family-name", required: true },
    ],
  },
  {
    row: false,
    inputs: [
      { field: "company", label: "Company", autoComplete: "organization" },
      { field: "address1", label: "Street address", autoComplete: "address-line1", required: true },
      { field: "address2", label: "Apartment, suite, etc.", autoComplete: "address-line2" },
    ],
  },
  {
    row: true,
    inputs: [
      { field: "city", label: "City", autoComplete: "address-level2", required: true },
      {
        field: "stateOrProvince",
        label: "State / province",
        hint: "required for US, Canada, Australia",
        autoComplete: "address-level1",
      },
      { field: "postalCode", label: "Postal code", autoComplete: "postal-code", required: true },
    ],
  },
];

const PHONE: AddressInput = { field: "phone", label: "Phone", type: "tel", autoComplete: "tel" };

/** One address block; the billing copy's inputs are named billingFirstName, …. */
export function AddressFields({
  values,
  errors,
  kind,
  section = kind,
}: {
  values?: AddressDraft;
  errors: Record<string, string>;
  /** Which inputs: the form's main address (firstName, …) or the billing copy (billingFirstName, …). */
  kind: "shipping" | "billing";
  /** The autocomplete section, when the main address is the billing one (a digital-only cart). */
  section?: "shipping" | "billing";
}) {
  const name = (field: string) =>
    kind === "billing" ? `billing${field[0].toUpperCase()}${field.slice(1)}` : field;
  const input = ({ field, autoComplete, ...rest }: AddressInput) => (
    <Field
      key={field}
      {...rest}
      name={name(field)}
      defaultValue={values?.[field]}
      error={errors[name(field)]}
      autoComplete={`${section} ${autoComplete}`}
    />
  );
  const country = name("countryCode");
  return (
    <>
      {ROWS.map(({ row, inputs }) =>
        row ? (
          <div className="field-row" key={inputs[0].field}>
            {inputs.map(input)}
          </div>
        ) : (
          inputs.map(input)
        ),
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`field-${country}`}>Country</label>
          <select
            id={`field-${country}`}
            name={country}
            autoComplete={`${section} country`}
            defaultValue={values?.countryCode || "US"}
            aria-invalid={errors[country] ? true : undefined}
          >
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {input(PHONE)}
      </div>
    </>
  );
}
