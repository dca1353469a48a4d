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
import { TableRegion } from "#app/components/data-table.tsx";
import { trajectStatuses } from "#db/schema.ts";
import { useT } from "#shared/i18n/index.ts";
import type { SeasonProgress } from "./progress.ts";

/** Progress per track of a season: the tracks the person sees, with the casework below. */
export function ProgressTable(props: {
  seizoen: string;
  progress: SeasonProgress;
  tracks: { thema: boolean; intervisie: boolean; casework: boolean };
}) {
  const t = useT();
  const { progress, tracks } = props;
  const caption = t("programma.voortgang.caption", { seizoen: props.seizoen });
  const rows = [
    tracks.thema && {
      key: "thema",
      name: t("programma.spoor.thema"),
      ...progress.thema,
      essays: String(progress.thema.essaysPublished),
    },
    tracks.intervisie && {
      key: "intervisie",
      name: t("programma.spoor.intervisie"),
      ...progress.intervisie,
      essays: "—",
    },
  ].filter((row) => row !== false);
  return (
    <>
      <TableRegion label={caption}>
        <Table>
          <TableCaption className="visually-hidden">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("programma.kolom.spoor")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("programma.kolom.gepland")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("programma.kolom.gehouden")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("programma.kolom.essays")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("programma.kolom.opvolging")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} data-spoor={row.key}>
                <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
                <TableCell>{row.planned}</TableCell>
                <TableCell>{row.held}</TableCell>
                <TableCell>{row.essays}</TableCell>
                <TableCell>{row.followUpsOpen}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
      <Paragraph className="leerkring-muted">
        {tracks.intervisie
          ? t("programma.voortgang.opvolgingUitleg")
          : t("programma.voortgang.opvolgingThema")}
      </Paragraph>
      {tracks.casework && (
        <Paragraph data-spoor="aan-de-slag">
          {t("programma.voortgang.trajecten", { count: progress.casework.total })}
          {progress.casework.total > 0 &&
            ` ${trajectStatuses
              .filter((s) => progress.casework.byStatus[s] > 0)
              .map((s) => `${t(`traject.status.${s}`)}: ${progress.casework.byStatus[s]}`)
              .join(", ")}.`}
        </Paragraph>
      )}
    </>
  );
}
