import { Heading1 } from "@utrecht/component-library-react";
import { NavLink, Outlet } from "react-router";
import type { Route } from "./+types/beheer";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT, type MessageKey } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "beheer:openen");
  const sections: { to: string; label: MessageKey; show: boolean }[] = [
    { to: "uitnodigingen", label: "beheer.uitnodigingen", show: true },
    { to: "organisaties", label: "beheer.organisaties", show: can(user, "organisatie:beheren") },
    { to: "accounts", label: "beheer.accounts", show: can(user, "gebruiker:beheren") },
    {
      to: "indicatoren",
      label: "monitor.beheer.indicatoren",
      show: can(user, "indicator:beheren"),
    },
    { to: "e-mail", label: "beheer.email", show: can(user, "e-mail:beheren") },
    {
      to: "verklaringen",
      label: "verklaringen.beheer.nav",
      show: can(user, "verklaring:beheren"),
    },
    { to: "audit", label: "audit.titel", show: can(user, "audit:bekijken") },
    {
      to: "verwijderverzoeken",
      label: "gegevens.verzoeken.titel",
      show: can(user, "account:wissen"),
    },
    { to: "api-sleutels", label: "apiSleutel.nav", show: can(user, "api-sleutel:beheren") },
  ];
  return { sections: sections.filter((s) => s.show) };
}

export default function Beheer({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.titel")}</PageTitle>
      <Heading1>{t("beheer.titel")}</Heading1>
      <nav aria-label={t("beheer.onderdelen")} className="leerkring-subnav">
        <ul>
          {loaderData.sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to}>{t(s.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
