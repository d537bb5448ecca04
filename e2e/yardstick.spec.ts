import { expect, gotoLive, test } from "./fixtures";

/** Issue #21: Indonesia as the yardstick, the year so far, and 2025 at the annual rupiah rate. */
test.describe("Indonesia beside Central Asia", () => {
  test("the sentence under the headline, in both languages, follows currency, rate and unit", async ({ page }) => {
    await page.goto("/id");
    await expect(page.getByTestId("headline-yardstick")).toContainText("Sebagai pembanding: perdagangan China–Indonesia 2024 US$147,99 miliar; Asia Tengah setara 64,1% dari itu.", { useInnerText: true });
    await gotoLive(page, "/id?currency=IDR&rate=annual");
    await expect(page.getByTestId("headline-yardstick")).toContainText("perdagangan China–Indonesia 2024 Rp2.344,31 triliun; Asia Tengah setara 64,1% dari itu.", { useInnerText: true });
    await gotoLive(page, "/en?unit=million");
    await expect(page.getByTestId("headline-yardstick")).toContainText("For comparison: China–Indonesia trade in 2024 was US$147,990 million; Central Asia's was 64.1% of that.", { useInnerText: true });
    // The number opens its provenance: the source, and AP's figure beside it.
    await page.getByTestId("headline-yardstick").getByRole("button", { name: /US\$147,990 million/ }).click();
    await expect(page.locator("[popover]:popover-open")).toContainText("Associated Press");
  });

  for (const [lang, title, summary] of [
    ["id", "Asia Tengah dan Indonesia, 1992–2025", "Pada 2024, perdagangan China dengan Asia Tengah (US$94,82 miliar) setara 64,1% dari perdagangannya dengan Indonesia (US$147,99 miliar). Pada 1992: 22,7%."],
    ["en", "Central Asia and Indonesia, 1992–2025", "In 2024, China's trade with Central Asia (US$94.82 billion) was 64.1% of its trade with Indonesia (US$147.99 billion). In 1992: 22.7%."],
  ] as const) {
    test(`the figure on /${lang}: chart, summary, table, CSV from the API`, async ({ page }) => {
      await gotoLive(page, `/${lang}`);
      const figure = page.locator("#fig-indonesia");
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator("h2")).toHaveText(title);
      await expect(page.getByTestId("summary-indonesia")).toHaveText(summary, { useInnerText: true });
      await expect(figure.getByRole("img", { name: title, exact: true })).toHaveCount(1);
      await expect(figure.locator("a", { hasText: /CSV/ })).toHaveAttribute("href", "/api/trade.csv?partner=CA5,IDN&flow=total&from=1992&to=2025&periodType=year");
      // China's DOTS file holds both series (two ids, one page): one entry, named by its file (issue #28).
      await expect(figure.getByTestId("source-line").getByRole("link", { name: /Direction of Trade Statistics/ })).toHaveText(/^International Monetary Fund, Direction of Trade Statistics, DOTS_40\.xlsx \(/);
      await figure.getByTestId("figure-data").locator("summary").click();
      await expect(figure.locator('tr[data-key^="2020:IDN:total"] td[data-col="exact"]')).toHaveText(lang === "id" ? "US$78.488.371.540" : "US$78,488,371,540", { useInnerText: true });
    });
  }

  test("in yuan, the headline's ratio, the figure's summary and table, and the change view read the same figures (issue #28)", async ({ page }) => {
    await gotoLive(page, "/en?currency=CNY&table=indonesia");
    await expect(page.getByTestId("headline-cny")).toHaveText("CN¥674.15 billion", { useInnerText: true });
    await expect(page.getByTestId("headline-yardstick")).toContainText("Central Asia's was 64.1% of that; both figures from US dollars at the 2024 average rate (Central Asia: CN¥682.3 billion).", { useInnerText: true });
    await expect(page.getByTestId("summary-indonesia")).toHaveText(
      "In 2024, China's trade with Central Asia (CN¥682.3 billion) was 64.1% of its trade with Indonesia (CN¥1.06 trillion). In 1992: 22.7%.",
      { useInnerText: true },
    );
    const table = page.locator("#table-indonesia");
    await expect(table.locator('tr[data-key^="2024:CA5:total"] td[data-col="value"]')).toHaveText("682.30", { useInnerText: true });
    await expect(table.locator('tr[data-key^="2024:IDN:total"] td[data-col="value"]')).toHaveText("1,064.89", { useInnerText: true });
    await expect(table.locator('tr[data-key^="1992:CA5:total"] td[data-col="value"]')).toHaveText("2.54", { useInnerText: true });
    await gotoLive(page, "/en?currency=CNY&growth=yoy&table=trend");
    await expect(page.getByTestId("summary-trend")).toHaveText("In 2025, trade changed by +12.0% on 2024 (CN¥764.03 billion, from CN¥682.3 billion).", { useInnerText: true });
    await expect(page.locator('#table-trend tr[data-key^="2024:CA5:total"] td[data-col="value"]')).toHaveText("682.30", { useInnerText: true });
  });

  test("without JavaScript the sentence, the figure's summary and the year so far are in the HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en");
    await expect(page.getByTestId("headline-yardstick")).toContainText("US$147.99 billion; Central Asia's was 64.1% of that.", { useInnerText: true });
    await expect(page.locator("#fig-indonesia")).toContainText("was 64.1% of its trade with Indonesia", { useInnerText: true });
    await expect(page.getByTestId("ytd-lead")).toHaveText("Jan–Oct 2025: China's trade with the five countries US$88.1 billion, +14.1% on US$77.2 billion in Jan–Oct 2024 (both derived sums of the five countries' figures).");
    await context.close();
  });

  test("Indonesia's own statistics (BPS) in why sources disagree", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator('[data-mirror="IDN-export"]')).toHaveText(
      "Indonesia (pembanding), 2021: bea cukai China mencatat impor dari Indonesia US$63,8 miliar; Statistik Indonesia (BPS) mencatat ekspornya ke China US$53,77 miliar, jadi angka China 1,2 kali angka mereka.",
      { useInnerText: true },
    );
  });
});

