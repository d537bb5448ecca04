import { describe, expect, it } from "vitest";
import { csvField, csvText, sheetSafe, type CellKind } from "./cell";

describe("sheetSafe", () => {
  it.each<[string, CellKind, string]>([
    // Formulas (OWASP): in any text or code column.
    ["=HYPERLINK(\"http://x\")", "text", "'=HYPERLINK(\"http://x\")"],
    ["+32%", "text", "'+32%"],
    ["+12%; published after the article", "text", "'+12%; published after the article"],
    ["-6.6%; mostly natural gas", "text", "'-6.6%; mostly natural gas"],
    ["@SUM(A1)", "text", "'@SUM(A1)"],
    ["\tx", "text", "'\tx"],
    ["\rx", "text", "'\rx"],
    ["=1", "code", "'=1"],
    // An apostrophe is escaped too, so dropping one leading apostrophe always gives the text back.
    ["'according to Chinese statistics'; DOTS: 523.936 million", "text", "''according to Chinese statistics'; DOTS: 523.936 million"],
    // Text that a spreadsheet would turn into a number, percent, date, time or boolean.
    ["32%", "text", "'32%"],
    ["1,234.5", "text", "'1,234.5"],
    ["1e5", "text", "'1e5"],
    ["(5)", "text", "'(5)"],
    ["$5", "text", "'$5"],
    ["2024-06-17", "text", "'2024-06-17"],
    ["17/06/2025", "text", "'17/06/2025"],
    ["2023-05", "text", "'2023-05"],
    ["1/2", "text", "'1/2"],
    ["June 2025", "text", "'June 2025"],
    ["17 Jun", "text", "'17 Jun"],
    ["10:30", "text", "'10:30"],
    ["TRUE", "text", "'TRUE"],
    // Words stay as they are.
    ["up from 89.4 in 2023; 24.kg: +5.4 bn", "text", "up from 89.4 in 2023; 24.kg: +5.4 bn"],
    ["19.8 - 0.08", "text", "19.8 - 0.08"],
    ["2019 (five years from 2014)", "text", "2019 (five years from 2014)"],
    ["May", "text", "May"],
    ["HS 2711", "text", "HS 2711"],
    ["[]", "text", "[]"],
    ["", "text", ""],
    // Codes keep years and dates readable as years and dates.
    ["2024", "code", "2024"],
    ["2025-06-17", "code", "2025-06-17"],
    ["2025-01/2025-05", "code", "2025-01/2025-05"],
    ["USD->IDR 16296", "code", "USD->IDR 16296"],
    // Numbers stay numbers, negative ones included.
    ["-4.71", "number", "-4.71"],
    ["1545186720000000", "number", "1545186720000000"],
    ["0.105933", "number", "0.105933"],
    // A "number" that is not a plain decimal is text.
    ["=1+1", "number", "'=1+1"],
    ["1e5", "number", "'1e5"],
  ])("%j (%s) → %j", (text, kind, expected) => {
    expect(sheetSafe(text, kind)).toBe(expected);
  });
});

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "x"', '"say ""x"""'],
    ["two\nlines", '"two\nlines"'],
  ])("%j → %j", (field, expected) => expect(csvField(field)).toBe(expected));
});

describe("csvText", () => {
  it("writes the header, then each row made safe by its column's kind, with CRLF line ends", () => {
    const text = csvText(
      [
        { name: "period", kind: "code" },
        { name: "value", kind: "number" },
        { name: "note", kind: "text" },
      ],
      [
        ["2024", "-5", "+32%, up"],
        ["2025", "", ""],
      ],
    );
    expect(text).toBe("period,value,note\r\n2024,-5,\"'+32%, up\"\r\n2025,,\r\n");
  });
});
