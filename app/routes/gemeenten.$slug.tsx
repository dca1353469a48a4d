import {
  Button,
  DataList,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/gemeenten.$slug";
import { canEditGemeente } from "#app/auth/rules/gemeente.ts";
import { forbidden, notFound, requirePermission } from "#app/auth/user.server.ts";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { SelectField, SuccessAlert } from "#app/components/fields.tsx";
import { DataTable } from "#app/components/data-table.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { getMunicipality, saveVisie } from "#app/gemeenten/gemeenten.server.ts";
import { PraktijkSection } from "#app/praktijkvoorbeelden/praktijk-list.tsx";
import { publishedPraktijkItems } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { visieSchema } from "#app/gemeenten/visie-schema.ts";
import { TagFieldsets } from "#app/tags/tag-fieldsets.tsx";
import { TagList } from "#app/tags/tag-list.tsx";
import { tagChoices, tagErrors, tagValues } from "#app/tags/tags.server.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { socialeBasisBenaderingen } from "#db/schema.ts";

function load(request: Request, slug: string) {
  const user = requirePermission(request, "gemeente:bekijken");
  const gemeente = getMunicipality(slug, user);
  if (!gemeente) throw notFound();
  return { user, gemeente };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, gemeente } = load(request, params.slug);
  return {
    gemeente,
    canEdit: canEditGemeente(user, gemeente),
    // A municipality's own tags are of one family: its context.
    contextTags: tagChoices(gemeente.tags).filter((tag) => tag.family === "context"),
    contextValues: tagValues(gemeente.tags).tagsContext,
    praktijkvoorbeelden: publishedPraktijkItems({ organisationId: gemeente.id }),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, gemeente } = load(request, params.slug);
  if (!canEditGemeente(user, gemeente)) throw forbidden();
  const submission = parseSubmission(await request.formData(), visieSchema);
  if (submission.status !== "success") return invalid(submission);
  const { tagsContext } = submission.value;
  const tagError = tagErrors({ tagsOpgave: [], tagsBeleidsveld: [], tagsContext }, gemeente.tags);
  if (tagError) return invalid(submission, { fields: tagError });
  saveVisie(gemeente.id, submission.value, user.id);
  return { done: "gemeente.visieOpgeslagen" as const };
}

