import { describe, expect, it } from "vitest";
import { dataNote } from "./data-notes";

describe("dataNote", () => {
  it.each([
    ["export + import (222.441 + 140.923) from IMF DOTS China file", "ekspor + impor (222,441 + 140,923) dari berkas China di IMF DOTS"],
    ["sum of China's imports from KAZ+KGZ+TJK+TKM+UZB (IMF DOTS China file)", "jumlah impor China dari KAZ+KGZ+TJK+TKM+UZB (berkas China di IMF DOTS)"],
    [
      "Kyrgyzstan-reported exports FOB to China (IMF DOTS; reporter's view); DOTS_109.xlsx 'Exports, FOB' r54 cR",
      "ekspor Kirgistan ke China (nilai FOB) menurut statistiknya sendiri (IMF DOTS; dari sisi pelapor); DOTS_109.xlsx 'Exports, FOB' baris 54 kolom R",
    ],
    ["sum of the five country totals (IMF DOTS China file); existing reported row (460 million) kept primary; DOTS differs -4.71%", "jumlah total kelima negara (berkas China di IMF DOTS); angka yang dilaporkan (460 juta) tetap menjadi angka utama; DOTS berselisih -4,71%"],
    ["+12.1%", "+12,1%"],
  ])("gives %s in Indonesian", (en, id) => {
    expect(dataNote(en, "id")).toEqual({ text: id });
  });

  it("keeps a note whole and in English, marked, when any part is not a known phrasing", () => {
    expect(dataNote("first year after diplomatic ties; 0.27% of China's foreign trade", "id")).toEqual({ text: "first year after diplomatic ties; 0.27% of China's foreign trade", lang: "en" });
  });

  it("leaves English as it is", () => {
    expect(dataNote("+12.1%", "en")).toEqual({ text: "+12.1%" });
  });
});
