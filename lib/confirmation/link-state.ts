/**
 * Set by proxy.ts on the request it passes to the confirmation page when the link was genuine
 * but spent, so the not-found page can say so. The proxy always removes a client-sent copy.
 */
export const LINK_STATE_HEADER = "x-confirmation-link";
