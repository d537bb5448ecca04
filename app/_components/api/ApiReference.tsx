import type { OpenApiDocument } from "@/lib/api/openapi";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { apiExamples, parameterValues } from "@/lib/api/reference";
import { isOperationId, operationText } from "@/lib/api/openapi-text";
import { SITE_PLACEHOLDER } from "@/lib/site-url";
import { CsvNotes } from "./CsvNotes";
import { WithCode } from "./WithCode";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./ApiReference.module.css";

type Props = { locale: Locale; doc: OpenApiDocument; origin: string };

/** The API page, rendered from the OpenAPI document: every endpoint, parameter, response and error. */
export function ApiReference({ locale, doc, origin }: Props) {
  const t = messagesFor(locale);
  const [before = "", after = ""] = t.api.intro.split("{link}");
  const paths = Object.entries(doc.paths).filter(([path]) => path !== "/api/openapi.json");
  // The trade routes share one set of parameters; the others have their own wording.
  const paramText = (path: string, name: string): string => {
    const own = path.startsWith("/api/targets") ? t.api.endpointParams.targets : path.startsWith("/api/composition") ? t.api.endpointParams.composition : path === "/api/check" ? t.api.endpointParams.check : null;
    return (own as Record<string, string> | null)?.[name] ?? t.api.params[name as keyof typeof t.api.params] ?? "";
  };
  return (
    <article className={`${styles.api} ${panelStyles.panel} ${panelStyles.wide}`}>
      <h1>{t.api.title}</h1>
      <p>
        {before}
        {/* A JSON document, not a page: a plain link. */}
        { }
        <a href="/api/openapi.json">/api/openapi.json</a>
        {after}
      </p>
      <p>{t.api.caching}</p>
      {origin === SITE_PLACEHOLDER && <p>{t.api.noSite}</p>}
      <CsvNotes locale={locale} />
      {paths.map(([path, item]) => {
        const op = item.get as { operationId: string; summary: string; parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { description: string }> };
        const examples = apiExamples(path, origin);
        // The document's texts are English; the page gives each in its own language.
        const text = isOperationId(t, op.operationId) ? operationText(t, op.operationId) : null;
        const headingId = `api-${op.operationId}`;
        return (
          <section key={path} aria-labelledby={headingId} className={styles.endpoint}>
            <h2 id={headingId}>
              <code>GET {path}</code>
            </h2>
            <p>{text?.summary ?? op.summary}</p>
            {op.parameters && (
              <div className={tableStyles.wrap} role="region" aria-label={`${path}: ${t.api.parameters}`} tabIndex={0}>
                <table className={tableStyles.table}>
                  <caption>
                    {t.api.parameters} <code>{path}</code>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.api.name}</th>
                      <th scope="col">{t.api.values}</th>
                      <th scope="col">{t.api.defaultValue}</th>
                      <th scope="col">{t.api.meaning}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => {
                      const v = parameterValues(p.schema, t);
                      return (
                        <tr key={p.name}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>{v.values}</td>
                          <td>{v.fallback}</td>
                          <td>{paramText(path, p.name)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <h3>{t.api.responses}</h3>
            <ul>
              {Object.entries(op.responses).map(([status, r]) => (
                <li key={status}>
                  <strong>{status}</strong> <WithCode text={text?.responses[status as keyof typeof text.responses] ?? r.description} />
                </li>
              ))}
            </ul>
            {examples.length > 0 && (
              <>
                <h3>{t.api.examples}</h3>
                {examples.map((e) => (
                  <div key={e.kind}>
                    <p>{t.api[e.kind]}</p>
                    <pre>
                      <code>{e.code}</code>
                    </pre>
                  </div>
                ))}
              </>
            )}
          </section>
        );
      })}
      <section aria-labelledby="api-errors" className={styles.endpoint}>
        <h2 id="api-errors">{t.api.errors}</h2>
        <p>{t.api.errorsIntro}</p>
        <pre>
          <code>{Object.values(doc.paths["/api/trade"].get.responses["400"].content["application/json"].examples).map((e) => JSON.stringify(e.value)).join("\n")}</code>
        </pre>
      </section>
    </article>
  );
}
