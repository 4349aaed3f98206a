// A labelled input whose error is announced and linked to it (aria-describedby).

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
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint ? (
          <span className="muted"> ({hint})</span>
        ) : (
          !required && <span className="muted"> (optional)</span>
        )}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
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
