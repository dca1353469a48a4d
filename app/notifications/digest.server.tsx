import { Heading } from "@react-email/components";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { notificationCategories, notifications, users } from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { queueMail } from "#app/mail/outbox.server.ts";
import { unsubscribeHeaders, unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import { MailLayout, MailLink, MailText, renderMail } from "#app/mail/template.tsx";
import { notificationTexts } from "./text.ts";

// The daily and weekly digests: per person one mail with the notifications waiting for that
// digest (notifications.digest), grouped by category, in their language; then they wait no more.
// The jobs run from server/scheduler.ts, which records each run, so none is skipped or repeated.

export type Digest = "dagelijks" | "wekelijks";

/** The shape of server/scheduler.ts's ScheduledJob (features do not import the server). */
type Job = { name: string; pattern: string; run(tx: DbOrTx, due: Date): void };

export const digestJobs: Job[] = [
  { name: "digest:dagelijks", pattern: "0 7 * * *", run: (tx) => sendDigests(tx, "dagelijks") },
  { name: "digest:wekelijks", pattern: "0 7 * * 1", run: (tx) => sendDigests(tx, "wekelijks") },
];

/** Queues the digest mails of one kind; returns how many people got one. */
export function sendDigests(tx: DbOrTx, digest: Digest): number {
  const waiting = tx
    .select({
      id: notifications.id,
      userId: notifications.userId,
      category: notifications.category,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
    })
    .from(notifications)
    .where(eq(notifications.digest, digest))
    .orderBy(asc(notifications.userId), asc(notifications.createdAt), asc(notifications.id))
    .all();
  if (!waiting.length) return 0;
  const byUser = new Map<number, typeof waiting>();
  for (const n of waiting) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
  const people = tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      active: users.active,
    })
    .from(users)
    .where(inArray(users.id, [...byUser.keys()]))
    .all();
  let sent = 0;
  for (const person of people) {
    if (!person.active) continue;
    queueDigestMail(tx, person, digest, byUser.get(person.id) ?? []);
    sent++;
  }
  tx.update(notifications)
    .set({ digest: null })
    .where(
      and(
        eq(notifications.digest, digest),
        inArray(
          notifications.id,
          waiting.map((n) => n.id),
        ),
      ),
    )
    .run();
  return sent;
}

type Waiting = {
  category: (typeof notificationCategories)[number];
  kind: string;
  params: Record<string, string | number>;
  link: string;
};

function queueDigestMail(
  tx: DbOrTx,
  person: { id: number; email: string; name: string; locale: "nl" | "en" },
  digest: Digest,
  items: Waiting[],
): void {
  const t = translator(person.locale);
  const subject = t(`meldingen.digest.onderwerp.${digest}`);
  const intro = t("meldingen.digest.intro", { count: items.length });
  const groups = notificationCategories
    .map((category) => ({ category, items: items.filter((i) => i.category === category) }))
    .filter((g) => g.items.length > 0);
  const target = (category: Waiting["category"]) =>
    ({ kind: "person", userId: person.id, category }) as const;
  const { html, text } = renderMail(
    <MailLayout
      locale={person.locale}
      heading={subject}
      preview={intro}
      action={{ href: absoluteUrl("/meldingen"), label: t("meldingen.digest.naarCentrum") }}
      footer={
        <>
          {t(`meldingen.digest.waarom.${digest}`)}{" "}
          {groups.map((g) => (
            <span key={g.category}>
              <MailLink href={unsubscribeUrl(target(g.category))}>
                {t("meldingen.digest.afmelden", {
                  categorie: t(`meldingen.categorie.${g.category}`),
                })}
              </MailLink>
              {" · "}
            </span>
          ))}
          <MailLink href={absoluteUrl("/account#meldingen")}>{t("mail.keuzesAanpassen")}</MailLink>
        </>
      }
    >
      <MailText>{intro}</MailText>
      {groups.map((group) => (
        <section key={group.category}>
          <Heading as="h2" style={{ fontSize: "18px", lineHeight: 1.3 }}>
            {capitalise(t(`meldingen.categorie.${group.category}`))}
          </Heading>
          {group.items.map((item, i) => {
            const { title, text: body } = notificationTexts(t, item);
            return (
              <MailText key={i}>
                <MailLink href={absoluteUrl(item.link)}>{title}</MailLink>
                {body ? (
                  <>
                    <br />
                    {body}
                  </>
                ) : null}
              </MailText>
            );
          })}
        </section>
      ))}
    </MailLayout>,
  );
  queueMail(tx, {
    to: { address: person.email, name: person.name, userId: person.id },
    // A digest of one category can be turned off in one click; of several, by the links inside.
    category: groups.length === 1 ? groups[0]!.category : null,
    subject,
    html,
    text,
    headers:
      groups.length === 1 ? unsubscribeHeaders(unsubscribeUrl(target(groups[0]!.category))) : {},
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
