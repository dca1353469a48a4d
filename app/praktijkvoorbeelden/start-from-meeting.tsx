import { ButtonLink, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";

/** On a held theme meeting's follow-up page: start a practice example that came from it. */
export function StartPraktijkvoorbeeld({ meetingId }: { meetingId: number }) {
  const t = useT();
  return (
    <section aria-labelledby="praktijkvoorbeeld" className="leerkring-stack">
      <Heading2 id="praktijkvoorbeeld">{t("praktijk.lijst")}</Heading2>
      <Paragraph>{t("praktijk.startenUitleg")}</Paragraph>
      <Paragraph>
        <ButtonLink
          href={`/praktijkvoorbeelden/nieuw?bijeenkomst=${meetingId}`}
          appearance="secondary-action-button"
        >
          {t("praktijk.starten")}
        </ButtonLink>
      </Paragraph>
    </section>
  );
}
