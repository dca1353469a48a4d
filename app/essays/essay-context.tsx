import { Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

/** Above the essay being written: its meeting, the meeting's notes and the published version. */
export function EssayContext({
  essay,
}: {
  essay: {
    slug: string;
    bijeenkomstId: number;
    meetingTitle: string;
    meetingStartsAt: Date;
    publishedAt: Date | null;
  };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Paragraph>
      {t("essay.bijBijeenkomst", {
        titel: essay.meetingTitle,
        datum: formatDateTime(locale, essay.meetingStartsAt, "date"),
      })}{" "}
      <Link to={`/bijeenkomsten/${essay.bijeenkomstId}/notities`} className="utrecht-link">
        {t("essay.notitiesBekijken")}
      </Link>
      {essay.publishedAt && (
        <>
          {" · "}
          <Link to={`/essays/${essay.slug}`} className="utrecht-link">
            {t("essay.gepubliceerdeVersie")}
          </Link>
        </>
      )}
    </Paragraph>
  );
}
