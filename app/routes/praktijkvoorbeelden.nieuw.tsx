import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/praktijkvoorbeelden.nieuw";
import {
  canChoosePraktijkGemeente,
  canStartPraktijkvoorbeeld,
} from "#app/auth/rules/praktijkvoorbeeld.ts";
import { forbidden, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  praktijkValues,
  submitPraktijkvoorbeeld,
} from "#app/praktijkvoorbeelden/praktijk-route.server.ts";
import { PraktijkvoorbeeldForm } from "#app/praktijkvoorbeelden/praktijkvoorbeeld-form.tsx";
import { praktijkFormOptions } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /praktijkvoorbeelden/nieuw — write a practice example: a member about their own municipality,
// project leaders and staff about any. `?bijeenkomst=<id>` (the follow-up page's link) fills in
// the held theme meeting and its theme.

function load(request: Request) {
  const viewer = requirePermission(request, "praktijkvoorbeeld:schrijven");
  if (!canStartPraktijkvoorbeeld(viewer)) throw forbidden();
  return viewer;
}

export function loader({ request }: Route.LoaderArgs) {
  const viewer = load(request);
  const options = praktijkFormOptions(viewer);
  const choose = canChoosePraktijkGemeente(viewer);
  const asked = new URL(request.url).searchParams.get("bijeenkomst");
  const meeting = options.meetings.find((m) => String(m.id) === asked);
  return {
    options,
    fixedOrganisation: !choose,
    values: praktijkValues(null, {
      organisationId: choose ? null : viewer.organisationId,
      themaId: meeting?.themaId ? String(meeting.themaId) : null,
      bijeenkomstId: meeting ? String(meeting.id) : null,
    }),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = load(request);
  const result = submitPraktijkvoorbeeld(viewer, await request.formData());
  if ("response" in result) return result.response;
  return redirect(`/praktijkvoorbeelden/${result.slug}?opgeslagen`);
}

export default function NieuwPraktijkvoorbeeld({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("praktijk.nieuw")}</PageTitle>
      <Heading1>{t("praktijk.nieuw")}</Heading1>
      <Paragraph>{t("praktijk.nieuwUitleg")}</Paragraph>
      <PraktijkvoorbeeldForm
        values={loaderData.values}
        options={loaderData.options}
        fixedOrganisation={loaderData.fixedOrganisation}
        lastResult={actionData}
        submitLabel={t("praktijk.opslaanConcept")}
        cancelTo="/praktijkvoorbeelden"
      />
    </div>
  );
}
