import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/uitnodiging.$token";
import { findUsableInvitation } from "#app/auth/account-tokens.server.ts";
import { acceptInvitation } from "#app/auth/accounts.server.ts";
import { invitationAcceptSchema } from "#app/auth/password-schema.ts";
import { passwordSchema } from "#app/auth/password.server.ts";
import { createSession, sessionCookie } from "#app/auth/session.server.ts";
import { FormAlert, TextField } from "#app/components/fields.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

export function loader({ params }: Route.LoaderArgs) {
  const found = findUsableInvitation(params.token);
  if (!found) return data({ valid: false as const }, { status: 410 });
  const { invitation, organisationName } = found;
  return {
    valid: true as const,
    email: invitation.email,
    role: invitation.role!,
    organisationName,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const found = findUsableInvitation(params.token);
  if (!found) {
    const submission = parseSubmission(formData, invitationAcceptSchema());
    return invalid(submission, { form: { key: "uitnodiging.ongeldig" } }, { status: 410 });
  }
  const personal = [
    String(formData.get("name") ?? ""),
    found.invitation.email,
    found.organisationName,
  ];
  const submission = parseSubmission(formData, invitationAcceptSchema(passwordSchema(personal)));
  if (submission.status !== "success") return invalid(submission);
  const result = await acceptInvitation(found.invitation, submission.value);
  if ("error" in result) {
    const key = result.error === "email-taken" ? "uitnodiging.alAccount" : "uitnodiging.ongeldig";
    return invalid(submission, { form: { key } }, { status: 409 });
  }
  const { token, session } = createSession(result.userId, {
    userAgent: request.headers.get("User-Agent"),
  });
  return redirect("/", { headers: { "Set-Cookie": sessionCookie(token, session) } });
}

export default function Uitnodiging({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useSchemaForm(invitationAcceptSchema(), { lastResult: actionData });
  if (!loaderData.valid) {
    return (
      <>
        <PageTitle>{t("uitnodiging.titel")}</PageTitle>
        <Heading1>{t("uitnodiging.titel")}</Heading1>
        <Paragraph>{t("uitnodiging.ongeldig")}</Paragraph>
        <Paragraph>
          <Link to="/inloggen" className="utrecht-link">
            {t("nav.inloggen")}
          </Link>
        </Paragraph>
      </>
    );
  }
  return (
    <div className="leerkring-form">
      <PageTitle>{t("uitnodiging.titel")}</PageTitle>
      <Heading1>{t("uitnodiging.titel")}</Heading1>
      <Paragraph>
        {t("uitnodiging.uitleg", {
          email: loaderData.email,
          organisatie: loaderData.organisationName,
          rol: t(`rol.${loaderData.role}`),
        })}
      </Paragraph>
      <FormAlert form={form} />
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <TextField field={fields.name} label={t("veld.naam")} autoComplete="name" />
        <NewPasswordFields fields={fields} />
        <Button type="submit" appearance="primary-action-button">
          {t("uitnodiging.knop")}
        </Button>
      </Form>
    </div>
  );
}
