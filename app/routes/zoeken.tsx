import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/zoeken";
import { getUser } from "#app/auth/user.server.ts";
import { SelectField, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { listMunicipalities } from "#app/gemeenten/gemeenten.server.ts";
import { useT } from "#shared/i18n/index.ts";
import { themaOptions } from "#app/leervragen/leervragen.server.ts";
import { pageParam, parseId } from "#app/utils/fields.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { SEARCH_PAGE_SIZE, Snippet, searchKinds } from "#app/zoeken/results.tsx";
import { search } from "#app/zoeken/search.server.ts";

const kindParam = z.enum(searchKinds).optional().catch(undefined);

/** The filter is a GET form: the loader reads its parameters, ignoring what is not valid. */
const filterSchema = z.object({
  q: z.string().optional(),
  soort: z.string().optional(),
  thema: z.string().optional(),
  gemeente: z.string().optional(),
});

export function loader({ request }: Route.LoaderArgs) {
  const user = getUser(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const filter = {
    kind: kindParam.parse(url.searchParams.get("soort") || undefined),
    themaId: parseId(url.searchParams.get("thema") ?? undefined) ?? undefined,
    organisationId: parseId(url.searchParams.get("gemeente") ?? undefined) ?? undefined,
  };
  return {
    q,
    filter: {
      soort: filter.kind ?? "",
      thema: filter.themaId ? String(filter.themaId) : "",
      gemeente: filter.organisationId ? String(filter.organisationId) : "",
    },
    ...search(user, { q, ...filter }, { page: pageParam(url) }),
    themas: themaOptions(),
    gemeenten: user
      ? listMunicipalities().map((g) => ({ value: String(g.id), label: g.name }))
      : [],
  };
}

export default function Zoeken({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { q, hits, filter, page, more, total } = loaderData;
  const [, fields] = useSchemaForm(filterSchema, {
    lastResult: null,
    defaultValue: { q, ...filter },
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{q ? t("zoeken.titelMet", { q }) : t("zoeken.titel")}</PageTitle>
      <Heading1>{t("zoeken.titel")}</Heading1>
      <Form method="get" role="search" className="leerkring-stack">
        <TextField field={fields.q} type="search" label={t("zoeken.label")} />
        <div className="leerkring-filters">
          <SelectField
            field={fields.soort}
            label={t("zoeken.soort")}
            options={[
              { value: "", label: t("filter.alle") },
              ...searchKinds.map((k) => ({ value: k, label: t(`zoeken.soort.${k}`) })),
            ]}
          />
          <SelectField
            field={fields.thema}
            label={t("leervraag.veld.thema")}
            options={[{ value: "", label: t("filter.alle") }, ...loaderData.themas]}
          />
          {loaderData.gemeenten.length > 0 && (
            <SelectField
              field={fields.gemeente}
              label={t("veld.gemeente")}
              options={[{ value: "", label: t("filter.alle") }, ...loaderData.gemeenten]}
            />
          )}
          <Button type="submit" appearance="primary-action-button">
            {t("zoeken.knop")}
          </Button>
        </div>
      </Form>
      {q && (
        <section aria-labelledby="resultaten" aria-live="polite">
          <Heading2 id="resultaten">
            {total === null
              ? t("zoeken.resultatenMeer", { count: page * SEARCH_PAGE_SIZE })
              : t("zoeken.resultaten", { count: total })}
          </Heading2>
          {hits.length === 0 ? (
            <Paragraph>{t("zoeken.geenResultaten")}</Paragraph>
          ) : (
            <ol className="leerkring-results">
              {hits.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`} className="leerkring-card">
                  <Paragraph className="leerkring-muted">{t(`zoeken.soort.${hit.kind}`)}</Paragraph>
                  <h3 className="utrecht-heading-3">
                    <Link to={hit.href} className="utrecht-link">
                      {hit.title}
                    </Link>
                  </h3>
                  <Paragraph>
                    <Snippet text={hit.snippet} />
                  </Paragraph>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={page}
            pages={total === null ? null : Math.ceil(total / SEARCH_PAGE_SIZE)}
            more={more}
          />
        </section>
      )}
    </div>
  );
}
