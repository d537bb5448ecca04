import type { Metadata } from "next";
import { NotFoundView } from "@/app/_components/NotFoundView";
import "./globals.css";

export const metadata: Metadata = {
  title: "Halaman tidak ditemukan · Page not found",
};

/** Paths outside /id and /en: the reader's language is unknown, so both, Indonesian first. */
export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body>
        <main id="main" className="page">
          <NotFoundView locale="id" />
          {/* One h1 per page: the English text is the same page's second section. */}
          <NotFoundView locale="en" heading="h2" />
        </main>
      </body>
    </html>
  );
}
