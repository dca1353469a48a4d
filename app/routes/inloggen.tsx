import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/inloggen";
import { login } from "#app/auth/login.server.ts";
import { readDeviceToken } from "#app/auth/known-devices.server.ts";
import { readSessionToken, sessionCookie } from "#app/auth/session.server.ts";
import { getUser, safeRedirectPath } from "#app/auth/user.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { emailField } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";

const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht").max(1024, "fout.teLang"),
  redirectTo: z.string().optional(),
});

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
  const parsed = parseForm(loginSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const { email, password, redirectTo } = parsed.data;
  const result = await login({
    email,
    password,
    ip: context.get(leerkringContext).clientIp,
    userAgent: request.headers.get("User-Agent"),
    deviceToken: readDeviceToken(request.headers.get("Cookie")),
    sessionToken: readSessionToken(request.headers.get("Cookie")),
  });
  if (!result.ok && result.reason === "throttled") {
    const seconds = result.retryAfterSeconds;
    return formError("fout.teVeelPogingen", formData, {
      status: 429,
      vars: { count: seconds },
      headers: { "Retry-After": String(seconds) },
    });
  }
  if (!result.ok) return formError("fout.inloggenMislukt", formData, { status: 401 });
  const headers = new Headers({ "Set-Cookie": sessionCookie(result.token, result.session) });
  if (result.deviceCookie) headers.append("Set-Cookie", result.deviceCookie);
  return redirect(safeRedirectPath(redirectTo), { headers });
}

export default function Inloggen({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const failure = actionData as FormFailure | undefined;
  return (
    <div className="leerkring-form">
      <PageTitle>{t("inloggen.titel")}</PageTitle>
      <Heading1>{t("inloggen.titel")}</Heading1>
      <SuccessAlert message={params.get("hersteld") ? "inloggen.wachtwoordHersteld" : null} />
      <FormAlert failure={failure} />
      <Form method="post" className="leerkring-form" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <TextField
          name="email"
          type="email"
          label={t("veld.email")}
          autoComplete="username"
          required
          failure={failure}
        />
        <TextField
          name="password"
          type="password"
          label={t("veld.wachtwoord")}
          autoComplete="current-password"
          required
          failure={failure}
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
