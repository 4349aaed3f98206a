"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The address's country with the button that reshapes the form for it (a plain submit that
 * keeps what was typed, so it works without JavaScript). With JavaScript, choosing a country
 * presses that button itself, and the button is hidden.
 */
export function CountrySelect({
  id,
  name,
  label,
  autoComplete,
  value,
  countries,
  error,
  update,
  action,
}: {
  id: string;
  name: string;
  label: string;
  autoComplete: string;
  value: string;
  countries: { code: string; name: string }[];
  error?: string;
  /** The button's words ("Update address form"). */
  update: string;
  /** The server action that keeps the draft and shows the form again for the chosen country. */
  action: (formData: FormData) => Promise<void>;
}) {
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const errorId = `${id}-error`;
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          name={name}
          autoComplete={autoComplete}
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            const select = event.currentTarget;
            const button = select.form?.querySelector<HTMLButtonElement>(
              `button[data-reshapes="${id}"]`,
            );
            if (button) select.form?.requestSubmit(button);
          }}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="button button--secondary"
        // Hidden by style: the button class's display would win over the hidden attribute.
        style={{ alignSelf: "end", display: scripted ? "none" : undefined }}
        formAction={action}
        formNoValidate
        data-reshapes={id}
      >
        {update}
      </button>
    </div>
  );
}
