import { Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/documenten";
import { notFound, requireUser } from "#app/auth/user.server.ts";
import { AttachmentTable } from "#app/bijlagen/attachments.tsx";
import { libraryRows, libraryScope, visibleBijlagen } from "#app/bijlagen/bijlagen.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";

// The document library of a meeting, a municipality or a theme (one module, three routes in
// app/routes.ts): what was attached there and to the records beneath it (a meeting's programme
// items, learning questions and essay; a municipality's questions, casework log and hosted
// sessions; a theme's meetings, questions, casework and essays). Each row is shown only to who
// may read its record (app/auth/rules/bijlage.ts), as on the record's own page.

const kindOfPath = {
  bijeenkomsten: "bijeenkomst",
  gemeenten: "gemeente",
  themas: "thema",
} as const;

export function loader({ request, params }: Route.LoaderArgs) {
  const user = requireUser(request);
  const segment = new URL(request.url).pathname.split("/")[1] as keyof typeof kindOfPath;
  const kind = kindOfPath[segment];
  const found = kind ? libraryScope(kind, params.id ?? params.slug ?? "") : null;
  if (!found) throw notFound();
  const items = visibleBijlagen(user, libraryRows(found.scope)).map(
    ({ sha256: _sha, owner, ...row }) => ({
      ...row,
      where: { href: owner.href, label: owner.title },
    }),
  );
  return { name: found.name, href: found.href, items };
}

export default function Documenten({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { name, href, items } = loaderData;
  const byId = new Map(items.map((i) => [i.id, i.where]));
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("bibliotheek.titel", { naam: name })}</PageTitle>
      <div>
        <PreHeading>
          <Link to={href} className="utrecht-link">
            {name}
          </Link>
        </PreHeading>
        <Heading1>{t("bibliotheek.titel", { naam: name })}</Heading1>
      </div>
      <Paragraph>{t("bibliotheek.uitleg")}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t("bibliotheek.geen")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("bibliotheek.aantal", { count: items.length })}</Paragraph>
          <AttachmentTable
            items={items}
            caption={t("bibliotheek.titel", { naam: name })}
            where={(item) => byId.get(item.id)!}
          />
        </>
      )}
    </div>
  );
}
