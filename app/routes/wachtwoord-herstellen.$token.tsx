import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/wachtwoord-herstellen.$token";
import { findUsableToken } from "#app/auth/account-tokens.server.ts";
import { personalWords, resetPassword } from "#app/auth/accounts.server.ts";
import { newPasswordFields } from "#app/auth/password.server.ts";
import { blankSessionCookie } from "#app/auth/session.server.ts";
import { FormAlert } from "#app/components/fields-legacy.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";

export function loader({ params }: Route.LoaderArgs) {
  const valid = !!findUsableToken(params.token, "wachtwoordherstel");
  return data({ valid }, { status: valid ? 200 : 410 });
}

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const reset = findUsableToken(params.token, "wachtwoordherstel");
  if (!reset?.userId) return formError("herstellen.ongeldig", formData, { status: 410 });
  const parsed = parseForm(newPasswordFields(personalWords(reset.userId)), formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  if (!(await resetPassword(reset.id, reset.userId, parsed.data.password))) {
    return formError("herstellen.ongeldig", formData, { status: 410 });
  }
  return redirect("/inloggen?hersteld=1", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function WachtwoordHerstellen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <div className="leerkring-form">
      <PageTitle>{t("herstellen.titel")}</PageTitle>
      <Heading1>{t("herstellen.titel")}</Heading1>
      {loaderData.valid ? (
        <>
          <FormAlert failure={failure} />
          <Form method="post" className="leerkring-form" noValidate>
            <NewPasswordFields failure={failure} />
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
