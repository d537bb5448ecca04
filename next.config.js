// @ts-check

/**
 * Content-Security-Policy. The pages are prerendered once at build time, so there is no
 * per-request nonce to give Next's inline bootstrap scripts (and the theme script): 'unsafe-inline'
 * stays for scripts, and for styles (React style attributes, chart SVG). No 'unsafe-eval' in
 * production; the dev server needs it for React's debugging tools.
 */
const dev = process.env.NODE_ENV !== "production";
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "upgrade-insecure-requests",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: dev ? csp.replace("; upgrade-insecure-requests", "") : csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Prerendered pages change only with a deploy: browsers revalidate by ETag, a CDN keeps them a day (purged on deploy).
      ...["/:lang(id|en)", "/:lang(id|en)/sources"].map((source) => ({ source, headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] })),
    ];
  },
};
