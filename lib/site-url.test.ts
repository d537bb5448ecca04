import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pageAlternates } from "./page-alternates";
import { pageShareMetadata, shareMetadata } from "./share-metadata";
import { exampleOrigin, siteUrl, SITE_PLACEHOLDER } from "./site-url";

const site = new URL("https://perdagangan.example.org");

describe("SITE_URL", () => {
  it.each([
    [{}, null],
    [{ SITE_URL: "" }, null],
    [{ SITE_URL: "  " }, null],
    [{ SITE_URL: "https://perdagangan.example.org" }, "https://perdagangan.example.org"],
    [{ SITE_URL: "http://127.0.0.1:3100/" }, "http://127.0.0.1:3100"],
  ])("%j gives the origin %s", (env, origin) => {
    expect(siteUrl(env)?.origin ?? null).toBe(origin);
  });

  it.each([["perdagangan.example.org"], ["ftp://example.org"]])("%s is refused, naming SITE_URL", (raw) => {
    expect(() => siteUrl({ SITE_URL: raw })).toThrow(/^SITE_URL: /);
  });

  it("examples write the origin, or a placeholder where it is unknown (never localhost)", () => {
    expect(exampleOrigin(site)).toBe("https://perdagangan.example.org");
    expect(exampleOrigin(null)).toBe(SITE_PLACEHOLDER);
  });
});

describe("absolute links need SITE_URL", () => {
  it("a page is its own canonical, with its twin in the other language", () => {
    expect(pageAlternates("en", "/sources", site)).toEqual({
      metadataBase: site,
      alternates: { canonical: "/en/sources", languages: { id: "/id/sources", en: "/en/sources", "x-default": "/id/sources" } },
    });
  });

  it("without SITE_URL a page has no canonical, hreflang or share card", () => {
    expect(pageAlternates("id", "/goods", null)).toEqual({});
    expect(shareMetadata("id", "USD", "/id", null)).toEqual({});
  });

  it("with it, the card is the view's image with the headline's words as alt text", () => {
    const meta = shareMetadata("en", "CNY", "/en?currency=CNY", site);
    expect(meta.metadataBase).toBe(site);
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: "/og/en/CNY", width: 1200, height: 630, alt: expect.stringMatching(/CN¥/) })]);
  });

  it("a page of its own shares its own title and description, with the site's card", () => {
    const text = { title: "Apa yang diperdagangkan", description: "Barang apa di balik total." };
    const meta = pageShareMetadata("id", "/id/goods", text, site);
    expect(meta.openGraph).toMatchObject({ ...text, url: "/id/goods", siteName: "Perdagangan China–Asia Tengah dalam angka", images: [expect.objectContaining({ url: "/og/id/USD" })] });
    expect(meta.twitter).toMatchObject({ ...text, card: "summary_large_image" });
    expect(pageShareMetadata("id", "/id/goods", text, null)).toEqual({});
  });
});

describe("the build says when SITE_URL is missing", () => {
  const config = createRequire(import.meta.url)("../next.config.js") as (phase: string) => unknown;
  afterEach(() => vi.unstubAllEnvs());

  it("warns once per production build, and not when it is set", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("SITE_URL", "");
    config("phase-production-build");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^SITE_URL is not set: .*no canonical or hreflang links and no share cards/));
    warn.mockClear();
    vi.stubEnv("SITE_URL", "https://perdagangan.example.org");
    config("phase-production-build");
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("a malformed SITE_URL stops the build, naming it", () => {
    vi.stubEnv("SITE_URL", "perdagangan.example.org");
    expect(() => config("phase-production-build")).toThrow(/^SITE_URL: "perdagangan.example.org" is not an absolute/);
  });
});
