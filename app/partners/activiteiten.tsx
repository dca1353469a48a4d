import {
  Alert,
  Button,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { TableRegion } from "#app/monitor/ui.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { formatDay, useLocale, useT } from "#shared/i18n/index.ts";
import { activiteitSchema } from "./activiteit-schema.ts";
import type { Overlap } from "./overview.ts";

type Option = { value: string; label: string };
const DAY = { day: "numeric", month: "long", year: "numeric" } as const;

/** Footnote 3 of seed 000: where partners meet in one municipality, they attune. */
export function OverlapNotice({ overlaps, seizoen }: { overlaps: Overlap[]; seizoen: string }) {
  const t = useT();
  if (overlaps.length === 0) return null;
  return (
    <Alert type="warning">
      <Heading3>{t("partners.overlap.titel")}</Heading3>
      <Paragraph>{t("partners.overlap.uitleg", { seizoen })}</Paragraph>
      <UnorderedList>
        {overlaps.map((o) => (
          <UnorderedListItem key={o.gemeenteId}>
            {t("partners.overlap.regel", {
              gemeente: o.gemeenteName,
              partners: o.partners.join(", "),
            })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

export type ActivityListItem = {
  id: number;
  day: string;
  partnerName: string;
  gemeenteName: string;
  body: string;
};

export function ActivityTable({ items, seizoen }: { items: ActivityListItem[]; seizoen: string }) {
  const t = useT();
  const locale = useLocale();
  if (items.length === 0) return <Paragraph>{t("partners.activiteiten.leeg")}</Paragraph>;
  const caption = t("partners.activiteiten.titel", { seizoen });
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("partners.kolom.datum")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.partner")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.gemeente")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("partners.kolom.wat")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{formatDay(locale, a.day, DAY)}</TableCell>
              <TableCell>{a.partnerName}</TableCell>
              <TableCell>{a.gemeenteName}</TableCell>
              <TableCell>{a.body}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/** A short entry of work outside casework, dated today unless changed. */
export function ActivityForm(props: {
  partners: Option[];
  gemeenten: Option[];
  today: string;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(activiteitSchema, {
    lastResult: props.lastResult,
    defaultValue: { day: props.today },
  });
  return (
    <Form
      method="post"
      id={form.id}
      onSubmit={form.onSubmit}
      noValidate
      className="leerkring-form leerkring-card"
    >
      <Heading3>{t("partners.activiteit.nieuw")}</Heading3>
      <SelectField
        field={fields.partnerId}
        label={t("partners.veld.partner")}
        options={props.partners}
        placeholder={t("veld.kies")}
      />
      <SelectField
        field={fields.gemeenteId}
        label={t("partners.veld.gemeente")}
        options={props.gemeenten}
        placeholder={t("veld.kies")}
      />
      <TextField field={fields.day} type="date" label={t("partners.veld.datum")} />
      <TextareaField
        field={fields.body}
        label={t("partners.veld.wat")}
        description={t("partners.veld.watUitleg")}
        rows={3}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("partners.activiteit.toevoegen")}
      </Button>
    </Form>
  );
}
