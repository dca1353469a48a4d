import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/themas";
import { can } from "#app/auth/permissions.ts";
import { getUser, notFound, requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { ProposeThemaForm } from "#app/themas/propose-thema-form.tsx";
import { themaIntents } from "#app/themas/thema-schema.ts";
import { listThemas, proposeThema, setThemaStatus } from "#app/themas/themas.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";

// The theme pages are public: they show what the trajectory is about.
export function loader({ request }: Route.LoaderArgs) {
  const user = getUser(request);
  return { themas: listThemas(), canManage: can(user, "thema:beheren") };
}

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "thema:beheren");
  const submission = parseSubmission(await request.formData(), themaIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "voorstellen") {
    const result = proposeThema({ name: command.name, description: command.description });
    if ("error" in result)
      return invalid(submission, { fields: { name: { key: "fout.naamBestaat" } } });
    return { done: "thema.voorgesteldMelding" as const };
  }
  if (!setThemaStatus(command.id, command.intent === "kiezen" ? "gekozen" : "voorgesteld"))
    throw notFound();
  return { done: "thema.statusGewijzigd" as const };
}

export default function Themas({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const sections = [
    { status: "gekozen", title: t("thema.gekozen") },
    { status: "voorgesteld", title: t("thema.voorgesteld") },
    { status: "afgewezen", title: t("thema.afgewezen") },
  ] as const;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("thema.lijst")}</PageTitle>
      <Heading1>{t("thema.lijst")}</Heading1>
      <Paragraph>{t("thema.lijstUitleg")}</Paragraph>
      <SuccessAlert message={actionData && "done" in actionData ? actionData.done : null} />
      {sections.map((section) => {
        const items = loaderData.themas.filter((th) => th.status === section.status);
        // Rejected themes appear once a decision rejected one.
        if (section.status === "afgewezen" && items.length === 0) return null;
        return (
          <section
            key={section.status}
            aria-labelledby={section.status}
            className="leerkring-stack"
          >
            <Heading2 id={section.status}>{section.title}</Heading2>
            {items.length === 0 ? (
              <Paragraph>{t("thema.geen")}</Paragraph>
            ) : (
              <div className="leerkring-grid">
                {items.map((th) => (
                  <article key={th.id} className="leerkring-card">
                    <h3 className="utrecht-heading-3">
                      <Link to={`/themas/${th.slug}`} className="utrecht-link">
                        {th.name}
                      </Link>
                    </h3>
                    <Paragraph>{th.description}</Paragraph>
                    {loaderData.canManage && (
                      <Form method="post">
                        <input
                          type="hidden"
                          name="intent"
                          value={th.status === "voorgesteld" ? "kiezen" : "terugzetten"}
                        />
                        <input type="hidden" name="id" value={th.id} />
                        <Button type="submit" appearance="subtle-button">
                          {th.status === "voorgesteld"
                            ? t("thema.markeerGekozen")
                            : t("thema.terugNaarVoorgesteld")}
                          <span className="visually-hidden"> {th.name}</span>
                        </Button>
                      </Form>
                    )}
                  </article>
                ))}
              </div>
            )}
          </section>
        );
      })}
      <Paragraph className="leerkring-muted">{t("landing.bron")}</Paragraph>
      {loaderData.canManage && (
        <section aria-labelledby="voorstellen" className="leerkring-card">
          <Heading2 id="voorstellen">{t("thema.voorstellen")}</Heading2>
          <ProposeThemaForm lastResult={actionData} />
        </section>
      )}
    </div>
  );
}
