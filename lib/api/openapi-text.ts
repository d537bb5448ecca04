import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { TRADE_CSV_COLUMNS } from "./trade-csv";

/** The operations of the OpenAPI document, named by their operationId. */
export type OperationId = keyof Messages["api"]["operations"];

export const isOperationId = (t: Messages, id: string): id is OperationId => Object.hasOwn(t.api.operations, id);

/**
 * What an operation does and what each of its answers holds, in one language: the OpenAPI
 * document takes the English, the API page its own language, so the two never say different things.
 */
export function operationText(t: Messages, id: OperationId): { summary: string; responses: Record<"200" | "304" | "400", string> } {
  const op = t.api.operations[id];
  return { summary: op.summary, responses: { "200": fill(op.ok, { columns: TRADE_CSV_COLUMNS.join(", ") }), "304": t.api.notModified, "400": t.api.invalid } };
}
