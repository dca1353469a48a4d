import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { FormAlert } from "#app/components/fields.tsx";
import { TableRegion } from "#app/components/data-table.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { datumprikkerAntwoordWaarden, type DatumprikkerAntwoord } from "#db/schema.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { answersSchema } from "./datumprikker-schema.ts";
import type { OptionTotal } from "./totals.ts";

type Option = { id: number; startsAt: Date };
type Answer = { optionId: number; userId: number; answer: DatumprikkerAntwoord };

/**
 * The grid: a row per person asked, a column per moment. The viewer's own row has radio buttons
 * in each cell (when they may still answer) inside one form, so it works without JavaScript; the
 * footer gives the totals and marks the best moment.
 */
export function PrikkerGrid(props: {
  options: Option[];
  asked: { id: number; name: string; organisationName: string }[];
  answers: Answer[];
  totals: OptionTotal[];
  best: number[];
  editableFor: number | null;
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const label = (o: Option) => formatDateTime(locale, o.startsAt, "long");
  const answerOf = (userId: number, optionId: number) =>
    props.answers.find((a) => a.userId === userId && a.optionId === optionId)?.answer;
  const mine = props.options.map(
    (o) => (props.editableFor ? answerOf(props.editableFor, o.id) : undefined) ?? "",
  );
  const [form, fields] = useSchemaForm(answersSchema, {
    lastResult: props.lastResult,
    intent: "antwoorden",
    defaultValue: { antwoorden: mine },
  });
  const cells = fields.antwoorden.getFieldList();
  const choices = datumprikkerAntwoordWaarden.map((a) => ({
    value: a,
    label: t(`datumprikker.antwoord.${a}`),
  }));
  const table = (
    <TableRegion label={t("datumprikker.tabel")}>
      <Table>
        <TableCaption>{t("datumprikker.tabel")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("datumprikker.persoon")}</TableHeaderCell>
            {props.options.map((o) => (
              <TableHeaderCell key={o.id} scope="col">
                {label(o)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.asked.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                {p.name} <span className="leerkring-muted">({p.organisationName})</span>
              </TableHeaderCell>
              {props.options.map((o, i) => (
                <TableCell key={o.id}>
                  {p.id === props.editableFor && cells[i] ? (
                    <RadioGroup
                      field={cells[i]}
                      legend={t("datumprikker.jouwAntwoord", { moment: label(o) })}
                      legendHidden
                      options={choices}
                    />
                  ) : (
                    <AnswerText answer={answerOf(p.id, o.id)} />
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t("datumprikker.totaal")}</TableHeaderCell>
            {props.totals.map((total) => (
              <TableCell key={total.optionId}>
                {t("datumprikker.totaalWaarde", {
                  ja: total.ja,
                  alsHetMoet: total.alsHetMoet,
                  nee: total.nee,
                  score: total.score.toLocaleString(locale),
                })}
                {props.best.includes(total.optionId) && (
                  <strong> — {t("datumprikker.beste")}</strong>
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableFooter>
      </Table>
    </TableRegion>
  );
  return (
    <div className="leerkring-stack">
      <Paragraph>{t("datumprikker.legenda")}</Paragraph>
      {props.editableFor ? (
        <Form
          method="post"
          id={form.id}
          onSubmit={form.onSubmit}
          noValidate
          className="leerkring-stack"
        >
          <input type="hidden" name="intent" value="antwoorden" />
          <FormAlert form={form} />
          {table}
          <div>
            <Button type="submit" appearance="primary-action-button">
              {t("datumprikker.opslaan")}
            </Button>
          </div>
        </Form>
      ) : (
        table
      )}
    </div>
  );
}

function AnswerText({ answer }: { answer: DatumprikkerAntwoord | undefined }) {
  const t = useT();
  return answer ? (
    t(`datumprikker.antwoord.${answer}`)
  ) : (
    <span className="leerkring-muted">{t("datumprikker.geenAntwoord")}</span>
  );
}
