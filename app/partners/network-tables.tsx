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
import { TableRegion } from "#app/monitor/ui.tsx";
import { PROVINCIE_NAMEN, type Provincie } from "#db/provincies.ts";
import type { OrganisationKind } from "#db/schema.ts";
import { useT } from "#shared/i18n/index.ts";

type Partner = { id: number; name: string; kind: OrganisationKind; provincies: Provincie[] };

const provinces = (list: Provincie[]) => list.map((p) => PROVINCIE_NAMEN[p]).join(", ");

export function WerkplaatsenTable({
  werkplaatsen,
}: {
  werkplaatsen: (Partner & { gemeenten: string[] })[];
}) {
  const t = useT();
  const caption = t("partners.werkplaatsen.bijschrift");
  if (werkplaatsen.length === 0) return <Paragraph>{t("partners.werkplaatsen.leeg")}</Paragraph>;
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("partners.kolom.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.provincie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.gemeenten")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {werkplaatsen.map((w) => (
            <TableRow key={w.id}>
              <TableHeaderCell scope="row">{w.name}</TableHeaderCell>
              <TableCell>{provinces(w.provincies) || t("partners.geen")}</TableCell>
              <TableCell>{w.gemeenten.join(", ") || t("partners.geen")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

export function KennispartnersTable({ kennispartners }: { kennispartners: Partner[] }) {
  const t = useT();
  const caption = t("partners.kennispartners.bijschrift");
  if (kennispartners.length === 0) {
    return <Paragraph>{t("partners.kennispartners.leeg")}</Paragraph>;
  }
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("partners.kolom.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.soort")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.provincie")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {kennispartners.map((k) => (
            <TableRow key={k.id}>
              <TableHeaderCell scope="row">{k.name}</TableHeaderCell>
              <TableCell>{t(`soort.${k.kind}`)}</TableCell>
              <TableCell>{provinces(k.provincies) || t("partners.geen")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
