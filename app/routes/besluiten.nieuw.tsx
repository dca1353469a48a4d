import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/besluiten.nieuw";
import { requirePermission } from "#app/auth/user.server.ts";
import { BesluitForm } from "#app/besluiten/besluit-form.tsx";
import { besluitSchema } from "#app/besluiten/besluit-schema.ts";
import { proposeBesluit, proposedThemas } from "#app/besluiten/besluiten.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

const WEEK = 7 * 86_400_000;

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "besluit:voorstellen");
  const themas = proposedThemas().map((th) => ({ value: String(th.id), label: th.name }));
  // ?thema=<id> from a proposed theme's page chooses it.
  const asked = new URL(request.url).searchParams.get("thema") ?? "";
  const { date } = toAmsterdamInputs(new Date(Date.now() + 2 * WEEK));
  return {
    themas,
    defaultThemaId: themas.some((th) => th.value === asked) ? asked : "",
    defaultDeadline: { date, time: "17:00" },
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "besluit:voorstellen");
  const submission = parseSubmission(await request.formData(), besluitSchema);
  if (submission.status !== "success") return invalid(submission);
  const result = proposeBesluit(submission.value, user);
  if ("error" in result) {
    return invalid(submission, {
      fields:
        result.error === "deadline-past"
          ? { deadlineDate: { key: "fout.deadlineVoorbij" } }
          : { themaId: { key: "fout.themaNietVoorgesteld" } },
    });
  }
  return redirect(`/besluiten/${result.id}?voorgesteld=1`);
}

export default function NieuwBesluit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("besluit.nieuw")}</PageTitle>
      <Heading1>{t("besluit.nieuw")}</Heading1>
      <Paragraph>{t("besluit.nieuwUitleg")}</Paragraph>
      <BesluitForm
        themas={loaderData.themas}
        defaultThemaId={loaderData.defaultThemaId}
        defaultDeadline={loaderData.defaultDeadline}
        lastResult={actionData}
      />
    </div>
  );
}
