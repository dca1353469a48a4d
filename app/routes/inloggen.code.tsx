import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
} from "@utrecht/component-library-react";
import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/inloggen.code";
import {
  completePasskeyStep,
  completeSecondStep,
  passkeyStepOptions,
} from "#app/auth/login.server.ts";
import { PasskeyStep } from "#app/auth/passkey-step.tsx";
import { passkeyCount } from "#app/auth/passkeys.server.ts";
import { readDeviceToken } from "#app/auth/known-devices.server.ts";
import {
  blankChallengeCookie,
  findChallenge,
  readChallengeToken,
} from "#app/auth/second-step.server.ts";
import { readSessionToken, sessionCookie } from "#app/auth/session.server.ts";
import { passkeyStepSchema, secondStepSchema } from "#app/auth/tweestaps-schema.ts";
import { leerkringContext } from "#app/load-context.ts";
import { FormAlert, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

// The second login step (app/auth/second-step.server.ts): only with this browser's pending
// challenge, which the password step set as a cookie of 5 minutes.

export const headers: Route.HeadersFunction = ({ actionHeaders }) => actionHeaders;

/** Without a pending step (expired, or another browser) the page says so and links to /inloggen. */
export function loader({ request }: Route.LoaderArgs) {
  const challenge = findChallenge(readChallengeToken(request.headers.get("Cookie")));
  return {
    pending: Boolean(challenge),
    // Only this browser, past the password, learns whether the person has a passkey.
    passkey: challenge ? passkeyCount(challenge.user.id) > 0 : false,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const cookies = request.headers.get("Cookie");
  const client = {
    ip: context.get(leerkringContext).clientIp,
    userAgent: request.headers.get("User-Agent"),
    deviceToken: readDeviceToken(cookies),
    sessionToken: readSessionToken(cookies),
  };
  const intent = formData.get("intent");
  let result: Awaited<ReturnType<typeof completeSecondStep>>;
  let submission;
  if (intent === "passkey-opties" || intent === "passkey") {
    const passkey = parseSubmission(formData, passkeyStepSchema);
    submission = passkey;
    if (passkey.status !== "success") {
      return invalid(passkey, { form: { key: "passkey.fout.ongeldigAntwoord" } });
    }
    const command = passkey.value;
    if (command.intent === "passkey-opties") {
      const options = await passkeyStepOptions(readChallengeToken(cookies));
      if (!options) {
        return invalid(
          passkey,
          { form: { key: "tweestaps.fout.verlopen" } },
          { status: 401, headers: { "Set-Cookie": blankChallengeCookie() } },
        );
      }
      return { passkeyOptions: options };
    }
    result = await completePasskeyStep({
      ...client,
      challengeToken: readChallengeToken(cookies),
      response: command.antwoord,
      remember: command.onthouden === "ja",
    });
  } else {
    const code = parseSubmission(formData, secondStepSchema);
    submission = code;
    if (code.status !== "success") return invalid(code);
    result = await completeSecondStep({
      ...client,
      challengeToken: readChallengeToken(cookies),
      code: code.value.code,
      remember: code.value.onthouden === "ja",
    });
  }
  if (!result.ok && result.reason === "expired") {
    return invalid(
      submission,
      { form: { key: "tweestaps.fout.verlopen" } },
      { status: 401, headers: { "Set-Cookie": blankChallengeCookie() } },
    );
  }
  if (!result.ok && result.reason === "throttled") {
    const seconds = result.retryAfterSeconds;
    return invalid(
      submission,
      { form: { key: "fout.teVeelPogingen", vars: { count: seconds } } },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  if (result.ok !== true) {
    return invalid(
      submission,
      intent === "passkey"
        ? { form: { key: "passkey.fout.onjuist" } }
        : { fields: { code: { key: "tweestaps.fout.stapOnjuist" } } },
      { status: 401 },
    );
  }
  const headers = new Headers({ "Set-Cookie": sessionCookie(result.token, result.session) });
  headers.append("Set-Cookie", blankChallengeCookie());
  if (result.deviceCookie) headers.append("Set-Cookie", result.deviceCookie);
  return redirect(result.redirectTo, { headers });
}

export default function InloggenCode({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useSchemaForm(secondStepSchema, { lastResult: actionData });
  return (
    <div className="leerkring-form">
      <PageTitle>{t("tweestaps.stap.titel")}</PageTitle>
      <Heading1>{t("tweestaps.stap.titel")}</Heading1>
      {!loaderData.pending && !actionData && (
        <Alert type="error">{t("tweestaps.fout.verlopen")}</Alert>
      )}
      <Paragraph>{t("tweestaps.stap.uitleg")}</Paragraph>
      {loaderData.passkey && <PasskeyStep rememberId="onthouden" />}
      <FormAlert form={form} />
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <TextField
          field={fields.code}
          label={t("tweestaps.stap.code")}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
        />
        <FormField type="checkbox">
          <FormLabel htmlFor="onthouden" type="checkbox" className="utrecht-form-field__label">
            <Checkbox
              id="onthouden"
              name="onthouden"
              value="ja"
              aria-describedby="onthouden-uitleg"
              className="utrecht-form-field__input"
            />{" "}
            {t("tweestaps.stap.onthouden")}
          </FormLabel>
          <FormFieldDescription id="onthouden-uitleg">
            {t("tweestaps.stap.onthoudenUitleg")}
          </FormFieldDescription>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t("tweestaps.stap.knop")}
        </Button>
      </Form>
      <Paragraph>
        <Link to="/inloggen" className="utrecht-link">
          {t("tweestaps.stap.opnieuw")}
        </Link>
      </Paragraph>
    </div>
  );
}
