import { Heading1 } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/aan-de-slag.$id.bewerken";
import { submitTraject } from "#app/aan-de-slag/traject-route.server.ts";
import { TrajectForm } from "#app/aan-de-slag/traject-form.tsx";
import { getTraject, trajectFormOptions } from "#app/aan-de-slag/trajecten.server.ts";
import { can } from "#app/auth/permissions.ts";
import { canEditTraject, canMoveTraject, isLocalPartner } from "#app/auth/rules/traject.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { tagChoices, tagsOf, tagValues } from "#app/tags/tags.server.ts";
import { useT } from "#shared/i18n/index.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "traject:bekijken");
  const traject = requireFound(idParam, getTraject);
  if (!canEditTraject(user, traject)) throw forbidden();
  return { user, traject };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, traject } = load(request, params.id);
  const current = tagsOf("traject", traject.id);
  return {
    id: traject.id,
    options: trajectFormOptions(),
    tags: tagChoices(current),
    fixedOrganisation: !canMoveTraject(user, traject),
    fixedAanvrager: isLocalPartner(user) && !can(user, "traject:gemeente-kiezen"),
    values: {
      organisationId: String(traject.organisationId),
      title: traject.title,
      description: traject.description,
      themaId: traject.themaId ? String(traject.themaId) : "",
      wijkId: traject.wijkId ? String(traject.wijkId) : "",
      aanvragerId: traject.aanvragerId ? String(traject.aanvragerId) : "",
      status: traject.status,
      doelgroepen: traject.doelgroepen,
      partners: Object.fromEntries(traject.partners.map((p) => [String(p.organisationId), p.role])),
      memberIds: traject.memberIds.map(String),
      ...tagValues(current),
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, traject } = load(request, params.id);
  const result = submitTraject(user, await request.formData(), traject);
  if ("response" in result) return result.response;
  return redirect(`/aan-de-slag/${traject.id}?gewijzigd=1`);
}

export default function TrajectBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("traject.wijzigen")}</PageTitle>
      <Heading1>{t("traject.wijzigen")}</Heading1>
      <TrajectForm
        values={loaderData.values}
        options={loaderData.options}
        tags={loaderData.tags}
        fixedOrganisation={loaderData.fixedOrganisation}
        fixedAanvrager={loaderData.fixedAanvrager}
        lastResult={actionData}
        submitLabel={t("actie.opslaan")}
        cancelTo={`/aan-de-slag/${loaderData.id}`}
      />
    </div>
  );
}
