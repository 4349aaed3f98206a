"use client";

import { useState } from "react";

/**
 * A native form post (it works without JavaScript) that, with JavaScript, is sent once: a second
 * click while the first is on its way does nothing. The server refuses duplicates regardless.
 */
export function OnceForm(props: React.FormHTMLAttributes<HTMLFormElement>) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      {...props}
      aria-busy={busy || undefined}
      onSubmit={(event) => {
        if (busy) event.preventDefault();
        else setBusy(true);
      }}
    />
  );
}