test.describe("the year so far", () => {
  test("sets Jan–Oct 2025 against Jan–Oct 2024 for the five and each country, labelled with its months", async ({ page }) => {
    await page.goto("/id");
    await expect(page.getByTestId("ytd-lead")).toHaveText("Jan–Okt 2025: perdagangan China dengan kelima negara US$88,1 miliar, +14,1% dibanding US$77,2 miliar pada Jan–Okt 2024 (keduanya jumlah turunan dari angka kelima negara).");
    const table = page.locator('[data-ytd="2025-01/2025-10|USD"]');
    await expect(table.locator("caption")).toHaveText("Jan–Okt 2025 dibanding Jan–Okt 2024, US$");
    await expect(table.locator('tr[data-row="CHN|CA5|total"]')).toContainText("US$88,1 miliar");
    await expect(table.locator('tr[data-row="CHN|CA5|total"] td').last()).toHaveText("+14,1%");
    await expect(table.locator("tbody tr")).toHaveCount(6);
    await expect(page.locator('[data-ytd="2024-01/2024-06|USD"] caption')).toHaveText("Jan–Jun 2024 dibanding Jan–Jun 2023, US$");
    // The stated total of the five beside rows that add up to more: said under the table (issue #28).
    await expect(page.locator('[data-ytd-note="2024-01/2024-06|USD"]').first()).toHaveText(
      "Jan–Jun 2024: total kelima negara (US$44,32 miliar) berasal dari sumbernya, bukan dari penjumlahan baris per negara, yang berjumlah US$44,54 miliar (US$215,5 juta lebih besar).",
    );
    await page.locator("#year-so-far details > summary").click();
    await expect(page.locator("#year-so-far details")).toContainText("Asia Tengah (5 negara), Total, Jan–Mei 2025: tidak ada angka Jan–Mei 2024 dalam data");
  });

  test("the API answers the same comparisons", async ({ request }) => {
    const body = await (await request.get("/api/ytd")).json();
    const ca5 = body.comparisons.find((c: { partner: string; current: { period: string } }) => c.partner === "CA5" && c.current.period === "2025-01/2025-10");
    expect(ca5).toMatchObject({ current: { value: 88100000000, status: "derived" }, previous: { value: 77200000000 }, changePercent: "14.1" });
  });
  // axe scans /id whole, the Indonesia figure drawn and the year so far in it, in e2e/dashboard.spec.ts ("accessibility").
});
