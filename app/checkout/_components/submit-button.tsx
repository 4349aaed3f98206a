"use client";

import { useFormStatus } from "react-dom";

/**
 * A submit button that shows it is working and ignores further clicks while its form is pending
 * (with JavaScript). The server never relies on it: duplicate submissions are refused there too.
 */
export function SubmitButton({
  children,
  pendingText,
  className,
}: {
  children: React.ReactNode;
  pendingText: string;
  className: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      className={className}
      type="submit"
      aria-disabled={pending}
      data-pending={pending || undefined}
    >
      {pending ? pendingText : children}
    </button>
  );
}
