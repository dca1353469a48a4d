import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/beheer.accounts";
import { createPasswordReset } from "#app/auth/account-tokens.server.ts";
import {
  endSessionsOf,
  findAccount,
  listAccounts,
  setActive,
  setRole,
} from "#app/auth/accounts.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { roleFitsOrganisation } from "#app/auth/permissions.ts";
import { accountAdminSchema } from "#app/beheer/account-admin-schema.ts";
import { AccountsTable } from "#app/beheer/accounts-table.tsx";
import { listOrganisations, organisationKind } from "#app/beheer/organisations.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { FormAlert, SelectField, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { parseId } from "#app/utils/fields.ts";
import { leerkringContext } from "#app/load-context.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { passwordResetLink } from "#app/auth/account-mail.server.tsx";
import { DemoMailLink } from "#app/beheer/demo-mail-link.tsx";
import { hasSecondFactor } from "#app/auth/totp.server.ts";
import { resetSecondFactorOf } from "#app/auth/tweestaps.server.tsx";
import { inactiveCondition } from "#app/gegevens/inactive.server.ts";

/** The organisation filter, a GET form: an id that is not one shows every account. */
const filterSchema = z.object({
  organisatie: z.string().optional(),
  inactief: z.string().optional(),
});

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "gebruiker:beheren");
  const search = new URL(request.url).searchParams;
  const organisationId = parseId(search.get("organisatie") ?? undefined);
  const organisations = listOrganisations();
  const onlyInactive = search.get("inactief") === "ja";
  const now = new Date();
  const inactiveIds = new Set(listAccounts({ inactive: inactiveCondition(now) }).map((a) => a.id));
  // "Overal uitloggen" first asks for confirmation on this page (also without JavaScript).
  const confirmId = parseId(search.get("uitloggen") ?? undefined);
  const confirm = confirmId ? findAccount(confirmId) : null;
  return {
    confirmSessionsOf: confirm ? { id: confirm.id, name: confirm.name } : null,
    currentUserId: user.id,
    organisation: organisations.find((o) => o.id === organisationId) ?? null,
    organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
    onlyInactive,
    accounts: listAccounts({
      organisationId: organisationId ?? undefined,
      inactive: onlyInactive ? inactiveCondition(now) : undefined,
    }).map((a) => ({ ...a, inactive: inactiveIds.has(a.id) })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "gebruiker:beheren");
  const formData = await request.formData();
  const submission = parseSubmission(formData, accountAdminSchema);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  const account = findAccount(command.userId);
  if (!account) {
    return invalid(submission, { form: { key: "fout.accountNietGevonden" } }, { status: 404 });
  }
  // A beheerder cannot lock themselves out (their own sessions are ended on /account).
  if (account.id === user.id && command.intent !== "herstellink") {
    return invalid(submission, { form: { key: "fout.eigenAccount" } }, { status: 409 });
  }
  switch (command.intent) {
    case "rol":
      if (account.role === command.role) return { done: "accounts.rolGewijzigd" as const };
      if (!roleFitsOrganisation(command.role, organisationKind(account.organisationId)!)) {
        return invalid(submission, { fields: { role: { key: "fout.rolPastNietBijOrganisatie" } } });
      }
      setRole(account.id, command.role);
      return { done: "accounts.rolGewijzigdUitgelogd" as const };
    case "sessies-beeindigen":
      // Asked first by the link to ?uitloggen= (ConfirmStep), which ends nothing by itself.
      endSessionsOf(account.id);
      return { done: "accounts.sessiesBeeindigd" as const };
    case "deactiveren":
      // A second step first: the page asks "Weet u het zeker?" and posts again with bevestigd.
      if (!isConfirmed(formData)) {
        return { confirm: { userId: account.id, name: account.name, email: account.email } };
      }
      setActive(account.id, false);
      return { done: "accounts.gedeactiveerd" as const };
    case "tweestaps-resetten": {
      if (!hasSecondFactor(account.id)) {
        return invalid(submission, { form: { key: "tweestaps.beheer.nietAan" } }, { status: 409 });
      }
      if (!isConfirmed(formData)) {
        return { confirmReset: { userId: account.id, name: account.name, email: account.email } };
      }
      const mailId = resetSecondFactorOf(account, user);
      context
        .get(leerkringContext)
        .log.info({ email: account.email, by: user.email, mailId }, "tweestaps gereset");
      return { done: "tweestaps.beheer.gereset" as const };
    }
    case "activeren":
      setActive(account.id, true);
      return { done: "accounts.geactiveerd" as const };
    case "herstellink": {
      const { token, mailId } = createPasswordReset(account, user.id);
      const { log, mailSends } = context.get(leerkringContext);
      if (mailSends) {
        log.info({ email: account.email, by: user.email, mailId }, "wachtwoordherstel");
        return { done: "accounts.herstellinkVerstuurd" as const };
      }
      const link = passwordResetLink(token);
      log.info({ email: account.email, by: user.email, mailId, link }, "wachtwoordherstel");
      return { done: "accounts.herstellinkBewaard" as const, link, email: account.email };
    }
  }
}

