import {
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/aan-de-slag";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { listTrajecten } from "#app/aan-de-slag/trajecten.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { TagFilterForm } from "#app/tags/tag-filter.tsx";
import { listTags } from "#app/tags/tags.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "traject:bekijken");
  const tagId = parseId(new URL(request.url).searchParams.get("tag") ?? undefined) ?? undefined;
  const trajecten = listTrajecten();
  // Who is active where: per partner organisation, the municipalities it works in.
  const activity = new Map<string, Set<string>>();
  for (const tr of trajecten) {
    for (const p of tr.partners) {
      if (!activity.has(p.name)) activity.set(p.name, new Set());
      activity.get(p.name)!.add(tr.organisationName);
    }
  }
  return {
    trajecten: tagId ? listTrajecten({ tagId }) : trajecten,
    tag: tagId ? String(tagId) : "",
    tags: listTags(),
    activity: [...activity]
      .map(([partner, places]) => ({ partner, places: [...places].sort() }))
      .sort((a, b) => a.partner.localeCompare(b.partner, "nl")),
    canCreate: can(user, "traject:aanmaken"),
  };
}

export default function AanDeSlag({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { trajecten, activity } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("traject.lijst")}</PageTitle>
      <Heading1>{t("traject.lijst")}</Heading1>
      <Paragraph>{t("traject.lijstUitleg")}</Paragraph>
      {loaderData.canCreate && (
        <ButtonLink href="/aan-de-slag/nieuw" appearance="primary-action-button">
          {t("traject.nieuw")}
        </ButtonLink>
      )}
      <TagFilterForm tag={loaderData.tag} tags={loaderData.tags} label={t("traject.filteren")} />
      {trajecten.length === 0 ? (
        <Paragraph>{t("traject.geen")}</Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("traject.veld.titel")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.gemeente")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("traject.veld.partners")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("traject.veld.status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("leervraag.bijgewerkt")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {trajecten.map((tr) => (
                <TableRow key={tr.id}>
                  <TableCell>
                    <Link to={`/aan-de-slag/${tr.id}`} className="utrecht-link">
                      {tr.title}
                    </Link>
                  </TableCell>
                  <TableCell>{tr.organisationName}</TableCell>
                  <TableCell>
                    {tr.partners
                      .map((p) => `${p.name} (${t(`partnerrol.${p.role}`)})`)
                      .join(", ") || "–"}
                  </TableCell>
                  <TableCell>{t(`traject.status.${tr.status}`)}</TableCell>
                  <TableCell>{formatDateTime(locale, tr.updatedAt, "date")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <section aria-labelledby="wie-waar">
        <Heading2 id="wie-waar">{t("traject.wieWaar")}</Heading2>
        {activity.length === 0 ? (
          <Paragraph>{t("traject.nogGeenPartners")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("traject.partner")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("traject.actiefIn")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {activity.map((a) => (
                  <TableRow key={a.partner}>
                    <TableCell>{a.partner}</TableCell>
                    <TableCell>{a.places.join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
