import {
  Button,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { ItemAction } from "#app/components/item-action.tsx";
import { Attachments } from "#app/bijlagen/attachments.tsx";
import type { AttachmentsProps } from "#app/bijlagen/bijlagen.server.ts";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";
import { AgendaOutsideAlert } from "./meeting-form.tsx";
import { meetingIntents } from "./meeting-schema.ts";

/** A meeting's programme; a project leader reorders, removes and adds items while it is open. */
export function MeetingProgramme({
  agenda,
  outside,
  times,
  editable,
  hidden,
  attachments,
  lastResult,
}: {
  agenda: MeetingDetails["agenda"];
  /** The ids of items whose time lies outside the meeting. */
  outside: number[];
  times: { start: string; end: string };
  editable: boolean;
  hidden: boolean;
  /** Each item's files (docs/attachments.md), by its id. */
  attachments: Record<number, AttachmentsProps>;
  lastResult: unknown;
}) {
  const t = useT();
  return (
    <section aria-labelledby="programma" hidden={hidden}>
      <Heading2 id="programma">{t("bijeenkomst.programma")}</Heading2>
      <AgendaOutsideAlert
        items={agenda.filter((a) => outside.includes(a.id)).map((a) => `${a.time} ${a.title}`)}
        times={times}
      />
      {agenda.length === 0 ? (
        <Paragraph>{t("bijeenkomst.geenProgramma")}</Paragraph>
      ) : (
        <OrderedList>
          {agenda.map((item, index) => (
            <OrderedListItem key={item.id}>
              {item.time && <strong>{item.time} </strong>}
              {item.title}
              {item.description && <span className="leerkring-muted"> — {item.description}</span>}
              {outside.includes(item.id) && (
                <strong className="leerkring-error"> ({t("bijeenkomst.buitenTijd")})</strong>
              )}
              {editable && (
                <span className="leerkring-actions">
                  {index > 0 && (
                    <AgendaButton
                      id={item.id}
                      intent="agendapunt-verplaatsen"
                      direction="omhoog"
                      label={t("bijeenkomst.omhoog")}
                      item={item.title}
                    />
                  )}
                  {index < agenda.length - 1 && (
                    <AgendaButton
                      id={item.id}
                      intent="agendapunt-verplaatsen"
                      direction="omlaag"
                      label={t("bijeenkomst.omlaag")}
                      item={item.title}
                    />
                  )}
                  <AgendaButton
                    id={item.id}
                    intent="agendapunt-verwijderen"
                    label={t("actie.verwijderen")}
                    item={item.title}
                  />
                </span>
              )}
              {attachments[item.id] && (
                <Attachments {...attachments[item.id]!} label={item.title} />
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
      {editable && <AddAgendapuntForm lastResult={lastResult} />}
    </section>
  );
}

function AddAgendapuntForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(meetingIntents, {
    lastResult,
    intent: "agendapunt-toevoegen",
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="agendapunt-toevoegen" />
      <TextField field={fields.time} type="time" label={t("bijeenkomst.veld.tijdOptioneel")} />
      <TextField field={fields.title} label={t("bijeenkomst.veld.agendapunt")} />
      <Button type="submit" appearance="secondary-action-button">
        {t("bijeenkomst.agendapuntToevoegen")}
      </Button>
    </Form>
  );
}

/** One small form per button, so that reordering and removing work without JavaScript. */
function AgendaButton(props: {
  id: number;
  intent: string;
  direction?: "omhoog" | "omlaag";
  label: string;
  item: string;
}) {
  return (
    <ItemAction
      intent={props.intent}
      fields={{
        agendapuntId: props.id,
        ...(props.direction ? { direction: props.direction } : {}),
      }}
      label={props.label}
      item={props.item}
    />
  );
}
