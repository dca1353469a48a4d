import {
  Button,
  ButtonLink,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/leervragen";
import { canCreateLeervraag } from "#app/auth/rules/leervraag.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { SelectField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import {
  listLeervragen,
  statusFilterSchema,
  themaOptions,
} from "#app/leervragen/leervragen.server.ts";
import { listMunicipalities } from "#app/gemeenten/gemeenten.server.ts";
import { listTags } from "#app/tags/tags.server.ts";
import { pageParam, parseId } from "#app/utils/fields.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { leervraagStatuses } from "#db/schema.ts";
import { can } from "#app/auth/permissions.ts";
import { TagFilter } from "#app/tags/tag-filter.tsx";
import { RecurringUitdagingen } from "#app/uitdagingen/recurring-table.tsx";
import { recurringUitdagingen } from "#app/uitdagingen/uitdagingen.server.ts";

/** The filter is a GET form: the loader reads its parameters, ignoring what is not valid. */
const filterSchema = z.object({
  status: z.string().optional(),
  gemeente: z.string().optional(),
  thema: z.string().optional(),
  tag: z.string().optional(),
});

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "leervraag:bekijken");
  const url = new URL(request.url);
  const filter = {
    status: statusFilterSchema.parse(url.searchParams.get("status") || undefined),
    organisationId: parseId(url.searchParams.get("gemeente") ?? undefined) ?? undefined,
    themaId: parseId(url.searchParams.get("thema") ?? undefined) ?? undefined,
    tagId: parseId(url.searchParams.get("tag") ?? undefined) ?? undefined,
  };
  return {
    ...listLeervragen({ ...filter, page: pageParam(url) }),
    filter: {
      status: filter.status ?? "",
      gemeente: filter.organisationId ? String(filter.organisationId) : "",
      thema: filter.themaId ? String(filter.themaId) : "",
      tag: filter.tagId ? String(filter.tagId) : "",
    },
    tags: listTags(),
    themas: themaOptions(),
    gemeenten: listMunicipalities().map((g) => ({ value: String(g.id), label: g.name })),
    canSubmit: canCreateLeervraag(user),
    // Schema C: which recognised challenges recur, for choosing cases for intervision.
    terugkerend: can(user, "uitdaging:overzicht") ? recurringUitdagingen() : null,
  };
}

export default function Leervragen({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { rows, page, pages, filter } = loaderData;
  const [, fields] = useSchemaForm(filterSchema, { lastResult: null, defaultValue: filter });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("leervraag.lijst")}</PageTitle>
      <Heading1>{t("leervraag.lijst")}</Heading1>
      <Paragraph>{t("leervraag.lijstUitleg")}</Paragraph>
      {loaderData.canSubmit && (
        <ButtonLink href="/leervragen/nieuw" appearance="primary-action-button">
          {t("leervraag.nieuw")}
        </ButtonLink>
      )}
      <Form method="get" className="leerkring-filters" aria-label={t("leervraag.filteren")}>
        <SelectField
          field={fields.status}
          label={t("leervraag.veld.status")}
          options={[
            { value: "", label: t("filter.alle") },
            ...leervraagStatuses.map((s) => ({ value: s, label: t(`leervraag.status.${s}`) })),
          ]}
        />
        <SelectField
          field={fields.gemeente}
          label={t("veld.gemeente")}
          options={[{ value: "", label: t("filter.alle") }, ...loaderData.gemeenten]}
        />
        <SelectField
          field={fields.thema}
          label={t("leervraag.veld.thema")}
          options={[{ value: "", label: t("filter.alle") }, ...loaderData.themas]}
        />
        <TagFilter field={fields.tag} tags={loaderData.tags} />
        <Button type="submit" appearance="secondary-action-button">
          {t("filter.toepassen")}
        </Button>
      </Form>
      {rows.length === 0 ? (
        <Paragraph>{t("leervraag.geen")}</Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("leervraag.veld.titel")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.gemeente")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("leervraag.veld.thema")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("leervraag.veld.status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("leervraag.bijgewerkt")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((q) => (
                <TableRow key={q.id}>
                  <TableCell>
                    <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                      {q.title}
                    </Link>
                  </TableCell>
                  <TableCell>{q.organisationName}</TableCell>
                  <TableCell>{q.themaName ?? "–"}</TableCell>
                  <TableCell>{t(`leervraag.status.${q.status}`)}</TableCell>
                  <TableCell>{formatDateTime(locale, q.updatedAt, "date")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination page={page} pages={pages} />
      {loaderData.terugkerend && <RecurringUitdagingen rows={loaderData.terugkerend} />}
    </div>
  );
}
