import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableRegion } from "#app/monitor/ui.tsx";
import { PROVINCIE_NAMEN } from "#db/provincies.ts";
import { useT } from "#shared/i18n/index.ts";
import type { ProvincieRow } from "./overview.ts";
import { TileMap } from "./tile-map.tsx";

/** The tile map and its table: per province the Werkplaats and the season's activities. */
export function Coverage({ rows, seizoen }: { rows: ProvincieRow[]; seizoen: string }) {
  const t = useT();
  const caption = t("partners.kaart.titel", { seizoen });
  return (
    <div className="leerkring-stack">
      <TileMap rows={rows} />
      <TableRegion label={caption}>
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("partners.kolom.provincie")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("partners.kolom.werkplaatsen")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("partners.kolom.activiteiten")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.provincie}>
                <TableHeaderCell scope="row">{PROVINCIE_NAMEN[r.provincie]}</TableHeaderCell>
                <TableCell>{r.werkplaatsen.join(", ") || t("partners.geenWerkplaats")}</TableCell>
                <TableCell>{r.activiteiten}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </div>
  );
}
