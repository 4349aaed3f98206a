import { PostalAddress } from "@/app/_components/postal-address";
import type { AddressView } from "@/lib/confirmation";

/** An address of the order, printed its country's way with the country named in `locale`. */
export function Address({ address, locale }: { address: AddressView; locale: string }) {
  return (
    <PostalAddress
      address={address.address}
      locale={locale}
      fallbackCountryName={address.countryName}
    />
  );
}
