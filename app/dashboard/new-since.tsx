import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { NotificationItem } from "#app/notifications/centre.server.ts";
import { NotificationList } from "#app/notifications/centre-page.tsx";
import { useT } from "#shared/i18n/index.ts";

/** The dashboard's card: the newest unread notifications since the last visit. */
export function NewSinceLastVisit({ items }: { items: NotificationItem[] }) {
  const t = useT();
  return (
    <section aria-labelledby="nieuw" className="leerkring-card">
      <Heading2 id="nieuw">{t("meldingen.nieuw.titel")}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t("meldingen.nieuw.geen")}</Paragraph>
      ) : (
        <NotificationList items={items} />
      )}
      <Paragraph>
        <Link to="/meldingen" className="utrecht-link">
          {t("meldingen.nieuw.naarAlle")}
        </Link>
      </Paragraph>
    </section>
  );
}
