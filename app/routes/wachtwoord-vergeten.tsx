import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/wachtwoord-vergeten";
import { createPasswordReset } from "#app/auth/account-tokens.server.ts";
import { findActiveUserByEmail } from "#app/auth/accounts.server.ts";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import { emailField } from "#app/utils/fields.ts";
import { resetRequestAllowed } from "#app/auth/throttle.server.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { absoluteUrl } from "#shared/config.server.ts";

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(z.object({ email: emailField }), formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const allowed = await resetRequestAllowed(
    parsed.data.email,
    context.get(leerkringContext).clientIp,
  );
  if (allowed === "refused") {
    return formError("fout.teVeelHerstelverzoeken", formData, {
      status: 429,
      headers: { "Retry-After": "3600" },
    });
  }
  const user = allowed === "allowed" ? findActiveUserByEmail(parsed.data.email) : null;
  if (user) {
    const { token } = createPasswordReset(user);
    // Until Leerkring sends e-mail, the link goes to the server log for the beheerder.
    const link = absoluteUrl(`/wachtwoord-herstellen/${token}`);
    context.get(leerkringContext).log.info({ email: user.email, link }, "wachtwoordherstel");
  }
  // The same answer either way, so the form does not reveal which addresses have an account.
  return { sent: true as const };
}

export default function WachtwoordVergeten({ actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const sent = actionData && "sent" in actionData;
  return (
    <div className="leerkring-form">
      <PageTitle>{t("vergeten.titel")}</PageTitle>
      <Heading1>{t("vergeten.titel")}</Heading1>
      {sent ? (
        <SuccessAlert message="vergeten.verstuurd" />
      ) : (
        <>
          <Paragraph>{t("vergeten.uitleg")}</Paragraph>
          <FormAlert failure={failure} />
          <Form method="post" className="leerkring-form" noValidate>
            <TextField
              name="email"
              type="email"
              label={t("veld.email")}
              autoComplete="username"
              failure={failure}
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
