import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/gemeenten";
import { requirePermission } from "#app/auth/user.server.ts";
import { DataTable } from "#app/components/data-table.tsx";
import { listMunicipalities } from "#app/gemeenten/gemeenten.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { TagFilterForm } from "#app/tags/tag-filter.tsx";
import { tagLabel } from "#app/tags/tag-label.ts";
import { listTags } from "#app/tags/tags.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "gemeente:bekijken");
  const tagId = parseId(new URL(request.url).searchParams.get("tag") ?? undefined) ?? undefined;
  return {
    gemeenten: listMunicipalities({ tagId }),
    tag: tagId ? String(tagId) : "",
    // A municipality's own tags are its context (G40, krimpregio).
    tags: listTags().filter((tag) => tag.family === "context"),
  };
}

export default function Gemeenten({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const circles = [1, 2] as const;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("gemeente.lijst")}</PageTitle>
      <Heading1>{t("gemeente.lijst")}</Heading1>
      <Paragraph>{t("gemeente.lijstUitleg")}</Paragraph>
      <TagFilterForm tag={loaderData.tag} tags={loaderData.tags} label={t("gemeente.filters")} />
      {circles.map((circle) => {
        const rows = loaderData.gemeenten.filter((g) => g.circle === circle);
        return (
          <section key={circle} aria-labelledby={`kring-${circle}`}>
            <Heading2 id={`kring-${circle}`}>
              {t(`leerkring.${circle}`)} ({rows.length})
            </Heading2>
            <DataTable
              caption={t(`leerkring.${circle}`)}
              rows={rows}
              rowKey={(g) => g.id}
              empty={loaderData.tag ? t("gemeente.geenMetTag") : t("gemeente.geen")}
              columns={[
                {
                  label: t("veld.gemeente"),
                  cell: (g) => (
                    <Link to={`/gemeenten/${g.slug}`} className="utrecht-link">
                      {g.name}
                    </Link>
                  ),
                },
                { label: t("veld.regio"), cell: (g) => g.region ?? "–" },
                { label: t("veld.werkplaats"), cell: (g) => g.werkplaatsName ?? "–" },
                {
                  label: t("gemeente.opvatting"),
                  cell: (g) => (g.opvatting ? t(`opvatting.${g.opvatting}`) : "–"),
                },
                {
                  label: t("tag.familie.context"),
                  cell: (g) =>
                    g.tags.length > 0 ? g.tags.map((tag) => tagLabel(t, tag)).join(", ") : "–",
                },
                { label: t("gemeente.aantalLeervragen"), cell: (g) => g.questions },
              ]}
            />
          </section>
        );
      })}
    </div>
  );
}
