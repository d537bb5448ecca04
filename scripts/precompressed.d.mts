// Types of scripts/precompressed.mjs, for the unit tests.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const RSC_HEADERS: string[];
export const FILL_HEADER: string;
export type Coding = "br" | "gzip" | "identity";
export function negotiate(header: string | undefined | null, available?: string[]): Coding;
export function mergeVary(vary: string | undefined | null): string;
export function variantEtag(etag: string, coding: Coding): string;
export function noneMatch(header: string | undefined, etag: string): boolean;
export function unstorable(status: number, headers: Record<string, string | string[] | undefined>, body: Buffer, maxEntryBytes?: number): string | null;
export function eligible(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean;
export function buildIdentity(distDir: string): () => string | null;
export function warmUrls(distDir: string): string[];
export function rewriteSources(rule: { source: string; destination: string; regex?: string; has?: { type: string; key: string; value?: string }[] }, prerendered: string[]): string[];

export interface PrecompressedOptions {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  distDir?: string;
  buildId?: () => string | null;
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  store?: string | null;
  waitMs?: number;
  log?: (msg: string) => void;
}
export interface Stats {
  hits: number;
  notModified: number;
  misses: number;
  passes: number;
  fills: number;
  stored: number;
  dropped: number;
  entries: number;
  passing: number;
  bodies: number;
  bytes: number;
  queued: number;
}
export interface Precompressed {
  serve(req: IncomingMessage, res: ServerResponse): unknown;
  listening(address: AddressInfo): void;
  warm(urls?: string[]): Promise<number>;
  stats(): Stats;
  entry(url: string): { why?: string; codings?: string[] } | undefined;
  close(): void;
}
export function createPrecompressed(options: PrecompressedOptions): Precompressed;
