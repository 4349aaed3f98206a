"use client";

// With JavaScript, picking a shipping method saves it at once; without, the shopper presses
// the form's button. Either way the totals come back from BigCommerce.
export function SubmitOnChange({ children }: { children: React.ReactNode }) {
  return (
    <div
      onChange={(event) => {
        const form = (event.target as HTMLInputElement).form;
        form?.requestSubmit();
      }}
    >
      {children}
    </div>
  );
}
