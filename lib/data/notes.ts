import type { ProductRecord, TargetRecord } from "@/lib/schema/composition";
import type { ObservationRecord } from "@/lib/schema/data";
import { observationLabel } from "./reshape";
import type { DataError } from "./types";
import { DATA_FILES } from "./validate";

/**
 * Every note a page can open must have its Indonesian: the Indonesian page shows `noteId`, never
 * the English `note` in its place. Checked for every observation, product group and target with a
 * note (not only those a view shows today: a view that shows one more must not find it English).
 */
type Noted = Pick<ObservationRecord, "period" | "reporter" | "partner" | "flow" | "currency" | "sourceId" | "note" | "noteId">;

export function missingIndonesianNotes(observations: readonly Noted[], composition: { products: readonly ProductRecord[]; targets: readonly TargetRecord[] }): DataError[] {
  const message = (note: string) => `the note "${note.length > 80 ? `${note.slice(0, 80)}…` : note}" has no Indonesian: add its line to lib/import/translations/notes-id.csv and run the import again`;
  const list = <T extends { note?: string; noteId?: string }>(file: string, records: readonly T[], label: (r: T, i: number) => string): DataError[] =>
    records.flatMap((r, i) => (r.note && !r.noteId ? [{ file, record: label(r, i), field: "noteId", message: message(r.note) }] : []));
  return [
    ...list(DATA_FILES.observations, observations, (o, i) => `record ${i + 1} (${observationLabel(o)}, ${o.sourceId})`),
    ...list(DATA_FILES.composition, composition.products, (p, i) => `products ${i} (${p.year} ${p.reporter}→${p.partner} ${p.flow}: ${p.product})`),
    ...list(DATA_FILES.composition, composition.targets, (t, i) => `targets ${i} (CHN-${t.partner} ${t.value} ${t.unit})`),
  ];
}
