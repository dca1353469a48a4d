import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { eq } from "drizzle-orm";
import { data, Form, Link, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/uitnodiging.$token";
import { findUsableToken } from "#app/auth/account-tokens.server.ts";
import { acceptInvitation } from "#app/auth/accounts.server.ts";
import { newPasswordFields } from "#app/auth/password.server.ts";
import { createSession, sessionCookie } from "#app/auth/session.server.ts";
import { FormAlert, TextField } from "#app/components/fields-legacy.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { requiredText } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { getDb } from "#db/client.ts";
import { organisations } from "#db/schema.ts";

function acceptSchema(personal: string[]) {
  return z.object({ name: requiredText(120) }).and(newPasswordFields(personal));
}

function loadInvitation(token: string) {
  const invitation = findUsableToken(token, "uitnodiging");
  if (!invitation) return null;
  const organisation = getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, invitation.organisationId!))
    .get();
  return { invitation, organisationName: organisation?.name ?? "" };
}

export function loader({ params }: Route.LoaderArgs) {
  const found = loadInvitation(params.token);
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
  const found = loadInvitation(params.token);
  if (!found) return formError("uitnodiging.ongeldig", formData, { status: 410 });
  const personal = [
    String(formData.get("name") ?? ""),
    found.invitation.email,
    found.organisationName,
  ];
  const parsed = parseForm(acceptSchema(personal), formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const result = await acceptInvitation(found.invitation, parsed.data);
  if ("error" in result) {
    const key = result.error === "email-taken" ? "uitnodiging.alAccount" : "uitnodiging.ongeldig";
    return formError(key, formData, { status: 409 });
  }
  const { token, session } = createSession(result.userId, {
    userAgent: request.headers.get("User-Agent"),
  });
  return redirect("/", { headers: { "Set-Cookie": sessionCookie(token, session) } });
}

export default function Uitnodiging({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
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
      <FormAlert failure={failure} />
      <Form method="post" className="leerkring-form" noValidate>
        <TextField name="name" label={t("veld.naam")} autoComplete="name" failure={failure} />
        <NewPasswordFields failure={failure} />
        <Button type="submit" appearance="primary-action-button">
          {t("uitnodiging.knop")}
        </Button>
      </Form>
    </div>
  );
}