export default function Gemeente({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { gemeente: g, canEdit } = loaderData;
  const [form, fields] = useSchemaForm(visieSchema, {
    lastResult: actionData,
    defaultValue: {
      opvatting: g.opvatting ?? "",
      benaderingen: g.benaderingen ?? [],
      tagsContext: loaderData.contextValues,
    },
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{g.name}</PageTitle>
      <div>
        <PreHeading>
          {g.circle ? t(`leerkring.${g.circle === 1 ? 1 : 2}`) : t("soort.gemeente")}
        </PreHeading>
        <Heading1>{g.name}</Heading1>
      </div>
      <Link to={`/gemeenten/${g.slug}/documenten`} className="utrecht-link">
        {t("bibliotheek.link")}
      </Link>
      <SuccessAlert message={actionData && "done" in actionData ? actionData.done : null} />
      <DataList>
        <Detail label={t("veld.regio")}>{g.region ?? "–"}</Detail>
        <Detail label={t("veld.werkplaats")}>{g.werkplaatsName ?? "–"}</Detail>
      </DataList>
      <TagList tags={g.tags} listPath="/gemeenten" />
      <Paragraph>
        <Link to={`/gemeenten/${g.slug}/wijken`} className="utrecht-link">
          {t("wijk.naarLijst")}
        </Link>
      </Paragraph>
      <PraktijkSection
        items={loaderData.praktijkvoorbeelden}
        empty={t("praktijk.geenBijGemeente")}
      />

      <section aria-labelledby="visie" className="leerkring-card leerkring-stack">
        <Heading2 id="visie">{t("gemeente.visie")}</Heading2>
        <Paragraph>
          {g.opvatting ? t(`opvatting.uitleg.${g.opvatting}`) : t("gemeente.geenOpvatting")}
        </Paragraph>
        {g.benaderingen && g.benaderingen.length > 0 && (
          <UnorderedList>
            {g.benaderingen.map((b) => (
              <UnorderedListItem key={b}>
                <strong>{t(`benadering.${b}`)}</strong> — {t(`benadering.uitleg.${b}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <Paragraph className="leerkring-muted">{t("gemeente.visieBron")}</Paragraph>
        <DataTable
          caption={t("gemeente.historie")}
          rows={g.visieHistorie}
          rowKey={(h) => h.id}
          empty={t("gemeente.geenHistorie")}
          columns={[
            {
              label: t("gemeente.historie.datum"),
              cell: (h) => formatDateTime(locale, h.changedAt, "date"),
            },
            {
              label: t("gemeente.opvatting"),
              cell: (h) => (h.opvatting ? t(`opvatting.${h.opvatting}`) : "–"),
            },
            {
              label: t("gemeente.benaderingen"),
              cell: (h) =>
                h.benaderingen.length > 0
                  ? h.benaderingen.map((b) => t(`benadering.${b}`)).join(", ")
                  : "–",
            },
            { label: t("gemeente.historie.door"), cell: (h) => h.changedByName ?? "–" },
          ]}
        />
        <Paragraph className="leerkring-muted">{t("gemeente.historieUitleg")}</Paragraph>
        {canEdit && (
          <Form
            method="post"
            id={form.id}
            onSubmit={form.onSubmit}
            noValidate
            className="leerkring-form"
          >
            <SelectField
              field={fields.opvatting}
              label={t("gemeente.opvatting")}
              options={[
                { value: "", label: t("gemeente.nietIngevuld") },
                { value: "smal", label: t("opvatting.smal") },
                { value: "breed", label: t("opvatting.breed") },
              ]}
            />
            <CheckboxGroup
              field={fields.benaderingen}
              legend={t("gemeente.benaderingen")}
              options={socialeBasisBenaderingen.map((b) => ({
                value: b,
                label: t(`benadering.${b}`),
              }))}
            />
            <TagFieldsets fields={fields} tags={loaderData.contextTags} />
            <Button type="submit" appearance="secondary-action-button">
              {t("actie.opslaan")}
            </Button>
          </Form>
        )}
      </section>

      <section aria-labelledby="contactpersonen">
        <Heading2 id="contactpersonen">{t("gemeente.contactpersonen")}</Heading2>
        <Paragraph>{t("gemeente.contactUitleg")}</Paragraph>
        {g.contacts.length === 0 ? (
          <Paragraph>{t("gemeente.geenContactpersonen")}</Paragraph>
        ) : (
          <UnorderedList>
            {g.contacts.map((c) => (
              <UnorderedListItem key={c.id}>
                {c.name}
                {c.email && (
                  <>
                    {" "}
                    —{" "}
                    <a href={`mailto:${c.email}`} className="utrecht-link">
                      {c.email}
                    </a>
                  </>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="leervragen">
        <Heading2 id="leervragen">{t("gemeente.leervragen")}</Heading2>
        {g.questions.length === 0 ? (
          <Paragraph>{t("gemeente.geenLeervragen")}</Paragraph>
        ) : (
          <UnorderedList>
            {g.questions.map((q) => (
              <UnorderedListItem key={q.id}>
                <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                  {q.title}
                </Link>{" "}
                · {t(`leervraag.status.${q.status}`)}
                {q.themaName ? ` · ${q.themaName}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      {g.circle === 1 && (
        <section aria-labelledby="gastheer">
          <Heading2 id="gastheer">{t("gemeente.gastheer")}</Heading2>
          {g.hosted.length === 0 ? (
            <Paragraph>{t("gemeente.nogNooitGastheer")}</Paragraph>
          ) : (
            <UnorderedList>
              {g.hosted.map((m) => (
                <UnorderedListItem key={m.id}>
                  <Link to={`/bijeenkomsten/${m.id}`} className="utrecht-link">
                    {m.title}
                  </Link>{" "}
                  · {formatDateTime(locale, m.startsAt, "date")} ·{" "}
                  {t(`bijeenkomst.status.${m.status}`)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}

      <section aria-labelledby="aan-de-slag">
        <Heading2 id="aan-de-slag">{t("traject.lijst")}</Heading2>
        {g.trajecten.length === 0 ? (
          <Paragraph>{t("gemeente.geenTrajecten")}</Paragraph>
        ) : (
          <UnorderedList>
            {g.trajecten.map((tr) => (
              <UnorderedListItem key={tr.id}>
                <Link to={`/aan-de-slag/${tr.id}`} className="utrecht-link">
                  {tr.title}
                </Link>{" "}
                · {t(`traject.status.${tr.status}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </div>
  );
}
