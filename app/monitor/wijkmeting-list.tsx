import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { SelectField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import type { listVisibleWijkmetingen } from "./monitor.server.ts";
import { overviewFilterSchema } from "./overview.ts";
import { TableRegion } from "#app/components/data-table.tsx";
import { usePeriodeLabel } from "./ui.tsx";

type Meting = ReturnType<typeof listVisibleWijkmetingen>[number];

/** The overview's list of assessments, with a filter by municipality when there are several. */
export function WijkmetingList({
  metingen,
  municipalities,
  filter,
  canStart,
  ownOrganisationId,
  showOrganisation,
}: {
  metingen: Meting[];
  municipalities: { id: number; name: string }[];
  filter: number | null;
  canStart: boolean;
  ownOrganisationId: number;
  showOrganisation: boolean;
}) {
  const t = useT();
  const label = usePeriodeLabel();
  // A GET form that only narrows the list: nothing to check before it goes, so no onSubmit.
  const [filterForm, filterFields] = useSchemaForm(overviewFilterSchema, {
    lastResult: null,
    defaultValue: { gemeente: filter ? String(filter) : "" },
  });
  return (
    <section aria-labelledby="lijst" className="leerkring-stack">
      <Heading2 id="lijst">{t("monitor.lijst.titel")}</Heading2>
      {municipalities.length > 1 && (
        <Form method="get" id={filterForm.id} className="leerkring-filter">
          <SelectField
            field={filterFields.gemeente}
            label={t("monitor.filter.gemeente")}
            options={[
              { value: "", label: t("monitor.filter.alle") },
              ...municipalities.map((m) => ({ value: String(m.id), label: m.name })),
            ]}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("monitor.filter.toepassen")}
          </Button>
        </Form>
      )}
      {metingen.length === 0 ? (
        <Paragraph>
          {filter
            ? t("monitor.lijst.leegFilter")
            : canStart
              ? t("monitor.lijst.leeg.eigen")
              : t("monitor.lijst.leeg.alle")}
        </Paragraph>
      ) : (
        <TableRegion label={t("monitor.lijst.titel")}>
          <Table>
            <TableHeader>
              <TableRow>
                {showOrganisation && (
                  <TableHeaderCell scope="col">{t("monitor.kolom.gemeente")}</TableHeaderCell>
                )}
                <TableHeaderCell scope="col">{t("monitor.kolom.wijk")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kolom.periode")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kolom.status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kolom.ingevuld")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kolom.gedeeld")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kolom.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {metingen.map((m) => {
                const own = canStart && m.organisationId === ownOrganisationId;
                const fill = own && m.status === "concept";
                const name = `${m.wijk}, ${label(m.periode)}`;
                return (
                  <TableRow key={m.id}>
                    {showOrganisation && <TableCell>{m.organisationName}</TableCell>}
                    <TableCell>{m.wijk}</TableCell>
                    <TableCell>{label(m.periode)}</TableCell>
                    <TableCell>{t(`monitor.status.${m.status}`)}</TableCell>
                    <TableCell>
                      {t("monitor.ingevuld", { aantal: m.answered, totaal: m.total })}
                    </TableCell>
                    <TableCell>{m.sharedWithCircle ? t("monitor.ja") : t("monitor.nee")}</TableCell>
                    <TableCell>
                      <Link
                        to={fill ? `/monitor/${m.id}/invullen` : `/monitor/${m.id}`}
                        className="utrecht-link"
                      >
                        {fill ? t("monitor.verderInvullen") : t("monitor.bekijken")}
                        <span className="visually-hidden"> {name}</span>
                      </Link>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
