import { Heading1 } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/interventies.$id.bewerken";
import { canChooseInterventieGemeente } from "#app/auth/rules/interventie.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { InterventieForm } from "#app/interventies/interventie-form.tsx";
import { submitInterventie } from "#app/interventies/interventie-route.server.ts";
import {
  interventieFormOptions,
  interventieValues,
  requireInterventie,
  requireInterventieViewer,
} from "#app/interventies/interventies.server.ts";
import { useT } from "#shared/i18n/index.ts";

function load(request: Request, id: string) {
  const viewer = requireInterventieViewer(request);
  return { viewer, interventie: requireInterventie(viewer, id, "schrijven") };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, interventie } = load(request, params.id);
  return {
    id: interventie.id,
    title: interventie.title,
    options: interventieFormOptions(viewer, interventie),
    fixedOrganisation: !canChooseInterventieGemeente(viewer),
    values: interventieValues(interventie, null),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, interventie } = load(request, params.id);
  const result = submitInterventie(viewer, await request.formData(), interventie);
  if ("response" in result) return result.response;
  return redirect(`/interventies/${interventie.id}?gewijzigd`);
}

export default function InterventieBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const title = t("interventie.wijzigen", { titel: loaderData.title });
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Heading1>{title}</Heading1>
      <InterventieForm
        values={loaderData.values}
        options={loaderData.options}
        fixedOrganisation={loaderData.fixedOrganisation}
        lastResult={actionData}
        submitLabel={t("actie.opslaan")}
        cancelTo={`/interventies/${loaderData.id}`}
      />
    </div>
  );
}
