import {
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/besluiten";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { isBesluitOpen } from "#app/auth/rules/besluit.ts";
import { listBesluiten } from "#app/besluiten/besluiten.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// Decisions of the trajectory: open proposals first, then those whose voting closed or that were decided.
export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "besluit:bekijken");
  const now = new Date();
  const all = listBesluiten().map((b) => ({ ...b, open: isBesluitOpen({ ...b, now }) }));
  return {
    open: all.filter((b) => b.open).reverse(),
    closed: all.filter((b) => !b.open),
    canPropose: can(user, "besluit:voorstellen"),
  };
}

export default function Besluiten({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const sections = [
    { id: "open", title: t("besluit.open"), items: loaderData.open },
    { id: "gesloten", title: t("besluit.gesloten"), items: loaderData.closed },
  ];
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("besluit.lijst")}</PageTitle>
      <Heading1>{t("besluit.lijst")}</Heading1>
      <Paragraph>{t("besluit.lijstUitleg")}</Paragraph>
      {loaderData.canPropose && (
        <Paragraph>
          <ButtonLink href="/besluiten/nieuw" appearance="primary-action-button">
            {t("besluit.nieuw")}
          </ButtonLink>
        </Paragraph>
      )}
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="leerkring-stack">
          <Heading2 id={s.id}>{s.title}</Heading2>
          {s.items.length === 0 ? (
            <Paragraph>{t("besluit.geen")}</Paragraph>
          ) : (
            <UnorderedList>
              {s.items.map((b) => (
                <UnorderedListItem key={b.id}>
                  <Link to={`/besluiten/${b.id}`} className="utrecht-link">
                    {b.title}
                  </Link>{" "}
                  ·{" "}
                  {b.decidedAt
                    ? t("besluit.besloten", { datum: formatDateTime(locale, b.decidedAt, "date") })
                    : t(b.open ? "besluit.stemmenTot" : "besluit.stemmingGesloten", {
                        datum: formatDateTime(locale, b.deadline),
                      })}
                  {" · "}
                  {t(`besluit.kiezers.${b.kiezers}`)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      ))}
    </div>
  );
}
