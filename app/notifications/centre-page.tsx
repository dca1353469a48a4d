import { Button, LinkButton, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { NotificationItem } from "./centre.server.ts";
import { notificationTexts } from "./text.ts";

// The list of /meldingen and the dashboard's "new since your last visit": each notification with
// its text, when, and whether it was read — shown in words, not by colour alone. Opening one is a
// small form (a POST marks it read, then leads to its link), so it works without JavaScript.

export function NotificationList({ items }: { items: NotificationItem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="leerkring-notifications">
      {items.map((item) => {
        const { title, text } = notificationTexts(t, item);
        return (
          <li
            key={item.id}
            className={`leerkring-notification${item.read ? "" : " leerkring-notification--unread"}`}
          >
            <Form method="post" action="/meldingen" className="leerkring-notification__open">
              <input type="hidden" name="intent" value="openen" />
              <input type="hidden" name="id" value={item.id} />
              <LinkButton type="submit" inline className="leerkring-notification__title">
                {title}
                {!item.read && (
                  <span className="visually-hidden"> ({t("meldingen.ongelezen")})</span>
                )}
              </LinkButton>
            </Form>
            {text && <Paragraph>{text}</Paragraph>}
            <Paragraph className="leerkring-muted">
              <span className="leerkring-notification__state" aria-hidden="true">
                {item.read ? t("meldingen.gelezen") : t("meldingen.ongelezen")}
              </span>
              {" · "}
              <time dateTime={new Date(item.createdAt).toISOString()}>
                {formatDateTime(locale, item.createdAt)}
              </time>
              {" · "}
              {t(`meldingen.categorie.${item.category}`)}
            </Paragraph>
          </li>
        );
      })}
    </ol>
  );
}

export function MarkAllRead() {
  const t = useT();
  return (
    <Form method="post" action="/meldingen">
      <input type="hidden" name="intent" value="alles-gelezen" />
      <Button type="submit" appearance="secondary-action-button">
        {t("meldingen.allesGelezen")}
      </Button>
    </Form>
  );
}

export function Pages({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("meldingen.paginering")} className="leerkring-pages">
      {page > 1 && (
        <Link className="utrecht-link" to={`/meldingen?pagina=${page - 1}`}>
          {t("meldingen.vorige")}
        </Link>
      )}
      <span aria-current="page">{t("meldingen.pagina", { pagina: page, paginas: pages })}</span>
      {page < pages && (
        <Link className="utrecht-link" to={`/meldingen?pagina=${page + 1}`}>
          {t("meldingen.volgende")}
        </Link>
      )}
    </nav>
  );
}
