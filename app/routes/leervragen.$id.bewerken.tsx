import { Heading1 } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/leervragen.$id.bewerken";
import { canEditLeervraag, canRequestIntervisie } from "#app/auth/rules/leervraag.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { LeervraagForm } from "#app/leervragen/leervraag-form.tsx";
import { leervraagSchema } from "#app/leervragen/leervraag-schema.ts";
import {
  getLeervraag,
  themaExists,
  themaOptions,
  werkvormErrors,
  updateLeervraag,
} from "#app/leervragen/leervragen.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { tagChoices, tagErrors, tagsOf, tagValues } from "#app/tags/tags.server.ts";
import { wijkOf, wijkOptions } from "#app/wijken/wijken.server.ts";

/** Only the municipality's own members, and only before the question has been discussed. */
function load(request: Request, idParam: string) {
  const user = requirePermission(request, "leervraag:bekijken");
  const leervraag = requireFound(idParam, getLeervraag);
  if (!canEditLeervraag(user, leervraag)) throw forbidden();
  return { user, q: leervraag };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, q } = load(request, params.id);
  const current = tagsOf("leervraag", q.id);
  return {
    id: q.id,
    themas: themaOptions(),
    wijken: wijkOptions(q.organisationId),
    tags: tagChoices(current),
    intervisieAllowed: canRequestIntervisie(user),
    values: {
      title: q.title,
      question: q.question,
      casus: q.casus,
      context: q.context,
      themaId: q.themaId ? String(q.themaId) : "",
      wijkId: q.wijkId ? String(q.wijkId) : "",
      werkvormen: q.werkvormen,
      ...tagValues(current),
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, q } = load(request, params.id);
  const formData = await request.formData();
  const submission = parseSubmission(formData, leervraagSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const werkvormError = werkvormErrors(user, input);
  if (werkvormError) return invalid(submission, { fields: werkvormError });
  if (!themaExists(input.themaId)) {
    return invalid(submission, { fields: { themaId: { key: "fout.kiesThema" } } });
  }
  if (input.wijkId && !wijkOf(q.organisationId, input.wijkId)) {
    return invalid(submission, { fields: { wijkId: { key: "wijk.fout.nietVanGemeente" } } });
  }
  const tagError = tagErrors(input, tagsOf("leervraag", q.id));
  if (tagError) return invalid(submission, { fields: tagError });
  updateLeervraag(q.id, input);
  return redirect(`/leervragen/${q.id}?gewijzigd=1`);
}

export default function LeervraagBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("leervraag.wijzigen")}</PageTitle>
      <Heading1>{t("leervraag.wijzigen")}</Heading1>
      <LeervraagForm
        values={loaderData.values}
        themas={loaderData.themas}
        wijken={loaderData.wijken}
        tags={loaderData.tags}
        intervisieAllowed={loaderData.intervisieAllowed}
        lastResult={actionData}
        submitLabel={t("actie.opslaan")}
        cancelTo={`/leervragen/${loaderData.id}`}
      />
    </div>
  );
}
