import { Button, DataList, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/account";
import {
  changePassword,
  endOwnSession,
  endSessionsOf,
  getProfile,
  listSessions,
  personalWords,
  setLocale,
} from "#app/auth/accounts.server.ts";
import { accountSchema, localeSchema, passwordChangeSchema } from "#app/auth/account-schema.ts";
import { passwordSchema } from "#app/auth/password.server.ts";
import { blankSessionCookie } from "#app/auth/session.server.ts";
import { can } from "#app/auth/permissions.ts";
import { requireAuth } from "#app/auth/user.server.ts";
import { PreferencesSection } from "#app/notifications/preferences-form.tsx";
import { getPreferences, setPreferences } from "#app/notifications/preferences.server.ts";
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { SessionsSection } from "#app/auth/sessions-section.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { locales } from "#shared/i18n/locales.ts";

const browserSchema = accountSchema();
const browserPasswordSchema = passwordChangeSchema();

export function loader({ request }: Route.LoaderArgs) {
  // Open before two-factor login is set up: its section links to the set-up page.
  const { user, session, mfaEnabled } = requireAuth(request, { mfaSetUp: "allowed" });
  const profile = getProfile(user.id)!;
  const sessions = listSessions(user.id).map((s) => ({
    ...s,
    current: s.id === session.id,
  }));
  const preferences = getPreferences(user.id);
  return { profile, sessions, preferences, mfaEnabled, withBeheer: can(user, "gebruiker:beheren") };
}

export async function action({ request }: Route.ActionArgs) {
  const { user, session } = requireAuth(request, { mfaSetUp: "allowed" });
  const formData = await request.formData();
  const schema = accountSchema(passwordSchema(personalWords(user.id)));
  const submission = parseSubmission(formData, schema);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  const intent = command.intent;
  switch (intent) {
    case "taal":
      setLocale(user.id, command.locale);
      return { intent, done: "account.taalOpgeslagen" as const };
    case "wachtwoord": {
      const result = await changePassword({
        userId: user.id,
        currentSessionId: session.id,
        currentPassword: command.currentPassword,
        newPassword: command.password,
      });
      if (result === "wrong-current") {
        return invalid(submission, {
          fields: { currentPassword: { key: "fout.huidigWachtwoordOnjuist" } },
        });
      }
      return { intent, done: "account.wachtwoordGewijzigd" as const };
    }
    case "sessie-beeindigen":
      if (!endOwnSession(user.id, command.sessionId)) {
        return invalid(submission, { form: { key: "fout.sessieNietGevonden" } }, { status: 404 });
      }
      if (command.sessionId === session.id) {
        return redirect("/inloggen", { headers: { "Set-Cookie": blankSessionCookie() } });
      }
      return { intent, done: "account.sessieBeeindigd" as const };
    case "andere-sessies-beeindigen":
      endSessionsOf(user.id, session.id);
      return { intent, done: "account.andereSessiesBeeindigd" as const };
    case "meldingen": {
      const { intent: _, ...choices } = command;
      setPreferences(user.id, choices);
      return { intent, done: "meldingen.keuzes.opgeslagen" as const };
    }
  }
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { profile, sessions, preferences } = loaderData;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const lastResult = actionData;
  const [localeForm, localeFields] = useSchemaForm(localeSchema, {
    lastResult,
    intent: "taal",
    defaultValue: { locale: profile.locale },
  });
  const [passwordForm, passwordFields] = useSchemaForm(browserPasswordSchema, {
    lastResult,
    intent: "wachtwoord",
  });
  // Ending a session has no fields: a session that is gone is said at the top of the page.
  const [sessionForm] = useSchemaForm(browserSchema, { lastResult, intent: "sessie-beeindigen" });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("account.titel")}</PageTitle>
      <Heading1>{t("account.titel")}</Heading1>
      <SuccessAlert message={done} />
      <FormAlert form={sessionForm} />

      <section aria-labelledby="profiel">
        <Heading2 id="profiel">{t("account.profiel")}</Heading2>
        <DataList>
          <Detail label={t("veld.naam")}>{profile.name}</Detail>
          <Detail label={t("veld.email")}>{profile.email}</Detail>
          <Detail label={t("veld.organisatie")}>{profile.organisationName}</Detail>
          <Detail label={t("veld.rol")}>{t(`rol.${profile.role}`)}</Detail>
        </DataList>
      </section>

      <section aria-labelledby="taal">
        <Heading2 id="taal">{t("account.taal")}</Heading2>
        <Form
          method="post"
          id={localeForm.id}
          onSubmit={localeForm.onSubmit}
          noValidate
          className="leerkring-form"
        >
          <input type="hidden" name="intent" value="taal" />
          <FormAlert form={localeForm} />
          <SelectField
            field={localeFields.locale}
            label={t("account.taalLabel")}
            options={locales.map((l) => ({ value: l, label: t(`taal.${l}`) }))}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("account.taalOpslaan")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="wachtwoord">
        <Heading2 id="wachtwoord">{t("account.wachtwoordWijzigen")}</Heading2>
        <Form
          method="post"
          id={passwordForm.id}
          onSubmit={passwordForm.onSubmit}
          noValidate
          className="leerkring-form"
        >
          <input type="hidden" name="intent" value="wachtwoord" />
          <FormAlert form={passwordForm} />
          <TextField
            field={passwordFields.currentPassword}
            type="password"
            label={t("veld.huidigWachtwoord")}
            autoComplete="current-password"
          />
          <NewPasswordFields fields={passwordFields} />
          <Button type="submit" appearance="secondary-action-button">
            {t("account.wachtwoordOpslaan")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="mijn-gegevens">
        <Heading2 id="mijn-gegevens">{t("gegevens.titel")}</Heading2>
        <Paragraph>
          <Link to="/account/mijn-gegevens" className="utrecht-link">
            {t("gegevens.linkAccount")}
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="tweestaps">
        <Heading2 id="tweestaps">{t("tweestaps.titel")}</Heading2>
        <Paragraph>
          {loaderData.mfaEnabled ? t("tweestaps.staatAan") : t("tweestaps.staatUit")}{" "}
          <Link to="/account/tweestaps" className="utrecht-link">
            {t("tweestaps.beheren")}
          </Link>
        </Paragraph>
      </section>

      <PreferencesSection
        preferences={preferences}
        lastResult={lastResult}
        withBeheer={loaderData.withBeheer}
      />

      <SessionsSection sessions={sessions} />
    </div>
  );
}
