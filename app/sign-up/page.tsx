import { accountFormMetadata, accountFormPage } from "@/app/sign-in/_components/account-form-page";

export const generateMetadata = accountFormMetadata("sign-up");
export const dynamic = "force-dynamic";

/** A new customer account (offered to guests after a purchase, with the same email). */
export default accountFormPage("sign-up");
