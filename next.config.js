// @ts-check
/** next/constants PHASE_PRODUCTION_BUILD (a CommonJS config cannot import it under the lint rules). */
const PHASE_PRODUCTION_BUILD = "phase-production-build";

/**
 * Content-Security-Policy. The pages are prerendered once at build time, so there is no
 * per-request nonce to give Next's inline bootstrap scripts (and the theme script): 'unsafe-inline'
 * stays for scripts, and for styles (React style attributes, chart SVG). No 'unsafe-eval' in
 * production; the dev server needs it for React's debugging tools.
 */
const dev = process.env.NODE_ENV !== "production";
const cspFor = (/** @type {string} */ frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
  ...(dev ? [] : ["upgrade-insecure-requests"]),
].join("; ");

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** Every route but the embeds: no site may frame it. */
const securityHeaders = [
  { key: "Content-Security-Policy", value: cspFor("'none'") },
  ...commonHeaders,
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** /embed/…: made to sit in other sites' iframes, so any site may frame it (and nothing else changes). */
const embedHeaders = [{ key: "Content-Security-Policy", value: cspFor("*") }, ...commonHeaders];

const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

/**
 * Canonical, hreflang and share-card links need the public origin; a build without it leaves them
 * out (lib/site-url.ts) and says so here, once, rather than pointing them at localhost.
 */
const checkSiteUrl = (/** @type {string} */ phase) => {
  const raw = process.env.SITE_URL?.trim();
  if (raw && !/^https?:\/\/[^/\s]+/.test(raw)) throw new Error(`SITE_URL: "${raw}" is not an absolute http(s) URL (expected e.g. https://perdagangan.example.org)`);
  if (!raw && phase === PHASE_PRODUCTION_BUILD)
    console.warn("SITE_URL is not set: this build has no canonical or hreflang links and no share cards, and the API page writes <site> in its examples. Set SITE_URL to the public origin before `npm run build`.");
};

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => (checkSiteUrl(phase), {
  poweredByHeader: false,
  // Next's gzip per request stays on for what it still answers itself (API queries, RSC payloads,
  // /check, 404s); prerendered pages and static files are compressed once, in scripts/serve.mjs
  // (docs/serving.md), which asks Next for them uncompressed.
  compress: true,
  // Pages rendered on request (/check) need SITE_URL too: written into the build, as prerendered pages have it.
  env: { SITE_URL: process.env.SITE_URL?.trim() ?? "" },
  reactStrictMode: true,
  // `npm test` has just run `tsc --noEmit` over the whole project (npm run typecheck) when it builds:
  // it sets BUILD_SKIP_TYPECHECK=1 so the build does not check the same types again (half a minute).
  // Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  experimental: { globalNotFound: true },
  // Links to the rupiah and yuan views get a page whose share card shows that view's headline; the
  // browser keeps the link. Before the file system, since /id itself is a page. First match wins.
  async rewrites() {
    const q = (/** @type {string} */ key, /** @type {string} */ value) => ({ type: /** @type {const} */ ("query"), key, value });
    const noOwnRate = [{ type: /** @type {const} */ ("query"), key: "idrPerUsd" }];
    return {
      beforeFiles: [
        { source: "/:lang(id|en)", has: [q("currency", "IDR"), q("rate", "annual")], destination: "/:lang/v/IDR-annual" },
        { source: "/:lang(id|en)", has: [q("currency", "IDR")], missing: noOwnRate, destination: "/:lang/v/IDR-article" },
        { source: "/:lang(id|en)", has: [q("currency", "CNY")], destination: "/:lang/v/CNY" },
      ],
    };
  },
  async headers() {
    return [
      // Two disjoint sets, so no route gets both a frame-ancestors 'none' and a *.
      { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/embed/:path*", headers: [...embedHeaders, { key: "Cache-Control", value: PAGE_CACHE_CONTROL }] },
      // Prerendered pages change only with a deploy: browsers revalidate by ETag, a CDN keeps them a day (purged on deploy).
      ...["/:lang(id|en)", "/:lang(id|en)/sources"].map((source) => ({ source, headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] })),
    ];
  },
});
