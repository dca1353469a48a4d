import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SuccessAlert } from "#app/components/fields.tsx";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";

/** The personal calendar feed: make, renew or revoke its secret address. */
export function AgendaFeed({
  feed,
  done,
}: {
  feed: { createdAt: Date; lastUsedAt: Date | null } | null;
  done: { done: MessageKey; feedUrl?: string } | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="abonnement" className="leerkring-card">
      <Heading2 id="abonnement">{t("agenda.feedTitel")}</Heading2>
      <Paragraph>{t("agenda.feedUitleg")}</Paragraph>
      <Paragraph>{t("agenda.feedFilters")}</Paragraph>
      <SuccessAlert message={done?.done} />
      {done?.feedUrl && (
        <>
          <Paragraph>{t("agenda.feedEenmalig")}</Paragraph>
          <code className="leerkring-code" data-testid="agenda-feed">
            {done.feedUrl}
          </code>
        </>
      )}
      {feed && !done?.feedUrl && (
        <Paragraph>
          {t("agenda.feedActief", { datum: formatDateTime(locale, feed.createdAt, "date") })}
          {feed.lastUsedAt
            ? ` ${t("agenda.feedGebruikt", { datum: formatDateTime(locale, feed.lastUsedAt) })}`
            : ""}
        </Paragraph>
      )}
      <div className="leerkring-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="feed-maken" />
          <Button type="submit" appearance="secondary-action-button">
            {feed ? t("agenda.feedVernieuwen") : t("agenda.feedMaken")}
          </Button>
        </Form>
        {feed && (
          <Form method="post">
            <input type="hidden" name="intent" value="feed-intrekken" />
            <Button type="submit" appearance="subtle-button">
              {t("agenda.feedIntrekken")}
            </Button>
          </Form>
        )}
      </div>
    </section>
  );
}
