import {
  Button,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from "@utrecht/component-library-react";
import { Form, NavLink } from "react-router";
import { can } from "#app/auth/permissions.ts";
import { UnreadLink } from "#app/notifications/unread-link.tsx";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import type { Role } from "#db/schema.ts";

type ShellUser = { name: string; role: Role; monitor?: boolean; unread?: number } | null;

/** Header with navigation per role, skip link and landmarks around every page. */
export function AppShell({ user, children }: { user: ShellUser; children: React.ReactNode }) {
  const t = useT();
  const links: { to: string; label: MessageKey; show: boolean }[] = [
    { to: "/", label: "nav.overzicht", show: true },
    { to: "/agenda", label: "nav.agenda", show: can(user, "agenda:bekijken") },
    { to: "/programma", label: "nav.programma", show: can(user, "programma:bekijken") },
    { to: "/leervragen", label: "nav.leervragen", show: can(user, "leervraag:bekijken") },
    { to: "/aan-de-slag", label: "nav.aanDeSlag", show: can(user, "traject:bekijken") },
    { to: "/gemeenten", label: "nav.gemeenten", show: can(user, "gemeente:bekijken") },
    { to: "/themas", label: "nav.themas", show: true },
    { to: "/besluiten", label: "nav.besluiten", show: can(user, "besluit:bekijken") },
    { to: "/partners", label: "nav.partners", show: can(user, "partners:bekijken") },
    { to: "/essays", label: "nav.essays", show: true },
    { to: "/praktijkvoorbeelden", label: "praktijk.nav", show: true },
    { to: "/zoeken", label: "nav.zoeken", show: true },
    { to: "/monitor", label: "monitor.nav", show: !!user?.monitor },
    { to: "/rapportage", label: "nav.rapportage", show: can(user, "rapportage:bekijken") },
    // Interventions are read by whoever uses the monitor (app/auth/rules/interventie.ts).
    { to: "/interventies", label: "interventie.nav", show: !!user?.monitor },
    { to: "/tags", label: "tag.nav", show: can(user, "tag:beheren") },
    { to: "/beheer", label: "nav.beheer", show: can(user, "beheer:openen") },
    { to: "/account", label: "nav.account", show: !!user },
  ];
  return (
    <div className="leerkring-page">
      <SkipLink href="#inhoud">{t("nav.naarInhoud")}</SkipLink>
      <PageHeader className="leerkring-header">
        <div className="leerkring-header__inner">
          <NavLink to="/" className="leerkring-logo" aria-label={t("app.naarStart")}>
            Leerkring
          </NavLink>
          <nav aria-label={t("nav.hoofdmenu")} className="leerkring-nav">
            <ul>
              {links
                .filter((l) => l.show)
                .map((l) => (
                  <li key={l.to}>
                    <NavLink to={l.to} end={l.to === "/"}>
                      {t(l.label)}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="leerkring-user">
            {user ? (
              <>
                <UnreadLink initial={user.unread ?? 0} />
                <span className="leerkring-user__name">{user.name}</span>
                <Form method="post" action="/uitloggen">
                  <Button type="submit" appearance="subtle-button">
                    {t("nav.uitloggen")}
                  </Button>
                </Form>
              </>
            ) : (
              <NavLink to="/inloggen">{t("nav.inloggen")}</NavLink>
            )}
          </div>
        </div>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="leerkring-main">
        <PageContent>{children}</PageContent>
      </main>
      <PageFooter className="leerkring-footer">
        <Paragraph>{t("app.voettekst")}</Paragraph>
        <nav aria-label={t("verklaringen.voettekst")}>
          <ul className="leerkring-footer__links">
            <li>
              <NavLink to="/privacy" className="utrecht-link">
                {t("verklaringen.privacy.titel")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/toegankelijkheid" className="utrecht-link">
                {t("verklaringen.toegankelijkheid.titel")}
              </NavLink>
            </li>
          </ul>
        </nav>
      </PageFooter>
    </div>
  );
}