export default function Accounts({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const done = actionData && "done" in actionData ? actionData : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const confirmReset = actionData && "confirmReset" in actionData ? actionData.confirmReset : null;
  const { accounts, organisation, currentUserId, confirmSessionsOf } = loaderData;
  // Errors of any of the page's forms that belong to no field (an account that is gone).
  const [form] = useSchemaForm(accountAdminSchema, { lastResult: actionData });
  const [, filter] = useSchemaForm(filterSchema, {
    lastResult: null,
    defaultValue: {
      organisatie: organisation ? String(organisation.id) : "",
      inactief: loaderData.onlyInactive ? "ja" : "",
    },
  });
  const backTo = `/beheer/accounts${organisation ? `?organisatie=${organisation.id}` : ""}`;
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
          field={filter.organisatie}
          label={t("accounts.filter")}
          options={[
            { value: "", label: t("accounts.alleOrganisaties") },
            ...loaderData.organisations,
          ]}
        />
        <SelectField
          field={filter.inactief}
          label={t("gegevens.inactief.filter")}
          options={[
            { value: "", label: t("gegevens.inactief.alle") },
            { value: "ja", label: t("gegevens.inactief.filter") },
          ]}
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
          cancelTo={backTo}
        />
      )}
      {confirmReset && (
        <ConfirmStep
          id="bevestig-tweestaps"
          consequences={[
            t("tweestaps.beheer.bevestig", { naam: confirmReset.name, email: confirmReset.email }),
            t("tweestaps.beheer.bevestigVerplicht", { naam: confirmReset.name }),
          ]}
          fields={{ intent: "tweestaps-resetten", userId: String(confirmReset.userId) }}
          confirmLabel={t("tweestaps.beheer.jaResetten", { naam: confirmReset.name })}
          cancelTo={backTo}
        />
      )}
      <SuccessAlert message={done?.done} />
      {done && "link" in done && done.link && (
        <DemoMailLink
          label={t("accounts.herstellinkVoor", { email: done.email ?? "" })}
          link={done.link}
        />
      )}
      <FormAlert form={form} />
      {confirmSessionsOf && !done && (
        <ConfirmStep
          id="bevestig-uitloggen"
          consequences={[t("accounts.sessiesBevestigen", { naam: confirmSessionsOf.name })]}
          fields={{ intent: "sessies-beeindigen", userId: String(confirmSessionsOf.id) }}
          confirmLabel={t("accounts.sessiesBevestigenKnop", { naam: confirmSessionsOf.name })}
          cancelTo={backTo}
        />
      )}
      {accounts.length === 0 ? (
        <Paragraph>{t("accounts.geen")}</Paragraph>
      ) : (
        <AccountsTable
          accounts={accounts}
          currentUserId={currentUserId}
          organisationId={organisation?.id}
          lastResult={actionData}
        />
      )}
    </div>
  );
}
