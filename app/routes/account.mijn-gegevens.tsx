import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/account.mijn-gegevens";
import { requirePermission } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { requestErasure } from "#app/gegevens/erasure.server.ts";
import { erasureRequestSchema } from "#app/gegevens/gegevens-schema.ts";
import { PersonalDataView } from "#app/gegevens/personal-data-view.tsx";
import { personalData } from "#app/gegevens/personal-data.server.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// Everything Leerkring holds about the signed-in person (AVG article 15), the download as JSON
// (article 20, /account/mijn-gegevens.json) and the request for erasure (article 17).

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "account:eigen-beheren");
  return { data: personalData(user.id)! };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "account:eigen-beheren");
  const submission = parseSubmission(await request.formData(), erasureRequestSchema);
  if (submission.status !== "success") return invalid(submission);
  requestErasure(user.id);
  return { done: "gegevens.wissen.verstuurd" as const };
}

export default function MijnGegevens({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { data } = loaderData;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const [form] = useSchemaForm(erasureRequestSchema, { lastResult: actionData });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("gegevens.titel")}</PageTitle>
      <Heading1>{t("gegevens.titel")}</Heading1>
      <Paragraph>{t("gegevens.intro")}</Paragraph>
      <Paragraph>
        {/* A download, not a page: a full request, so React Router does not fetch it as data. */}
        <Link to="/account/mijn-gegevens.json" reloadDocument className="utrecht-link">
          {t("gegevens.download")}
        </Link>
      </Paragraph>
      <PersonalDataView data={data} />
      <section aria-labelledby="wissen" className="leerkring-stack">
        <Heading2 id="wissen">{t("gegevens.wissen.titel")}</Heading2>
        <SuccessAlert message={done} />
        <FormAlert form={form} />
        <Paragraph>{t("gegevens.wissen.uitleg")}</Paragraph>
        {data.verwijderverzoek ? (
          <Paragraph>
            {t("gegevens.wissen.gevraagd", {
              datum: formatDateTime(locale, data.verwijderverzoek.gevraagd),
            })}
          </Paragraph>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="wissen-vragen" />
            <Button type="submit" appearance="secondary-action-button">
              {t("gegevens.wissen.knop")}
            </Button>
          </Form>
        )}
      </section>
    </div>
  );
}
