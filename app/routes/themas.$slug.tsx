import {
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/themas.$slug";
import { getUser, notFound } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { listPublishedEssays } from "#app/essays/essays.server.ts";
import { getThema } from "#app/themas/themas.server.ts";
import { can } from "#app/auth/permissions.ts";
import { PraktijkSection } from "#app/praktijkvoorbeelden/praktijk-list.tsx";
import { publishedPraktijkItems } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { decisionsForThemas } from "#app/besluiten/besluiten.server.ts";

// Public: the theme and its meetings. Learning questions are for signed-in people only.
export function loader({ request, params }: Route.LoaderArgs) {
  const found = getThema(params.slug);
  if (!found) throw notFound();
  const user = getUser(request);
  const signedIn = !!user;
  const [decision] = decisionsForThemas([found.thema.id]);
  return {
    // Decisions are for signed-in people; that a theme was decided, and when, is public.
    decision: decision
      ? { ...decision, link: can(user, "besluit:bekijken") ? `/besluiten/${decision.id}` : null }
      : null,
    canStartVote:
      found.thema.status === "voorgesteld" &&
      (!decision || !!decision.decidedAt) &&
      can(user, "besluit:voorstellen"),
    ...found,
    questions: signedIn ? found.questions : [],
    signedIn,
    essays: listPublishedEssays({ themaId: found.thema.id }),
    praktijkvoorbeelden: publishedPraktijkItems({ themaId: found.thema.id }),
  };
}

export default function Thema({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { thema, meetings, questions, signedIn } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{thema.name}</PageTitle>
      <div>
        <PreHeading>{t(`thema.${thema.status}Enkel`)}</PreHeading>
        <Heading1>{thema.name}</Heading1>
      </div>
      {loaderData.signedIn && (
        <Link to={`/themas/${thema.slug}/documenten`} className="utrecht-link">
          {t("bibliotheek.link")}
        </Link>
      )}
      <Paragraph lead>{thema.description}</Paragraph>
      <ThemaDecision
        decision={loaderData.decision}
        canStartVote={loaderData.canStartVote}
        slugId={thema.id}
      />
      <section aria-labelledby="essays">
        <Heading2 id="essays">{t("thema.essays")}</Heading2>
        {loaderData.essays.length === 0 ? (
          <Paragraph>{t("thema.geenEssays")}</Paragraph>
        ) : (
          <UnorderedList>
            {loaderData.essays.map((e) => (
              <UnorderedListItem key={e.id}>
                <Link to={`/essays/${e.slug}`} className="utrecht-link">
                  {e.publishedTitle}
                </Link>{" "}
                · {formatDateTime(locale, e.firstPublishedAt!, "date")}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <PraktijkSection items={loaderData.praktijkvoorbeelden} empty={t("praktijk.geenBijThema")} />
      <section aria-labelledby="bijeenkomsten">
        <Heading2 id="bijeenkomsten">{t("thema.bijeenkomsten")}</Heading2>
        {meetings.length === 0 ? (
          <Paragraph>{t("thema.geenBijeenkomsten")}</Paragraph>
        ) : (
          <UnorderedList>
            {meetings.map((m) => (
              <UnorderedListItem key={m.id}>
                {signedIn ? (
                  <Link to={`/bijeenkomsten/${m.id}`} className="utrecht-link">
                    {m.title}
                  </Link>
                ) : (
                  m.title
                )}{" "}
                · {formatDateTime(locale, m.startsAt, "date")} · {m.location} ·{" "}
                {t(`bijeenkomst.status.${m.status}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {signedIn && (
        <section aria-labelledby="leervragen">
          <Heading2 id="leervragen">{t("thema.leervragen")}</Heading2>
          {questions.length === 0 ? (
            <Paragraph>{t("thema.geenLeervragen")}</Paragraph>
          ) : (
            <UnorderedList>
              {questions.map((q) => (
                <UnorderedListItem key={q.id}>
                  <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                    {q.title}
                  </Link>{" "}
                  · {q.organisationName} · {t(`leervraag.status.${q.status}`)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      <Paragraph className="leerkring-muted">{t("landing.bron")}</Paragraph>
    </div>
  );
}

function ThemaDecision({
  decision,
  canStartVote,
  slugId,
}: {
  decision: { decidedAt: Date | null; deadline: Date; link: string | null } | null;
  canStartVote: boolean;
  slugId: number;
}) {
  const t = useT();
  const locale = useLocale();
  if (!decision && !canStartVote) return null;
  return (
    <section aria-labelledby="besluit" className="leerkring-card">
      <Heading2 id="besluit">{t("thema.besluit")}</Heading2>
      {decision && (
        <Paragraph>
          {decision.decidedAt
            ? t("thema.besloten", { datum: formatDateTime(locale, decision.decidedAt, "date") })
            : t("thema.stemmingLoopt", { datum: formatDateTime(locale, decision.deadline) })}{" "}
          {decision.link && (
            <Link to={decision.link} className="utrecht-link">
              {t("thema.naarBesluit")}
            </Link>
          )}
        </Paragraph>
      )}
      {canStartVote && (
        <Paragraph>
          <Link to={`/besluiten/nieuw?thema=${slugId}`} className="utrecht-link">
            {t("thema.stemmingStarten")}
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
