import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { TableRegion } from "#app/monitor/ui.tsx";
import { formatDay, useLocale, useT } from "#shared/i18n/index.ts";
import type { PartnerContact } from "./contacten.server.ts";

const DAY = { day: "numeric", month: "long", year: "numeric" } as const;

export function ContactTable({ contacts }: { contacts: PartnerContact[] }) {
  const t = useT();
  const locale = useLocale();
  if (contacts.length === 0) return <Paragraph>{t("contacten.leeg")}</Paragraph>;
  const caption = t("contacten.lijst");
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("contacten.kolom.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.organisatie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.functie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.gemeente")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.bekendBij")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.toestemming")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("contacten.kolom.acties")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {contacts.map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
              <TableCell>{c.organisation}</TableCell>
              <TableCell>{c.function || t("partners.geen")}</TableCell>
              <TableCell>{c.gemeenteName ?? t("partners.geen")}</TableCell>
              <TableCell>{c.knownByName}</TableCell>
              <TableCell>
                {c.consentOn
                  ? t("contacten.toestemmingJa", { datum: formatDay(locale, c.consentOn, DAY) })
                  : t("contacten.toestemmingNee")}
              </TableCell>
              <TableCell>
                <Link to={`/partners/contacten/${c.id}`} className="utrecht-link">
                  {t("contacten.bewerken")}
                  <span className="visually-hidden"> {c.name}</span>
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
