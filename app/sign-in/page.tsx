import { accountFormMetadata, accountFormPage } from "./_components/account-form-page";

export const generateMetadata = accountFormMetadata("sign-in");
export const dynamic = "force-dynamic";

/** Customer sign-in, checked with BigCommerce. */
export default accountFormPage("sign-in");
