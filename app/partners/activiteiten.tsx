import {
  Alert,
  Button,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { DataTable } from "#app/components/data-table.tsx";
import { SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
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
  return (
    <DataTable
      caption={t("partners.activiteiten.titel", { seizoen })}
      empty={t("partners.activiteiten.leeg")}
      rows={items}
      rowKey={(a) => a.id}
      rowHeader={false}
      columns={[
        { label: t("partners.kolom.datum"), cell: (a) => formatDay(locale, a.day, DAY) },
        { label: t("partners.kolom.partner"), cell: (a) => a.partnerName },
        { label: t("partners.kolom.gemeente"), cell: (a) => a.gemeenteName },
        { label: t("partners.kolom.wat"), cell: (a) => a.body },
      ]}
    />
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
