import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/leervragen.nieuw";
import { forbidden, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { canCreateLeervraag, canRequestIntervisie } from "#app/auth/rules/leervraag.ts";
import { LeervraagForm } from "#app/leervragen/leervraag-form.tsx";
import { leervraagSchema } from "#app/leervragen/leervraag-schema.ts";
import {
  submitLeervraag,
  themaExists,
  themaOptions,
  werkvormErrors,
} from "#app/leervragen/leervragen.server.ts";
import { leervraagFromHerkenning } from "#app/uitdagingen/uitdagingen.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { tagChoices, tagErrors } from "#app/tags/tags.server.ts";
import { wijkOf, wijkOptions } from "#app/wijken/wijken.server.ts";

function requireSubmitter(request: Request) {
  const user = requirePermission(request, "leervraag:indienen");
  if (!canCreateLeervraag(user)) throw forbidden();
  return user;
}

export function loader({ request }: Route.LoaderArgs) {
  const user = requireSubmitter(request);
  const herkenning = new URL(request.url).searchParams.get("herkenning") ?? undefined;
  return {
    themas: themaOptions(),
    wijken: wijkOptions(user.organisationId),
    tags: tagChoices(),
    intervisieAllowed: canRequestIntervisie(user),
    // Made from a recognised challenge of Schema C: pre-filled, and linked back on submitting.
    prefill: leervraagFromHerkenning(parseId(herkenning), user),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requireSubmitter(request);
  const formData = await request.formData();
  const submission = parseSubmission(formData, leervraagSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const werkvormError = werkvormErrors(user, input);
  if (werkvormError) return invalid(submission, { fields: werkvormError });
  if (!themaExists(input.themaId)) {
    return invalid(submission, { fields: { themaId: { key: "fout.kiesThema" } } });
  }
  if (input.wijkId && !wijkOf(user.organisationId, input.wijkId)) {
    return invalid(submission, { fields: { wijkId: { key: "wijk.fout.nietVanGemeente" } } });
  }
  const tagError = tagErrors(input);
  if (tagError) return invalid(submission, { fields: tagError });
  const id = submitLeervraag(user, input);
  return redirect(`/leervragen/${id}?ingediend=1`);
}

export default function NieuweLeervraag({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { prefill } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("leervraag.nieuw")}</PageTitle>
      <Heading1>{t("leervraag.nieuw")}</Heading1>
      <Paragraph>{t("leervraag.nieuwUitleg")}</Paragraph>
      {prefill && <Paragraph>{t("uitdaging.leervraag.vooringevuld")}</Paragraph>}
      <LeervraagForm
        values={{
          title: "",
          question: "",
          casus: "",
          context: "",
          themaId: "",
          wijkId: "",
          tagsOpgave: [],
          tagsBeleidsveld: [],
          tagsContext: [],
          ...prefill,
          werkvormen: [loaderData.intervisieAllowed ? "intervisie" : "themabijeenkomst"],
        }}
        themas={loaderData.themas}
        wijken={loaderData.wijken}
        tags={loaderData.tags}
        intervisieAllowed={loaderData.intervisieAllowed}
        lastResult={actionData}
        submitLabel={t("leervraag.indienen")}
        cancelTo="/leervragen"
      />
    </div>
  );
}
