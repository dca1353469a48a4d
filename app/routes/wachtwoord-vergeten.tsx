import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import type { Route } from "./+types/wachtwoord-vergeten";
import { createPasswordReset } from "#app/auth/account-tokens.server.ts";
import { findActiveUserByEmail } from "#app/auth/accounts.server.ts";
import { passwordForgottenSchema } from "#app/auth/sign-in-schema.ts";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import { resetRequestAllowed } from "#app/auth/throttle.server.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { passwordResetLink } from "#app/auth/account-mail.server.tsx";

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseSubmission(formData, passwordForgottenSchema);
  if (submission.status !== "success") return invalid(submission);
  const { email } = submission.value;
  const allowed = await resetRequestAllowed(email, context.get(leerkringContext).clientIp);
  if (allowed === "refused") {
    return invalid(
      submission,
      { form: { key: "fout.teVeelHerstelverzoeken" } },
      { status: 429, headers: { "Retry-After": "3600" } },
    );
  }
  const user = allowed === "allowed" ? findActiveUserByEmail(email) : null;
  const { log, mailSends } = context.get(leerkringContext);
  if (user) {
    // The link goes by mail only; without SMTP (the demo) the log keeps a copy for the beheerder.
    const { token, mailId } = createPasswordReset(user);
    const link = mailSends ? undefined : passwordResetLink(token);
    log.info({ email: user.email, mailId, link }, "wachtwoordherstel");
  }
  // The same answer either way, so the form does not reveal which addresses have an account.
  return { sent: true as const, mailSends };
}

export default function WachtwoordVergeten({ actionData }: Route.ComponentProps) {
  const t = useT();
  const sent = actionData && "sent" in actionData;
  const [form, fields] = useSchemaForm(passwordForgottenSchema, { lastResult: actionData });
  return (
    <div className="leerkring-form">
      <PageTitle>{t("vergeten.titel")}</PageTitle>
      <Heading1>{t("vergeten.titel")}</Heading1>
      {sent ? (
        <SuccessAlert message={actionData.mailSends ? "vergeten.verstuurd" : "vergeten.bewaard"} />
      ) : (
        <>
          <Paragraph>{t("vergeten.uitleg")}</Paragraph>
          <FormAlert form={form} />
          <Form
            method="post"
            id={form.id}
            onSubmit={form.onSubmit}
            noValidate
            className="leerkring-form"
          >
            <TextField
              field={fields.email}
              type="email"
              label={t("veld.email")}
              autoComplete="username"
            />
            <Button type="submit" appearance="primary-action-button">
              {t("vergeten.knop")}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
