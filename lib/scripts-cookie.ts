// Whether this browser runs JavaScript, as far as the server can tell. React reveals content that
// streams in after the page's shell (behind a Suspense boundary) with a script: without scripts the
// shopper would see the placeholder for ever. Every page sets this cookie with one line of script,
// so a page may stream only to browsers that have run it.

export const SCRIPTS_COOKIE = "sf_js";

/** The line of script every page carries (the layout). No data, only a yes. */
export const SET_SCRIPTS_COOKIE = `document.cookie="${SCRIPTS_COOKIE}=1;path=/;max-age=31536000;samesite=lax"`;
