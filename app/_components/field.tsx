import type { ReactNode } from "react";

// Labelled form controls whose error is shown under them, announced and linked (aria-describedby).

/** What a control needs to be the field's: its id and name, and its error state for assistive technology. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A field's frame: the label, the control (given the props that tie it to the label and the
 * error), and the error under it. Ids are `field-{name}` and `field-{name}-error`.
 */
export function FieldFrame({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? errorId : undefined,
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A label with the hint, or (for a field that is not required) the word for "optional", after it. */
function FieldLabel({
  label,
  hint,
  optional,
  required,
}: {
  label: string;
  hint?: string;
  optional?: string;
  required: boolean;
}) {
  const aside = hint ?? (required ? undefined : optional);
  return (
    <>
      {label}
      {aside && <span className="muted"> ({aside})</span>}
    </>
  );
}

/** A labelled input; its error is shown under it and linked with aria-describedby. */
export function Field({
  name,
  label,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  required = false,
  inputMode,
  placeholder,
  hint,
  optional,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "email" | "tel" | "text";
  placeholder?: string;
  /** Shown in the label after the name, e.g. when a field is required only sometimes. */
  hint?: string;
  /** The shopper's word for "optional", shown after the label of a field that is not required. */
  optional?: string;
}) {
  return (
    <FieldFrame
      name={name}
      label={<FieldLabel label={label} hint={hint} optional={optional} required={required} />}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          inputMode={inputMode}
          placeholder={placeholder}
        />
      )}
    </FieldFrame>
  );
}

/**
 * The required email field of the checkout, sign-in and sign-up forms; `label` in the shopper's
 * language ("Email" where a page passes none).
 */
export function EmailField({
  defaultValue,
  error,
  label = "Email",
}: {
  defaultValue?: string;
  error?: string;
  label?: string;
}) {
  return (
    <Field
      name="email"
      label={label}
      type="email"
      autoComplete="email"
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

/** The form's problem, announced, with a link to each field that needs attention. */
export function FormAlert({
  message,
  fieldErrors,
}: {
  message?: string;
  fieldErrors?: Record<string, string>;
}) {
  if (!message) return null;
  const fields = Object.entries(fieldErrors ?? {});
  return (
    <div className="alert alert--error" role="alert">
      {message}
      {fields.length > 0 && (
        <ul className="error-links">
          {fields.map(([name, error]) => (
            <li key={name}>
              <a href={`#field-${name}`}>{error}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
