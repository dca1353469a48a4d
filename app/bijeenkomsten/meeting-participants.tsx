import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";

/** Who comes; once the meeting has begun, a project leader records who was there. */
export function MeetingParticipants({
  participants,
  recordAttendance,
  hidden,
}: {
  participants: MeetingDetails["participants"];
  recordAttendance: boolean;
  hidden: boolean;
}) {
  const t = useT();
  const going = participants.filter((p) => p.response === "ja" && !p.waitlisted);
  return (
    <section aria-labelledby="deelnemers" hidden={hidden}>
      <Heading2 id="deelnemers">{t("bijeenkomst.deelnemers")}</Heading2>
      <Paragraph>
        {t("bijeenkomst.aantallen", {
          count: going.length,
          misschien: participants.filter((p) => p.response === "misschien").length,
          nee: participants.filter((p) => p.response === "nee").length,
          wachtlijst: participants.filter((p) => p.waitlisted).length,
        })}
      </Paragraph>
      {recordAttendance && participants.length > 0 ? (
        <Form method="post" className="leerkring-form">
          <input type="hidden" name="intent" value="aanwezigheid" />
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {t("bijeenkomst.aanwezigheid")}
            </legend>
            {participants.map((p) => (
              <FormField key={p.userId} type="checkbox">
                <FormLabel type="checkbox" className="utrecht-form-field__label">
                  <Checkbox
                    name="present"
                    value={p.userId}
                    defaultChecked={p.attended ?? p.response === "ja"}
                    className="utrecht-form-field__input"
                  />{" "}
                  {p.name} ({p.organisationName}) · {t(`rsvp.${p.response}`)}
                </FormLabel>
              </FormField>
            ))}
          </fieldset>
          <Button type="submit" appearance="secondary-action-button">
            {t("bijeenkomst.aanwezigheidOpslaan")}
          </Button>
        </Form>
      ) : (
        going.length > 0 && (
          <UnorderedList>
            {going.map((p) => (
              <UnorderedListItem key={p.userId}>
                {p.name} ({p.organisationName})
                {p.attended === true
                  ? ` · ${t("bijeenkomst.aanwezig")}`
                  : p.attended === false
                    ? ` · ${t("bijeenkomst.afwezig")}`
                    : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )
      )}
    </section>
  );
}
