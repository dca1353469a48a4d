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

// Public: the theme and its meetings. Learning questions are for signed-in people only.
export function loader({ request, params }: Route.LoaderArgs) {
  const found = getThema(params.slug);
  if (!found) throw notFound();
  const signedIn = !!getUser(request);
  return {
    ...found,
    questions: signedIn ? found.questions : [],
    signedIn,
    essays: listPublishedEssays({ themaId: found.thema.id }),
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
        <PreHeading>
          {thema.status === "gekozen" ? t("thema.gekozenEnkel") : t("thema.voorgesteldEnkel")}
        </PreHeading>
        <Heading1>{thema.name}</Heading1>
      </div>
      {loaderData.signedIn && (
        <Link to={`/themas/${thema.slug}/documenten`} className="utrecht-link">
          {t("bibliotheek.link")}
        </Link>
      )}
      <Paragraph lead>{thema.description}</Paragraph>
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
