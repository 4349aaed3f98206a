import type { AddressView } from "@/lib/confirmation";

/** A postal address, one line per non-empty part. */
export function Address({ address }: { address: AddressView }) {
  return (
    <address>
      {[address.name, address.company, ...address.lines, address.phone]
        .filter(Boolean)
        .map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
    </address>
  );
}
