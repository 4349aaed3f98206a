/**
 * Set by proxy.ts on the request it passes to the confirmation page when the link was genuine
 * but spent ("spent"), so the not-found page can say so, or could not be checked because the
 * shared store did not answer ("unavailable"), so the page asks the shopper to try again. The
 * proxy always removes a client-sent copy.
 */
export const LINK_STATE_HEADER = "x-confirmation-link";
