import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/wachtwoord-herstellen.$token";
import { findUsableToken } from "#app/auth/account-tokens.server.ts";
import { personalWords, resetPassword } from "#app/auth/accounts.server.ts";
import { passwordResetSchema } from "#app/auth/password-schema.ts";
import { passwordSchema } from "#app/auth/password.server.ts";
import { blankSessionCookie } from "#app/auth/session.server.ts";
import { FormAlert } from "#app/components/fields.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

export function loader({ params }: Route.LoaderArgs) {
  const valid = !!findUsableToken(params.token, "wachtwoordherstel");
  return data({ valid }, { status: valid ? 200 : 410 });
}

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const reset = findUsableToken(params.token, "wachtwoordherstel");
  const gone = { form: { key: "herstellen.ongeldig" } } as const;
  if (!reset?.userId) {
    return invalid(parseSubmission(formData, passwordResetSchema()), gone, { status: 410 });
  }
  const schema = passwordResetSchema(passwordSchema(personalWords(reset.userId)));
  const submission = parseSubmission(formData, schema);
  if (submission.status !== "success") return invalid(submission);
  if (!(await resetPassword(reset.id, reset.userId, submission.value.password))) {
    return invalid(submission, gone, { status: 410 });
  }
  return redirect("/inloggen?hersteld=1", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function WachtwoordHerstellen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useSchemaForm(passwordResetSchema(), { lastResult: actionData });
  return (
    <div className="leerkring-form">
      <PageTitle>{t("herstellen.titel")}</PageTitle>
      <Heading1>{t("herstellen.titel")}</Heading1>
      {loaderData.valid ? (
        <>
          <FormAlert form={form} />
          <Form
            method="post"
            id={form.id}
            onSubmit={form.onSubmit}
            noValidate
            className="leerkring-form"
          >
            <NewPasswordFields fields={fields} />
            <Button type="submit" appearance="primary-action-button">
              {t("herstellen.knop")}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <Paragraph>{t("herstellen.ongeldig")}</Paragraph>
          <Paragraph>
            <Link to="/wachtwoord-vergeten" className="utrecht-link">
              {t("inloggen.vergeten")}
            </Link>
          </Paragraph>
        </>
      )}
    </div>
  );
}
