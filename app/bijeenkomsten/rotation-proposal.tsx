import {
  Button,
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
import { FormAlert } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm, type Field, type FieldMessage } from "#app/utils/forms.ts";
import { rotationConfirmSchema } from "./rotation-schema.ts";

export type ProposedSession = {
  day: string;
  hostId: number;
  hostName: string;
  criticalFriends: string[];
};

function ErrorText({ id, field }: { id: string; field: Field }) {
  const t = useT();
  const error = field.errors as FieldMessage | undefined;
  if (!error) return null;
  return (
    <p id={id} className="utrecht-form-field-error-message">
      {t(error.key, error.vars)}
    </p>
  );
}

/**
 * The proposal as a table to adjust: per session its date and host (critical friends follow the
 * host when it is confirmed), then one button confirms them all.
 */
export function RotationProposal({
  sessions,
  hosts,
  seizoen,
  begin,
  einde,
  lastResult,
}: {
  sessions: ProposedSession[];
  hosts: { id: number; name: string }[];
  seizoen: string;
  begin: string;
  einde: string;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(rotationConfirmSchema, {
    lastResult,
    defaultValue: {
      seizoen,
      begin,
      einde,
      rijen: sessions.map((s) => ({ datum: s.day, gastgemeente: String(s.hostId) })),
    },
  });
  const rows = fields.rijen.getFieldList();
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate>
      <FormAlert form={form} />
      <input type="hidden" name="seizoen" value={seizoen} />
      <input type="hidden" name="begin" value={begin} />
      <input type="hidden" name="einde" value={einde} />
      <div className="leerkring-table-wrapper">
        <Table className="leerkring-rotation-table">
          <TableCaption>{t("rotatie.plan.voorstelTitel", { seizoen })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("rotatie.plan.nummer")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("bijeenkomst.veld.datum")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("bijeenkomst.veld.gastgemeente")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("rotatie.plan.criticalFriends")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, i) => {
              const { datum, gastgemeente } = row.getFieldset();
              const session = sessions[i];
              return (
                <TableRow key={row.key ?? i}>
                  <TableHeaderCell scope="row">{i + 1}</TableHeaderCell>
                  <TableCell>
                    <label htmlFor={datum.id} className="visually-hidden">
                      {t("rotatie.plan.datumVan", { nummer: i + 1 })}
                    </label>
                    <input
                      type="date"
                      id={datum.id}
                      name={datum.name}
                      defaultValue={String(datum.initialValue ?? "")}
                      aria-invalid={datum.errors ? true : undefined}
                      aria-describedby={datum.errors ? `${datum.id}-fout` : undefined}
                      className="utrecht-textbox utrecht-textbox--html-input"
                    />
                    <ErrorText id={`${datum.id}-fout`} field={datum as Field} />
                  </TableCell>
                  <TableCell>
                    <label htmlFor={gastgemeente.id} className="visually-hidden">
                      {t("rotatie.plan.gastgemeenteVan", { nummer: i + 1 })}
                    </label>
                    <select
                      id={gastgemeente.id}
                      name={gastgemeente.name}
                      defaultValue={String(gastgemeente.initialValue ?? "")}
                      aria-invalid={gastgemeente.errors ? true : undefined}
                      aria-describedby={gastgemeente.errors ? `${gastgemeente.id}-fout` : undefined}
                      className="utrecht-select utrecht-select--html-select"
                    >
                      {hosts.map((h) => (
                        <option key={h.id} value={h.id}>
                          {h.name}
                        </option>
                      ))}
                    </select>
                    <ErrorText id={`${gastgemeente.id}-fout`} field={gastgemeente as Field} />
                  </TableCell>
                  <TableCell>{session?.criticalFriends.join(", ")}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Paragraph>{t("rotatie.plan.bevestigUitleg")}</Paragraph>
      <Button type="submit" appearance="primary-action-button">
        {t("rotatie.plan.bevestigen", { count: rows.length })}
      </Button>
    </Form>
  );
}
