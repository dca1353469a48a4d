import {
  Button,
  DataList,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/account";
import {
  changePassword,
  endOwnSession,
  getProfile,
  listSessions,
  personalWords,
  setLocale,
} from "#app/auth/accounts.server.ts";
import { newPasswordFields } from "#app/auth/password.server.ts";
import { blankSessionCookie, invalidateUserSessions } from "#app/auth/session.server.ts";
import { requireAuth } from "#app/auth/user.server.ts";
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { NewPasswordFields } from "#app/components/new-password-fields.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { describeUserAgent } from "#app/utils/user-agent.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { locales } from "#shared/i18n/locales.ts";

function passwordChangeSchema(personal: string[]) {
  return z
    .object({ currentPassword: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht") })
    .and(newPasswordFields(personal));
}

export function loader({ request }: Route.LoaderArgs) {
  const { user, session } = requireAuth(request);
  const profile = getProfile(user.id)!;
  const sessions = listSessions(user.id).map((s) => ({
    ...s,
    current: s.id === session.id,
  }));
  return { profile, sessions };
}

export async function action({ request }: Route.ActionArgs) {
  const { user, session } = requireAuth(request);
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "taal") {
    const parsed = parseForm(
      z.object({ locale: z.enum(locales, { error: "fout.ongeldig" }) }),
      formData,
    );
    if (!parsed.success) return invalidForm(parsed.failure);
    setLocale(user.id, parsed.data.locale);
    return { intent, done: "account.taalOpgeslagen" as const };
  }

  if (intent === "wachtwoord") {
    const parsed = parseForm(passwordChangeSchema(personalWords(user.id)), formData);
    if (!parsed.success) return invalidForm(parsed.failure);
    const result = await changePassword({
      userId: user.id,
      currentSessionId: session.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.password,
    });
    if (result === "wrong-current") {
      return data(
        {
          errors: { currentPassword: "fout.huidigWachtwoordOnjuist" },
          values: {},
        } satisfies FormFailure,
        { status: 400 },
      );
    }
    return { intent, done: "account.wachtwoordGewijzigd" as const };
  }

  if (intent === "sessie-beeindigen") {
    const sessionId = String(formData.get("sessionId") ?? "");
    if (!endOwnSession(user.id, sessionId))
      return formError("fout.sessieNietGevonden", formData, { status: 404 });
    if (sessionId === session.id) {
      return redirect("/inloggen", { headers: { "Set-Cookie": blankSessionCookie() } });
    }
    return { intent, done: "account.sessieBeeindigd" as const };
  }

  if (intent === "andere-sessies-beeindigen") {
    invalidateUserSessions(user.id, session.id);
    return { intent, done: "account.andereSessiesBeeindigd" as const };
  }

  return formError("fout.ongeldig", formData);
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { profile, sessions } = loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData.done : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("account.titel")}</PageTitle>
      <Heading1>{t("account.titel")}</Heading1>
      <SuccessAlert message={done} />
      <FormAlert failure={failure} />

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
        <Form method="post" className="leerkring-form">
          <input type="hidden" name="intent" value="taal" />
          <SelectField
            name="locale"
            label={t("account.taalLabel")}
            defaultValue={profile.locale}
            options={locales.map((l) => ({ value: l, label: t(`taal.${l}`) }))}
            failure={failure}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("account.taalOpslaan")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="wachtwoord">
        <Heading2 id="wachtwoord">{t("account.wachtwoordWijzigen")}</Heading2>
        <Form method="post" className="leerkring-form" noValidate>
          <input type="hidden" name="intent" value="wachtwoord" />
          <TextField
            name="currentPassword"
            type="password"
            label={t("veld.huidigWachtwoord")}
            autoComplete="current-password"
            failure={failure}
          />
          <NewPasswordFields failure={failure} />
          <Button type="submit" appearance="secondary-action-button">
            {t("account.wachtwoordOpslaan")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="sessies">
        <Heading2 id="sessies">{t("account.sessies")}</Heading2>
        <Paragraph>{t("account.sessiesUitleg")}</Paragraph>
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("account.apparaat")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("account.gestart")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("account.laatstActief")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>
                    {describeUserAgent(s.userAgent) ?? t("account.onbekendApparaat")}
                    {s.ipAddress ? ` · ${s.ipAddress}` : ""}
                    {s.current ? ` (${t("account.dezeSessie")})` : ""}
                  </TableCell>
                  <TableCell>{formatDateTime(locale, s.createdAt)}</TableCell>
                  <TableCell>{formatDateTime(locale, s.lastActiveAt)}</TableCell>
                  <TableCell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="sessie-beeindigen" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <Button type="submit" appearance="subtle-button">
                        {s.current ? t("account.uitloggenHier") : t("account.beeindigen")}
                      </Button>
                    </Form>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {sessions.length > 1 && (
          <Form method="post">
            <input type="hidden" name="intent" value="andere-sessies-beeindigen" />
            <Button type="submit" appearance="secondary-action-button">
              {t("account.andereSessiesBeeindigen")}
            </Button>
          </Form>
        )}
      </section>
    </div>
  );
}
