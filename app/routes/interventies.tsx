import { ButtonLink, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/interventies";
import { can } from "#app/auth/permissions.ts";
import { canChooseInterventieGemeente, canWriteInterventie } from "#app/auth/rules/interventie.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { interventieFilterSchema } from "#app/interventies/filter-schema.ts";
import { InterventieFilters } from "#app/interventies/interventie-filters.tsx";
import { InterventieTable } from "#app/interventies/interventie-table.tsx";
import {
  filterOptions,
  listInterventies,
  requireInterventieViewer,
} from "#app/interventies/interventies.server.ts";
import { SourceNote } from "#app/monitor/ui.tsx";
import { listTags } from "#app/tags/tags.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /interventies — the policy interventions one may read, filtered by municipality,
// neighbourhood and governance style.

export function loader({ request }: Route.LoaderArgs) {
  const viewer = requireInterventieViewer(request);
  const url = new URL(request.url);
  const filter = interventieFilterSchema.parse(Object.fromEntries(url.searchParams));
  const rows = listInterventies(viewer, {
    organisationId: filter.gemeente ?? null,
    wijkId: filter.wijk ?? null,
    stijl: filter.stijl ?? null,
    tagId: filter.tag ?? null,
  });
  return {
    rows,
    filter,
    filtered: Object.values(filter).some((v) => v !== undefined),
    options: filterOptions(listInterventies(viewer, {})),
    tags: listTags(),
    canCreate: canChooseInterventieGemeente(viewer) || canWriteInterventie(viewer, viewer),
    canManageDesigns: can(viewer, "onderzoeksdesign:beheren"),
  };
}

export default function Interventies({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { rows, options } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("interventie.lijst")}</PageTitle>
      <Heading1>{t("interventie.lijst")}</Heading1>
      <Paragraph>{t("interventie.lijstUitleg")}</Paragraph>
      {loaderData.canCreate && (
        <Paragraph>
          <ButtonLink href="/interventies/nieuw" appearance="primary-action-button">
            {t("interventie.nieuw")}
          </ButtonLink>
        </Paragraph>
      )}
      {loaderData.canManageDesigns && (
        <Paragraph>
          <Link to="/interventies/onderzoeksdesigns" className="utrecht-link">
            {t("interventie.design.titel")}
          </Link>
        </Paragraph>
      )}
      {options.gemeenten.length > 0 && (
        <InterventieFilters
          gemeenten={options.gemeenten}
          wijken={options.wijken}
          filter={loaderData.filter}
          tags={loaderData.tags}
        />
      )}
      {rows.length === 0 ? (
        <Paragraph>
          {loaderData.filtered ? t("interventie.geenFilter") : t("interventie.geenInterventies")}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t("interventie.aantal", { count: rows.length })}</Paragraph>
          <InterventieTable label={t("interventie.lijst")} rows={rows} />
        </>
      )}
      <SourceNote part="instrumenten" />
    </div>
  );
}
