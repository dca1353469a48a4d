import {
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { SelectField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { ItemAction } from "#app/components/item-action.tsx";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";
import { meetingIntents } from "./meeting-schema.ts";

type Waiting = { id: number; title: string; organisationName: string };

/** The learning questions of an intervision session; a project leader plans them on and off it. */
export function MeetingLeervragen({
  questions,
  waiting,
  editable,
  hidden,
  lastResult,
}: {
  questions: MeetingDetails["questions"];
  /** Submitted questions that can be planned on this session. */
  waiting: Waiting[];
  editable: boolean;
  hidden: boolean;
  lastResult: unknown;
}) {
  const t = useT();
  return (
    <section aria-labelledby="leervragen" hidden={hidden}>
      <Heading2 id="leervragen">{t("bijeenkomst.leervragen")}</Heading2>
      {questions.length === 0 ? (
        <Paragraph>{t("bijeenkomst.geenLeervragen")}</Paragraph>
      ) : (
        <UnorderedList>
          {questions.map((q) => (
            <UnorderedListItem key={q.id}>
              <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                {q.title}
              </Link>{" "}
              — {q.organisationName} · {t(`leervraag.status.${q.status}`)}
              {editable && q.status === "ingepland" && (
                <ItemAction
                  intent="leervraag-uitplannen"
                  fields={{ leervraagId: q.id }}
                  label={t("bijeenkomst.vanAgendaHalen")}
                  item={q.title}
                />
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {editable &&
        (waiting.length === 0 ? (
          <Paragraph className="leerkring-muted">{t("bijeenkomst.geenWachtendeVragen")}</Paragraph>
        ) : (
          <PlanLeervraagForm waiting={waiting} lastResult={lastResult} />
        ))}
    </section>
  );
}

function PlanLeervraagForm({ waiting, lastResult }: { waiting: Waiting[]; lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(meetingIntents, {
    lastResult,
    intent: "leervraag-inplannen",
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="leervraag-inplannen" />
      <SelectField
        field={fields.leervraagId}
        label={t("bijeenkomst.leervraagKiezen")}
        options={waiting.map((w) => ({
          value: String(w.id),
          label: `${w.title} (${w.organisationName})`,
        }))}
        placeholder={t("veld.kies")}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t("bijeenkomst.opAgendaZetten")}
      </Button>
    </Form>
  );
}
