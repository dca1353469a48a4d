import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/aan-de-slag.nieuw";
import { submitTraject } from "#app/aan-de-slag/traject-route.server.ts";
import { TrajectForm } from "#app/aan-de-slag/traject-form.tsx";
import { trajectFormOptions } from "#app/aan-de-slag/trajecten.server.ts";
import { can } from "#app/auth/permissions.ts";
import { canCreateTraject, isLocalPartner } from "#app/auth/rules/traject.ts";
import { forbidden, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { tagChoices } from "#app/tags/tags.server.ts";
import { useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "traject:aanmaken");
  // Whoever does not start casework for any municipality starts it for their own, or (a local
  // partner) as their own organisation's request.
  const own = { organisationId: user.organisationId, aanvragerId: user.organisationId };
  if (!canCreateTraject(user, own)) throw forbidden();
  const choosesMunicipality = can(user, "traject:gemeente-kiezen");
  const asPartner = !choosesMunicipality && isLocalPartner(user);
  const ownMunicipality = !choosesMunicipality && !asPartner;
  return {
    options: trajectFormOptions(),
    tags: tagChoices(),
    ownMunicipality,
    organisationId: ownMunicipality ? String(user.organisationId) : "",
    aanvragerId: asPartner ? String(user.organisationId) : "",
    fixedAanvrager: asPartner,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "traject:aanmaken");
  const result = submitTraject(user, await request.formData());
  if ("response" in result) return result.response;
  return redirect(`/aan-de-slag/${result.id}?aangemaakt=1`);
}

export default function NieuwTraject({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("traject.nieuw")}</PageTitle>
      <Heading1>{t("traject.nieuw")}</Heading1>
      <Paragraph>{t("traject.nieuwUitleg")}</Paragraph>
      <TrajectForm
        values={{
          organisationId: loaderData.organisationId,
          title: "",
          description: "",
          themaId: "",
          wijkId: "",
          aanvragerId: loaderData.aanvragerId,
          status: "verkenning",
          doelgroepen: [],
          partners: {},
          memberIds: [],
          tagsOpgave: [],
          tagsBeleidsveld: [],
          tagsContext: [],
        }}
        options={loaderData.options}
        tags={loaderData.tags}
        fixedOrganisation={loaderData.ownMunicipality}
        fixedAanvrager={loaderData.fixedAanvrager}
        lastResult={actionData}
        submitLabel={t("traject.aanmaken")}
        cancelTo="/aan-de-slag"
      />
    </div>
  );
}
