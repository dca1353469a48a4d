import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SelectField, TextField } from "#app/components/fields.tsx";
import { ItemAction } from "#app/components/item-action.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { dayAsDate } from "./days.ts";
import { opvolgingIntents } from "./opvolging-schema.ts";

type Item = {
  id: number;
  text: string;
  ownerName: string;
  dueDate: string;
  doneAt: Date | null;
  overdue: boolean;
  canComplete: boolean;
};

/** The action items of a held theme meeting, and for project leaders the form to add one. */
export function ActionItems({
  items,
  owners,
  lastResult,
}: {
  items: Item[];
  /** Who can be given an item; null when this person may not add items. */
  owners: { value: string; label: string }[] | null;
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatDateTime(locale, dayAsDate(d), "date");
  return (
    <section aria-labelledby="acties" className="leerkring-stack">
      <Heading2 id="acties">{t("opvolging.acties.titel")}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t("opvolging.acties.geen")}</Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableCaption>{t("opvolging.acties.titel")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("opvolging.acties.kolom.actie")}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t("opvolging.acties.kolom.eigenaar")}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t("opvolging.acties.kolom.datum")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("opvolging.acties.kolom.status")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">{item.text}</TableHeaderCell>
                  <TableCell>{item.ownerName}</TableCell>
                  <TableCell>{day(item.dueDate)}</TableCell>
                  <TableCell>
                    {item.doneAt
                      ? t("opvolging.acties.afgerond", {
                          datum: formatDateTime(locale, item.doneAt, "date"),
                        })
                      : t(item.overdue ? "opvolging.acties.verlopen" : "opvolging.acties.open")}
                    {item.canComplete && (
                      <ItemAction
                        intent="actie-afronden"
                        fields={{ actieId: item.id }}
                        label={t("opvolging.acties.afronden")}
                        item={item.text}
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {owners && <AddActionItem owners={owners} lastResult={lastResult} />}
    </section>
  );
}

function AddActionItem({
  owners,
  lastResult,
}: {
  owners: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(opvolgingIntents, { lastResult, intent: "actie-toevoegen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <Heading3>{t("opvolging.acties.nieuw")}</Heading3>
      <Paragraph>{t("opvolging.acties.uitleg")}</Paragraph>
      <input type="hidden" name="intent" value="actie-toevoegen" />
      <TextField field={fields.text} label={t("opvolging.acties.veld.tekst")} />
      <SelectField
        field={fields.ownerId}
        label={t("opvolging.acties.veld.eigenaar")}
        options={owners}
        placeholder={t("opvolging.acties.kiesEigenaar")}
      />
      <TextField field={fields.dueDate} type="date" label={t("opvolging.acties.veld.datum")} />
      <Button type="submit" appearance="secondary-action-button">
        {t("opvolging.acties.toevoegen")}
      </Button>
    </Form>
  );
}
