import {
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
import type { Route } from "./+types/gemeenten";
import { requirePermission } from "#app/auth/user.server.ts";
import { listMunicipalities } from "#app/gemeenten/gemeenten.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "gemeente:bekijken");
  return { gemeenten: listMunicipalities() };
}

export default function Gemeenten({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const circles = [1, 2] as const;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("gemeente.lijst")}</PageTitle>
      <Heading1>{t("gemeente.lijst")}</Heading1>
      <Paragraph>{t("gemeente.lijstUitleg")}</Paragraph>
      {circles.map((circle) => {
        const rows = loaderData.gemeenten.filter((g) => g.circle === circle);
        return (
          <section key={circle} aria-labelledby={`kring-${circle}`}>
            <Heading2 id={`kring-${circle}`}>
              {t(`leerkring.${circle}`)} ({rows.length})
            </Heading2>
            {rows.length === 0 ? (
              <Paragraph>{t("gemeente.geen")}</Paragraph>
            ) : (
              <div className="leerkring-table-wrapper">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t("veld.gemeente")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("veld.regio")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("veld.werkplaats")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("gemeente.opvatting")}</TableHeaderCell>
                      <TableHeaderCell scope="col">
                        {t("gemeente.aantalLeervragen")}
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((g) => (
                      <TableRow key={g.id}>
                        <TableCell>
                          <Link to={`/gemeenten/${g.slug}`} className="utrecht-link">
                            {g.name}
                          </Link>
                        </TableCell>
                        <TableCell>{g.region ?? "–"}</TableCell>
                        <TableCell>{g.werkplaatsName ?? "–"}</TableCell>
                        <TableCell>{g.opvatting ? t(`opvatting.${g.opvatting}`) : "–"}</TableCell>
                        <TableCell>{g.questions}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
