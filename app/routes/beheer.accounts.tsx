import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/beheer.accounts";
import { createPasswordReset } from "#app/auth/account-tokens.server.ts";
import { findAccount, listAccounts, setActive, setRole } from "#app/auth/accounts.server.ts";
import { invalidateUserSessions } from "#app/auth/session.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { roleFitsOrganisation } from "#app/auth/permissions.ts";
import { listOrganisations, organisationKind } from "#app/beheer/organisations.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { FormAlert, SelectField, SuccessAlert } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import { idField, parseId, roleField } from "#app/utils/fields.ts";
import {
  formError,
  formValues,
  invalidForm,
  parseForm,
  type FormFailure,
} from "#app/utils/forms-legacy.ts";
import { roles } from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";

const accountActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("rol"), userId: idField, role: roleField }),
    z.object({ intent: z.literal("deactiveren"), userId: idField }),
    z.object({ intent: z.literal("activeren"), userId: idField }),
    z.object({ intent: z.literal("herstellink"), userId: idField }),
    z.object({ intent: z.literal("sessies-beeindigen"), userId: idField }),
  ],
  { error: "fout.ongeldig" },
);

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "gebruiker:beheren");
  const search = new URL(request.url).searchParams;
  const organisationId = parseId(search.get("organisatie") ?? undefined);
  const organisations = listOrganisations();
  // "Overal uitloggen" first asks for confirmation on this page (also without JavaScript).
  const confirmId = parseId(search.get("uitloggen") ?? undefined);
  const confirm = confirmId ? findAccount(confirmId) : null;
  return {
    confirmSessionsOf: confirm ? { id: confirm.id, name: confirm.name } : null,
    currentUserId: user.id,
    organisation: organisations.find((o) => o.id === organisationId) ?? null,
    organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
    accounts: listAccounts({ organisationId: organisationId ?? undefined }),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "gebruiker:beheren");
  const formData = await request.formData();
  const parsed = parseForm(accountActionSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const command = parsed.data;
  const account = findAccount(command.userId);
  if (!account) return formError("fout.accountNietGevonden", formData, { status: 404 });
  // A beheerder cannot lock themselves out (their own sessions are ended on /account).
  if (account.id === user.id && command.intent !== "herstellink") {
    return formError("fout.eigenAccount", formData, { status: 409 });
  }
  switch (command.intent) {
    case "rol":
      if (account.role === command.role) return { done: "accounts.rolGewijzigd" as const };
      if (!roleFitsOrganisation(command.role, organisationKind(account.organisationId)!)) {
        return invalidForm({
          errors: { role: "fout.rolPastNietBijOrganisatie" },
          values: formValues(formData),
        });
      }
      setRole(account.id, command.role);
      return { done: "accounts.rolGewijzigdUitgelogd" as const };
    case "sessies-beeindigen":
      invalidateUserSessions(account.id);
      return { done: "accounts.sessiesBeeindigd" as const };
    case "deactiveren":
      // A second step first: the page asks "Weet u het zeker?" and posts again with bevestigd.
      if (!isConfirmed(formData)) {
        return { confirm: { userId: account.id, name: account.name, email: account.email } };
      }
      setActive(account.id, false);
      return { done: "accounts.gedeactiveerd" as const };
    case "activeren":
      setActive(account.id, true);
      return { done: "accounts.geactiveerd" as const };
    case "herstellink": {
      const { token } = createPasswordReset(account, user.id);
      const link = absoluteUrl(`/wachtwoord-herstellen/${token}`);
      context
        .get(leerkringContext)
        .log.info({ email: account.email, by: user.email, link }, "wachtwoordherstel");
      return { done: "accounts.herstellinkAangemaakt" as const, link, email: account.email };
    }
  }
}

