import { DataTable } from "#app/components/data-table.tsx";
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
  return (
    <DataTable
      caption={t("partners.werkplaatsen.bijschrift")}
      empty={t("partners.werkplaatsen.leeg")}
      rows={werkplaatsen}
      rowKey={(w) => w.id}
      columns={[
        { label: t("partners.kolom.naam"), cell: (w) => w.name },
        {
          label: t("partners.kolom.provincie"),
          cell: (w) => provinces(w.provincies) || t("partners.geen"),
        },
        {
          label: t("partners.kolom.gemeenten"),
          cell: (w) => w.gemeenten.join(", ") || t("partners.geen"),
        },
      ]}
    />
  );
}

export function KennispartnersTable({ kennispartners }: { kennispartners: Partner[] }) {
  const t = useT();
  return (
    <DataTable
      caption={t("partners.kennispartners.bijschrift")}
      empty={t("partners.kennispartners.leeg")}
      rows={kennispartners}
      rowKey={(k) => k.id}
      columns={[
        { label: t("partners.kolom.naam"), cell: (k) => k.name },
        { label: t("partners.kolom.soort"), cell: (k) => t(`soort.${k.kind}`) },
        {
          label: t("partners.kolom.provincie"),
          cell: (k) => provinces(k.provincies) || t("partners.geen"),
        },
      ]}
    />
  );
}
