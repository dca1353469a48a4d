import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/beheer.audit";
import { auditFilterSchema } from "#app/audit/audit-filter-schema.ts";
import {
  auditSubjectTypes,
  listAuditEntries,
  readAuditFilter,
} from "#app/audit/audit-list.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { pageParam } from "#app/utils/fields.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { auditActions } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// /beheer/audit — the audit trail, newest first, with filters and a CSV of what is filtered.
export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "audit:bekijken");
  const url = new URL(request.url);
  const { filter, result } = readAuditFilter(url);
  const base = {
    result,
    subjectTypes: auditSubjectTypes(),
    months: config().AUDIT_RETENTION_MONTHS,
    csvSearch: csvSearch(url),
    // What the form shows: the filters as they were typed.
    values: Object.fromEntries(
      ["actie", "persoon", "soort", "record", "van", "tot"].map((k) => [
        k,
        url.searchParams.get(k) ?? "",
      ]),
    ),
  };
  if (!filter) {
    return data({ ...base, entries: [], total: 0, page: 1, pages: 1 }, { status: 400 });
  }
  return { ...base, ...listAuditEntries(filter, pageParam(url)) };
}

function csvSearch(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("pagina");
  return params.size ? `?${params}` : "";
}

export default function Audit({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { entries, total, page, pages, result, subjectTypes, months, values } = loaderData;
  const [form, fields] = useSchemaForm(auditFilterSchema, {
    lastResult: result,
    defaultValue: values,
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("audit.titel")}</PageTitle>
      <Paragraph>{t("audit.uitleg", { maanden: months })}</Paragraph>
      <FormAlert form={form} />
      <Form method="get" id={form.id} noValidate className="leerkring-form">
        <SelectField
          field={fields.actie}
          label={t("audit.filter.actie")}
          options={[
            { value: "", label: t("audit.filter.alleActies") },
            ...auditActions.map((a) => ({ value: a, label: t(`audit.actie.${a}`) })),
          ]}
        />
        <TextField field={fields.persoon} label={t("audit.filter.persoon")} />
        <SelectField
          field={fields.soort}
          label={t("audit.filter.soort")}
          options={[
            { value: "", label: t("audit.filter.alleSoorten") },
            ...subjectTypes.map((s) => ({ value: s, label: s })),
          ]}
        />
        <TextField field={fields.record} label={t("audit.filter.record")} />
        <TextField field={fields.van} type="date" label={t("audit.filter.van")} />
        <TextField field={fields.tot} type="date" label={t("audit.filter.tot")} />
        <div className="leerkring-actions">
          <Button type="submit" appearance="secondary-action-button">
            {t("audit.filter.knop")}
          </Button>
          <Link to="/beheer/audit" className="utrecht-link">
            {t("audit.filter.wissen")}
          </Link>
        </div>
      </Form>
      <Paragraph>
        {t("audit.aantal", { count: total })}{" "}
        {/* A download, not a page: the browser fetches it without the router. */}
        <a href={`/beheer/audit.csv${loaderData.csvSearch}`} className="utrecht-link" download>
          {t("audit.csv")}
        </a>
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t("audit.leeg")}</Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("audit.kolom.wanneer")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.kolom.wie")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.kolom.actie")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.kolom.record")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.kolom.adres")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.kolom.details")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{formatDateTime(locale, e.at)}</TableCell>
                  <TableCell>
                    {e.actorId === null
                      ? t("audit.anoniem")
                      : `${e.actorName ?? t("persoon.voormalig")} (${e.actorId})`}
                  </TableCell>
                  <TableCell>{t(`audit.actie.${e.action}`)}</TableCell>
                  <TableCell>{e.subjectType ? `${e.subjectType} ${e.subjectId}` : ""}</TableCell>
                  <TableCell>{e.ip}</TableCell>
                  <TableCell>
                    {e.detail && (
                      <code className="leerkring-muted">{JSON.stringify(e.detail)}</code>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination page={page} pages={pages} />
    </div>
  );
}