export default function Accounts({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const { accounts, organisation, currentUserId, confirmSessionsOf } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.accounts")}</PageTitle>
      <Heading2>
        {organisation
          ? t("accounts.vanOrganisatie", { naam: organisation.name })
          : t("accounts.alle")}
      </Heading2>
      <Form method="get" className="leerkring-actions">
        <SelectField
          name="organisatie"
          label={t("accounts.filter")}
          options={[
            { value: "", label: t("accounts.alleOrganisaties") },
            ...loaderData.organisations,
          ]}
          defaultValue={organisation ? String(organisation.id) : ""}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t("accounts.filterKnop")}
        </Button>
      </Form>
      {confirm && (
        <ConfirmStep
          id="bevestig-deactiveren"
          consequences={[
            t("accounts.bevestigDeactiveren", { naam: confirm.name, email: confirm.email }),
            t("accounts.bevestigDeactiverenTerug"),
          ]}
          fields={{ intent: "deactiveren", userId: String(confirm.userId) }}
          confirmLabel={t("accounts.jaDeactiveren", { naam: confirm.name })}
          cancelTo={`/beheer/accounts${organisation ? `?organisatie=${organisation.id}` : ""}`}
        />
      )}
      <SuccessAlert message={done?.done} />
      {done && "link" in done && (
        <div className="leerkring-card">
          <Paragraph>{t("accounts.herstellinkVoor", { email: done.email ?? "" })}</Paragraph>
          <code className="leerkring-code">{done.link}</code>
        </div>
      )}
      <FormAlert failure={failure} />
      {confirmSessionsOf && !done && (
        <section className="leerkring-card" aria-labelledby="uitloggen-vraag">
          <Paragraph id="uitloggen-vraag">
            {t("accounts.sessiesBevestigen", { naam: confirmSessionsOf.name })}
          </Paragraph>
          <Form method="post" className="leerkring-actions">
            <input type="hidden" name="intent" value="sessies-beeindigen" />
            <input type="hidden" name="userId" value={confirmSessionsOf.id} />
            <Button type="submit" appearance="primary-action-button">
              {t("accounts.sessiesBevestigenKnop", { naam: confirmSessionsOf.name })}
            </Button>
            <Link
              to={
                organisation
                  ? `/beheer/accounts?organisatie=${organisation.id}`
                  : "/beheer/accounts"
              }
              className="utrecht-link"
            >
              {t("actie.annuleren")}
            </Link>
          </Form>
        </section>
      )}
      {accounts.length === 0 ? (
        <Paragraph>{t("accounts.geen")}</Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("veld.naam")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.organisatie")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.rol")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("accounts.status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {accounts.map((a) => {
                // A refused role change is shown beside the select of that one account.
                const roleError =
                  failure?.values.userId === String(a.id) ? failure.errors.role : undefined;
                return (
                  <TableRow key={a.id}>
                    <TableCell>
                      {a.name}
                      <br />
                      <span className="leerkring-muted">{a.email}</span>
                    </TableCell>
                    <TableCell>{a.organisationName}</TableCell>
                    <TableCell>
                      {a.id === currentUserId ? (
                        t(`rol.${a.role}`)
                      ) : (
                        <Form method="post" className="leerkring-actions">
                          <input type="hidden" name="intent" value="rol" />
                          <input type="hidden" name="userId" value={a.id} />
                          <label className="visually-hidden" htmlFor={`rol-${a.id}`}>
                            {t("accounts.rolVan", { naam: a.name })}
                          </label>
                          <select
                            id={`rol-${a.id}`}
                            name="role"
                            defaultValue={roleError ? failure?.values.role : a.role}
                            aria-invalid={roleError ? true : undefined}
                            aria-describedby={roleError ? `rol-${a.id}-fout` : undefined}
                            className="utrecht-select utrecht-select--html-select"
                          >
                            {roles.map((r) => (
                              <option key={r} value={r}>
                                {t(`rol.${r}`)}
                              </option>
                            ))}
                          </select>
                          <Button type="submit" appearance="subtle-button">
                            {t("actie.opslaan")}
                            <span className="visually-hidden"> {a.name}</span>
                          </Button>
                        </Form>
                      )}
                      {roleError && (
                        <Paragraph id={`rol-${a.id}-fout`} className="leerkring-error">
                          {t(roleError)}
                        </Paragraph>
                      )}
                    </TableCell>
                    <TableCell>
                      {a.active ? t("accounts.actief") : t("accounts.inactief")}
                    </TableCell>
                    <TableCell>
                      <div className="leerkring-actions">
                        {a.id !== currentUserId && (
                          <Form method="post">
                            <input
                              type="hidden"
                              name="intent"
                              value={a.active ? "deactiveren" : "activeren"}
                            />
                            <input type="hidden" name="userId" value={a.id} />
                            <Button type="submit" appearance="subtle-button">
                              {a.active ? t("accounts.deactiveren") : t("accounts.activeren")}
                              <span className="visually-hidden"> {a.name}</span>
                            </Button>
                          </Form>
                        )}
                        {a.id !== currentUserId && (
                          <Link
                            to={`?${new URLSearchParams({
                              ...(organisation ? { organisatie: String(organisation.id) } : {}),
                              uitloggen: String(a.id),
                            })}`}
                            className="utrecht-link"
                          >
                            {t("accounts.sessiesBeeindigen")}
                            <span className="visually-hidden"> {a.name}</span>
                          </Link>
                        )}
                        <Form method="post">
                          <input type="hidden" name="intent" value="herstellink" />
                          <input type="hidden" name="userId" value={a.id} />
                          <Button type="submit" appearance="subtle-button">
                            {t("accounts.herstellink")}
                            <span className="visually-hidden"> {a.name}</span>
                          </Button>
                        </Form>
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
