// The emulated checkout's static files: its one script and stylesheet (served as files so the
// pages' Content-Security-Policy needs no 'unsafe-inline'), and iframe-resizer's content script.
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The frame's script. It reads the page's JSON config (`#checkout-config`: `parentOrigin`, the
 * channel site URL or null, and `events`, the messages to post), posts each event to the parent
 * window as BigCommerce's checkout does (FRAME_ERROR to "*", every other event only to the site
 * URL's origin, so a parent on another origin never hears them), and applies the parent's
 * STYLE_CONFIGURED message when it comes from the site URL's origin. Outside a frame it posts nothing.
 */
export const CHECKOUT_SCRIPT = `(function () {
  "use strict";
  var node = document.getElementById("checkout-config");
  var config = node ? JSON.parse(node.textContent || "{}") : {};
  var parentOrigin = typeof config.parentOrigin === "string" ? config.parentOrigin : null;
  var inFrame = window.parent !== window;

  function post(message) {
    if (!inFrame) return;
    if (message.type === "FRAME_ERROR") window.parent.postMessage(message, "*");
    else if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  }

  function setColor(elements, property, value) {
    if (typeof value !== "string" || !/^[#a-zA-Z0-9(),.%\\s-]{1,40}$/.test(value)) return;
    if (/url\\s*\\(/i.test(value)) return;
    for (var i = 0; i < elements.length; i++) elements[i].style[property] = value;
  }

  function applyStyles(styles) {
    if (!styles || typeof styles !== "object") return;
    var body = styles.body || {};
    var button = styles.button || {};
    var text = styles.text || {};
    setColor([document.body], "backgroundColor", body.backgroundColor);
    setColor([document.body], "color", text.color);
    var buttons = document.querySelectorAll("button.primary");
    setColor(buttons, "backgroundColor", button.backgroundColor);
    setColor(buttons, "color", button.color);
    document.body.setAttribute("data-styled", "true");
  }

  window.addEventListener("message", function (event) {
    if (!parentOrigin || event.origin !== parentOrigin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "STYLE_CONFIGURED") return;
    applyStyles(data.payload);
  });

  var events = Array.isArray(config.events) ? config.events : [];
  for (var i = 0; i < events.length; i++) post(events[i]);

  var forms = document.querySelectorAll("form[data-once]");
  for (var j = 0; j < forms.length; j++) {
    forms[j].addEventListener("submit", function (event) {
      var form = event.currentTarget;
      if (form.getAttribute("data-submitted")) event.preventDefault();
      form.setAttribute("data-submitted", "true");
    });
  }
})();
`;

/** The pages' stylesheet: plain, BigCommerce-like checkout styling. */
export const CHECKOUT_CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#313440;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:0 0 1rem}
h2{font-size:1.125rem;margin:1.25rem 0 .5rem}
fieldset{border:1px solid #ddd;border-radius:4px;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}
label{display:block;margin:.5rem 0 .125rem;font-size:.875rem}
input,select{width:100%;padding:.5rem;font:inherit;border:1px solid #bbb;border-radius:4px}
input[type=radio],input[type=checkbox]{width:auto;margin-right:.5rem}
.choice{display:flex;align-items:center;margin:.25rem 0}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}
button{font:inherit;padding:.625rem 1.25rem;border:1px solid #4496f6;border-radius:4px;background:#fff;color:#4496f6;cursor:pointer}
button.primary{background:#4496f6;color:#fff;width:100%;margin-top:.5rem}
button.link{border:0;padding:0;text-decoration:underline;background:none}
.notice{border:1px solid #d14343;background:#fdf0f0;color:#8a1f1f;border-radius:4px;padding:.75rem 1rem;margin:0 0 1rem}
.summary{border:1px solid #ddd;border-radius:4px;padding:.75rem 1rem;margin:0 0 1rem}
.summary ul{list-style:none;margin:0;padding:0}
.summary li,.summary .total{display:flex;justify-content:space-between;gap:1rem;padding:.25rem 0}
.summary .total{font-weight:600;border-top:1px solid #ddd;margin-top:.25rem}
.muted{color:#757575;font-size:.875rem}
.challenge{border:1px solid #ddd;border-radius:4px;padding:1.5rem;text-align:center}
.challenge form{display:inline-block;margin:.5rem}
`;

/** Where iframe-resizer's content script is (the package is a dependency of the checkout SDK). */
const IFRAME_RESIZER_FILE = path.join(
  process.cwd(),
  "node_modules",
  "iframe-resizer",
  "js",
  "iframeResizer.contentWindow.min.js",
);

let iframeResizerScript: Promise<string> | undefined;

/**
 * iframe-resizer's content script (the frame half of the resizing the SDK sets up on the parent),
 * read once from node_modules. Rejects when the package is missing.
 */
export function iframeResizerContentScript(): Promise<string> {
  iframeResizerScript ??= readFile(IFRAME_RESIZER_FILE, "utf8");
  return iframeResizerScript;
}
