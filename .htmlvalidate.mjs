// @ts-check
import { defineConfig } from "html-validate";

/**
 * html-validate over the served HTML of every page type (e2e/html-valid.spec.ts; or by hand:
 * `npx html-validate page.html`). The strictest presets, less only what React and Next write
 * themselves and we cannot change, and two choices of ours, each said why.
 */
export default defineConfig({
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // React writes its DOM property names (charSet, hrefLang, noModule): HTML attribute names are case-insensitive.
    "attr-case": "off",
    // React closes void elements (<meta/>, <link/>): allowed by HTML, a matter of style.
    "void-style": "off",
    // React writes boolean and empty attributes as async="" and hidden="": the same as the bare name in HTML.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    // React's useId gives ids such as _R_ and prov-_R_1d_ (Next's bootstrap script has one): valid HTML, which allows any id without spaces.
    "valid-id": ["error", { relaxed: true }],
    // Recharts names its legend icons (<svg aria-label="KAZ legend icon">, in a legend we hide from assistive technology): allowed by ARIA, and not ours to change.
    "aria-label-misuse": ["error", { allowAnyNamable: false, elements: { exclude: ["svg"] } }],
    // Our scripts and styles are same-origin, from the same deploy as the page: SRI only for anything from another origin.
    "require-sri": ["error", { target: "crossorigin" }],
    // A table's scroll box is <div role="region" tabindex="0"> with a name (so the keyboard can scroll it): not a document section to put in <section>.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // Data-driven widths (the goods bars) and React's style props; CSP allows inline style for them (next.config.js).
    "no-inline-style": "off",
    // A page's title is its name followed by the site's ("… · China–Central Asia trade in numbers"): a search engine may shorten it, which is no markup error.
    "long-title": "off",
  },
});
