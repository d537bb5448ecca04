import type { Locale } from "@/lib/format/locale";
import { en } from "./en";
import { id, type Messages } from "./id";

const MESSAGES: Record<Locale, Messages> = { id, en };

export const messagesFor = (locale: Locale): Messages => MESSAGES[locale];
export type { Messages };
