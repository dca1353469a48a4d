import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/interventies.nieuw";
import { canChooseInterventieGemeente, canWriteInterventie } from "#app/auth/rules/interventie.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { InterventieForm } from "#app/interventies/interventie-form.tsx";
import { submitInterventie } from "#app/interventies/interventie-route.server.ts";
import {
  interventieFormOptions,
  interventieValues,
  requireInterventieViewer,
} from "#app/interventies/interventies.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /interventies/nieuw — record a policy intervention: a member for their own municipality,
// project leaders and staff for any.

function load(request: Request) {
  const viewer = requireInterventieViewer(request);
  const choose = canChooseInterventieGemeente(viewer);
  if (!choose && !canWriteInterventie(viewer, viewer)) throw forbidden();
  return { viewer, choose };
}

export function loader({ request }: Route.LoaderArgs) {
  const { viewer, choose } = load(request);
  return {
    options: interventieFormOptions(viewer),
    fixedOrganisation: !choose,
    values: interventieValues(null, choose ? null : viewer.organisationId),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { viewer } = load(request);
  const result = submitInterventie(viewer, await request.formData());
  if ("response" in result) return result.response;
  return redirect(`/interventies/${result.id}?vastgelegd`);
}

export default function NieuweInterventie({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("interventie.nieuw")}</PageTitle>
      <Heading1>{t("interventie.nieuw")}</Heading1>
      <Paragraph>{t("interventie.nieuwUitleg")}</Paragraph>
      <InterventieForm
        values={loaderData.values}
        options={loaderData.options}
        fixedOrganisation={loaderData.fixedOrganisation}
        lastResult={actionData}
        submitLabel={t("interventie.vastleggen")}
        cancelTo="/interventies"
      />
    </div>
  );
}
