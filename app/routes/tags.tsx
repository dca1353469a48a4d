import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Route } from "./+types/tags";
import { requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { TagForm } from "#app/tags/tag-form.tsx";
import { tagActionSchema } from "#app/tags/tag-schema.ts";
import { TagTable } from "#app/tags/tag-table.tsx";
import { addTag, listTagsWithUse, setTagRetired } from "#app/tags/tags.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { tagFamilies } from "#db/tags.ts";
import { useT } from "#shared/i18n/index.ts";

// /tags — staff keep the tags records choose from, per family: add one, retire one (it stays on
// the records that have it) and put it back.

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "tag:beheren");
  return { tags: listTagsWithUse() };
}

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "tag:beheren");
  const submission = parseSubmission(await request.formData(), tagActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const result =
    input.intent === "toevoegen"
      ? addTag(input)
      : input.tagId
        ? setTagRetired(input.tagId, input.intent === "intrekken")
        : { error: "onbekend" as const };
  if ("error" in result) {
    return result.error === "dubbel"
      ? invalid(submission, { fields: { name: { key: "tag.fout.dubbel" } } })
      : invalid(submission, { form: { key: "tag.fout.tagOnbekend" } }, { status: 404 });
  }
  return { done: `tag.gedaan.${input.intent}` as const };
}

export default function Tags({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const done = actionData && "done" in actionData ? actionData.done : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("tag.titel")}</PageTitle>
      <Heading1>{t("tag.titel")}</Heading1>
      <Paragraph>{t("tag.uitleg")}</Paragraph>
      <SuccessAlert message={done} />
      <section aria-labelledby="tag-formulier" className="leerkring-stack leerkring-card">
        <Heading2 id="tag-formulier">{t("tag.nieuw")}</Heading2>
        <TagForm key={done ?? "nieuw"} lastResult={actionData} />
      </section>
      {tagFamilies.map((family) => (
        <TagTable
          key={family}
          family={family}
          tags={loaderData.tags.filter((tag) => tag.family === family)}
        />
      ))}
    </div>
  );
}
