import { Heading1 } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/praktijkvoorbeelden.$slug.bewerken";
import {
  canChoosePraktijkGemeente,
  canWritePraktijkvoorbeeld,
} from "#app/auth/rules/praktijkvoorbeeld.ts";
import { forbidden, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  praktijkValues,
  requireReadable,
  submitPraktijkvoorbeeld,
} from "#app/praktijkvoorbeelden/praktijk-route.server.ts";
import { PraktijkvoorbeeldForm } from "#app/praktijkvoorbeelden/praktijkvoorbeeld-form.tsx";
import { praktijkFormOptions } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /praktijkvoorbeelden/:slug/bewerken — change the working copy. A published example is changed
// in concept (put back first, on its page); readers keep the published snapshot meanwhile.

function load(request: Request, slug: string) {
  const viewer = requirePermission(request, "praktijkvoorbeeld:schrijven");
  const { row } = requireReadable(request, slug);
  if (!canWritePraktijkvoorbeeld(viewer, row) || row.status !== "concept") throw forbidden();
  return { viewer, row };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, row } = load(request, params.slug);
  return {
    slug: row.slug,
    title: row.title,
    options: praktijkFormOptions(viewer),
    fixedOrganisation: !canChoosePraktijkGemeente(viewer),
    values: praktijkValues(row, { organisationId: null, themaId: null, bijeenkomstId: null }),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, row } = load(request, params.slug);
  const result = submitPraktijkvoorbeeld(viewer, await request.formData(), row);
  if ("response" in result) return result.response;
  return redirect(`/praktijkvoorbeelden/${row.slug}?opgeslagen`);
}

export default function PraktijkvoorbeeldBewerken({
  loaderData,
  actionData,
}: Route.ComponentProps) {
  const t = useT();
  const title = t("praktijk.wijzigen", { titel: loaderData.title });
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Heading1>{title}</Heading1>
      <PraktijkvoorbeeldForm
        values={loaderData.values}
        options={loaderData.options}
        fixedOrganisation={loaderData.fixedOrganisation}
        lastResult={actionData}
        submitLabel={t("praktijk.opslaanConcept")}
        cancelTo={`/praktijkvoorbeelden/${loaderData.slug}`}
      />
    </div>
  );
}
