import { DataTable } from "#app/components/data-table.tsx";
import { PROVINCIE_NAMEN } from "#db/provincies.ts";
import { useT } from "#shared/i18n/index.ts";
import type { ProvincieRow } from "./overview.ts";
import { TileMap } from "./tile-map.tsx";

/** The tile map and its table: per province the Werkplaats and the season's activities. */
export function Coverage({ rows, seizoen }: { rows: ProvincieRow[]; seizoen: string }) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <TileMap rows={rows} />
      <DataTable
        caption={t("partners.kaart.titel", { seizoen })}
        rows={rows}
        rowKey={(r) => r.provincie}
        columns={[
          { label: t("partners.kolom.provincie"), cell: (r) => PROVINCIE_NAMEN[r.provincie] },
          {
            label: t("partners.kolom.werkplaatsen"),
            cell: (r) => r.werkplaatsen.join(", ") || t("partners.geenWerkplaats"),
          },
          { label: t("partners.kolom.activiteiten"), cell: (r) => r.activiteiten },
        ]}
      />
    </div>
  );
}
