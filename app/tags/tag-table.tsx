import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ItemAction } from "#app/components/item-action.tsx";
import { TableRegion } from "#app/components/data-table.tsx";
import type { TagFamily } from "#db/tags.ts";
import { useT } from "#shared/i18n/index.ts";
import { tagLabel } from "./tag-label.ts";
import type { Tag } from "./tags.server.ts";

/** One family's tags on the catalogue page, each with its use and a retire/restore button. */
export function TagTable({
  family,
  tags,
}: {
  family: TagFamily;
  tags: readonly (Tag & { uses: number })[];
}) {
  const t = useT();
  const heading = t(`tag.familie.${family}`);
  return (
    <section aria-labelledby={`familie-${family}`} className="leerkring-stack">
      <Heading2 id={`familie-${family}`}>{heading}</Heading2>
      {tags.length === 0 ? (
        <Paragraph>{t("tag.geen")}</Paragraph>
      ) : (
        <TableRegion label={heading}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("tag.veld.naam")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tag.kolom.gebruik")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("tag.kolom.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tags.map((tag) => (
                <TableRow key={tag.id}>
                  <TableHeaderCell scope="row">
                    {tagLabel(t, tag)}
                    {tag.retired && (
                      <span className="leerkring-muted"> ({t("tag.ingetrokken")})</span>
                    )}
                  </TableHeaderCell>
                  <TableCell>{t("tag.gebruik", { count: tag.uses })}</TableCell>
                  <TableCell>
                    <ItemAction
                      intent={tag.retired ? "terugzetten" : "intrekken"}
                      fields={{ tagId: tag.id }}
                      label={tag.retired ? t("tag.terugzettenKnop") : t("tag.intrekkenKnop")}
                      item={tagLabel(t, tag)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
