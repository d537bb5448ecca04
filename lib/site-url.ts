/**
 * The deployed origin, from SITE_URL at build time (next.config.js writes it into the build, so a page
 * rendered on request, such as /check, has it too). Canonical and hreflang links, share-card
 * images and the API page's examples need an absolute address; a build without SITE_URL leaves
 * them out (or says where the address goes) rather than pointing readers at localhost.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = { SITE_URL: process.env.SITE_URL }): URL | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an absolute URL (expected e.g. https://perdagangan.example.org)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL: "${raw}" must start with https:// or http://`);
  return url;
}

/** Written where an example needs the site's address and the build does not know it. */
export const SITE_PLACEHOLDER = "<site>";

/** The origin to write in front of an example's path: the deployed one, or the placeholder. */
export function exampleOrigin(url: URL | null = siteUrl()): string {
  return url ? url.origin : SITE_PLACEHOLDER;
}
