import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import { rsvpResponses } from "#db/schema.ts";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";

/** The invited person's answer: one button per response, each a submission of its own. */
export function MeetingRsvp({ mine }: Pick<MeetingDetails, "mine">) {
  const t = useT();
  return (
    <section aria-labelledby="aanmelden" className="leerkring-card">
      <Heading2 id="aanmelden">{t("bijeenkomst.aanmelden")}</Heading2>
      <Paragraph>
        {mine
          ? mine.waitlisted
            ? t("bijeenkomst.jouwAntwoordWachtlijst")
            : t("bijeenkomst.jouwAntwoord", { antwoord: t(`rsvp.${mine.response}`) })
          : t("bijeenkomst.nogGeenAntwoord")}
      </Paragraph>
      <Form method="post" className="leerkring-actions">
        <input type="hidden" name="intent" value="rsvp" />
        {rsvpResponses.map((r) => (
          <Button
            key={r}
            type="submit"
            name="response"
            value={r}
            appearance={r === "ja" ? "primary-action-button" : "secondary-action-button"}
            pressed={mine?.response === r}
          >
            {t(`rsvp.knop.${r}`)}
          </Button>
        ))}
      </Form>
    </section>
  );
}
