import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import type { Route } from "./+types/inloggen";
import { login } from "#app/auth/login.server.ts";
import { readDeviceToken } from "#app/auth/known-devices.server.ts";
import { readSessionToken, sessionCookie } from "#app/auth/session.server.ts";
import { getUser, safeRedirectPath } from "#app/auth/user.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { loginSchema } from "#app/auth/sign-in-schema.ts";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

// Passes the action's Retry-After (when throttled) on to the document response.
export const headers: Route.HeadersFunction = ({ actionHeaders }) => actionHeaders;

export function loader({ request }: Route.LoaderArgs) {
  if (getUser(request)) {
    throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  }
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseSubmission(formData, loginSchema);
  if (submission.status !== "success") return invalid(submission);
  const { email, password, redirectTo } = submission.value;
  const result = await login({
    email,
    password,
    redirectTo: safeRedirectPath(redirectTo),
    ip: context.get(leerkringContext).clientIp,
    userAgent: request.headers.get("User-Agent"),
    deviceToken: readDeviceToken(request.headers.get("Cookie")),
    sessionToken: readSessionToken(request.headers.get("Cookie")),
  });
  if (!result.ok && result.reason === "throttled") {
    const seconds = result.retryAfterSeconds;
    return invalid(
      submission,
      { form: { key: "fout.teVeelPogingen", vars: { count: seconds } } },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  if (!result.ok) {
    return invalid(submission, { form: { key: "fout.inloggenMislukt" } }, { status: 401 });
  }
  if (result.ok === "second-step") {
    return redirect("/inloggen/code", { headers: { "Set-Cookie": result.challengeCookie } });
  }
  const headers = new Headers({ "Set-Cookie": sessionCookie(result.token, result.session) });
  if (result.deviceCookie) headers.append("Set-Cookie", result.deviceCookie);
  return redirect(result.redirectTo, { headers });
}

export default function Inloggen({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useSchemaForm(loginSchema, { lastResult: actionData });
  return (
    <div className="leerkring-form">
      <PageTitle>{t("inloggen.titel")}</PageTitle>
      <Heading1>{t("inloggen.titel")}</Heading1>
      <SuccessAlert message={params.get("hersteld") ? "inloggen.wachtwoordHersteld" : null} />
      <FormAlert form={form} />
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <TextField
          field={fields.email}
          type="email"
          label={t("veld.email")}
          autoComplete="username"
          required
        />
        <TextField
          field={fields.password}
          type="password"
          label={t("veld.wachtwoord")}
          autoComplete="current-password"
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t("inloggen.knop")}
        </Button>
      </Form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten" className="utrecht-link">
          {t("inloggen.vergeten")}
        </Link>
      </Paragraph>
      <Paragraph className="leerkring-muted">{t("inloggen.uitnodiging")}</Paragraph>
    </div>
  );
}
