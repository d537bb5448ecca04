import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate, Parser, type Message } from "html-validate";

/** The repository's root: html-validate finds .htmlvalidate.mjs from a file name there, as its CLI does. */
const ROOT = path.resolve(__dirname, "..");
const validator = new HtmlValidate(new FileSystemConfigLoader());

const describe = (m: Message) => `${m.ruleId} ${m.line}:${m.column} ${m.selector ?? ""}: ${m.message}`;

/** html-validate's errors in a document, one line each (rule, place, element, message); [] when it is valid. */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html, path.join(ROOT, "page.html"));
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map(describe));
}

// React escapes attribute values with these alone; any other reference would be a parser gap here, so it throws.
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute's value as a browser reads it (html-validate's DOM keeps character references as written). */
export function decodeAttr(raw: string): string {
  return raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) return String.fromCodePoint(/^#x/i.test(ref) ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    const char = NAMED[ref];
    if (char === undefined) throw new Error(`unexpected character reference ${whole}`);
    return char;
  });
}

/** The links (<a href>, as written) and element ids of a document, by html-validate's parser. */
export async function linksAndIds(html: string): Promise<{ hrefs: string[]; ids: Set<string> }> {
  const root = new Parser(await validator.getConfigFor(path.join(ROOT, "page.html"))).parseHtml(html);
  const value = (raw: string | null) => (raw === null ? [] : [decodeAttr(raw)]);
  return {
    hrefs: root.querySelectorAll("a[href]").flatMap((a) => value(a.getAttributeValue("href"))),
    ids: new Set(root.querySelectorAll("[id]").flatMap((el) => value(el.getAttributeValue("id")))),
  };
}
