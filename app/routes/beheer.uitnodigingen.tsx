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
import { Form } from "react-router";
import type { Route } from "./+types/beheer.uitnodigingen";
import {
  createInvitation,
  listOpenInvitations,
  revokeInvitation,
} from "#app/auth/account-tokens.server.ts";
import { findActiveUserByEmail } from "#app/auth/accounts.server.ts";
import { can, invitableRoles, roleFitsOrganisation } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import {
  listOrganisations,
  organisationExists,
  organisationKind,
} from "#app/beheer/organisations.server.ts";
import { invitationSchema } from "#app/beheer/invitation-schema.ts";
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { locales } from "#shared/i18n/locales.ts";
import { leerkringContext } from "#app/load-context.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { invitationLink } from "#app/auth/account-mail.server.tsx";
import { DemoMailLink } from "#app/beheer/demo-mail-link.tsx";
import { ItemAction } from "#app/components/item-action.tsx";

const browserSchema = invitationSchema();

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "uitnodiging:versturen");
  const everyone = can(user, "gebruiker:beheren");
  return {
    organisations: listOrganisations().map((o) => ({ value: String(o.id), label: o.name })),
    roles: invitableRoles(user.role),
    invitations: listOpenInvitations(everyone ? {} : { createdById: user.id }),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "uitnodiging:versturen");
  const formData = await request.formData();
  const submission = parseSubmission(formData, invitationSchema(organisationExists));
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;

  if (command.intent === "intrekken") {
    const everyone = can(user, "gebruiker:beheren");
    const own = listOpenInvitations(everyone ? {} : { createdById: user.id }).some(
      (i) => i.id === command.id,
    );
    if (!own) {
      return invalid(
        submission,
        { form: { key: "fout.uitnodigingNietGevonden" } },
        { status: 404 },
      );
    }
    revokeInvitation(command.id);
    return { done: "uitnodigen.ingetrokken" as const };
  }

  const { email, organisationId, role, locale } = command;
  const refuse = (key: "fout.rolNietToegestaan" | "fout.rolPastNietBijOrganisatie") =>
    invalid(submission, { fields: { role: { key } } });
  if (!invitableRoles(user.role).includes(role)) return refuse("fout.rolNietToegestaan");
  if (!roleFitsOrganisation(role, organisationKind(organisationId)!)) {
    return refuse("fout.rolPastNietBijOrganisatie");
  }
  if (findActiveUserByEmail(email)) {
    return invalid(submission, { fields: { email: { key: "fout.emailHeeftAccount" } } });
  }
  const { token, mailId } = createInvitation({
    email,
    role,
    organisationId,
    createdById: user.id,
    locale,
    inviterName: user.name,
  });
  const { log, mailSends } = context.get(leerkringContext);
  if (mailSends) {
    // The link is in the mail only: not on this page, not in the log.
    log.info({ email, role, by: user.email, mailId }, "uitnodiging");
    return { done: "uitnodigen.verstuurd" as const };
  }
  // The demo sends nothing: the mail waits at /beheer/e-mail, and a beheerder sees the link here.
  const link = invitationLink(token);
  log.info({ email, role, by: user.email, mailId, link }, "uitnodiging");
  return {
    done: "uitnodigen.bewaard" as const,
    demoLink: can(user, "e-mail:beheren") ? link : null,
    email,
  };
}

export default function Uitnodigingen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const done = actionData && "done" in actionData ? actionData : null;
  const [form, fields] = useSchemaForm(browserSchema, {
    lastResult: actionData,
    intent: "uitnodigen",
  });
  // Revoking has no fields: an invitation that is gone is said above the form.
  const [revokeForm] = useSchemaForm(browserSchema, {
    lastResult: actionData,
    intent: "intrekken",
  });
  const confirmError = fields.bevestigBeheerder.errors;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.uitnodigingen")}</PageTitle>
      <section aria-labelledby="nieuw" className="leerkring-stack">
        <Heading2 id="nieuw">{t("uitnodigen.titel")}</Heading2>
        <Paragraph>{t("uitnodigen.uitleg")}</Paragraph>
        <SuccessAlert message={done?.done} />
        {done && "demoLink" in done && done.demoLink && (
          <DemoMailLink
            label={t("uitnodigen.linkVoor", { email: done.email })}
            link={done.demoLink}
            testId="uitnodigingslink"
          />
        )}
        <FormAlert form={revokeForm} />
        <FormAlert form={form} />
        <Form
          method="post"
          id={form.id}
          onSubmit={form.onSubmit}
          noValidate
          className="leerkring-form"
        >
          <input type="hidden" name="intent" value="uitnodigen" />
          <TextField field={fields.email} type="email" label={t("veld.email")} />
          <SelectField
            field={fields.organisationId}
            label={t("veld.organisatie")}
            options={loaderData.organisations}
            placeholder={t("veld.kies")}
          />
          <SelectField
            field={fields.role}
            label={t("veld.rol")}
            options={loaderData.roles.map((r) => ({ value: r, label: t(`rol.${r}`) }))}
            placeholder={t("veld.kies")}
            description={t("uitnodigen.rolUitleg")}
          />
          <SelectField
            field={fields.locale}
            label={t("uitnodigen.taal")}
            options={locales.map((l) => ({ value: l, label: t(`taal.${l}`) }))}
          />
          {loaderData.roles.includes("beheerder") && (
            <div>
              <div className="leerkring-checkbox">
                <input
                  type="checkbox"
                  id="bevestigBeheerder"
                  name={fields.bevestigBeheerder.name}
                  value="ja"
                  defaultChecked={fields.bevestigBeheerder.initialValue === "ja"}
                  aria-invalid={confirmError ? true : undefined}
                  aria-describedby={confirmError ? "bevestigBeheerder-fout" : undefined}
                />
                <label htmlFor="bevestigBeheerder">{t("uitnodigen.bevestigBeheerder")}</label>
              </div>
              {confirmError && (
                <Paragraph id="bevestigBeheerder-fout" className="leerkring-error">
                  {t(confirmError.key, confirmError.vars)}
                </Paragraph>
              )}
            </div>
          )}
          <Button type="submit" appearance="primary-action-button">
            {t("uitnodigen.knop")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="open">
        <Heading2 id="open">{t("uitnodigen.open")}</Heading2>
        {loaderData.invitations.length === 0 ? (
          <Paragraph>{t("uitnodigen.geenOpen")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("veld.email")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("veld.organisatie")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("veld.rol")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitnodigen.verloopt")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {loaderData.invitations.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.email}</TableCell>
                    <TableCell>{i.organisationName}</TableCell>
                    <TableCell>{i.role ? t(`rol.${i.role}`) : ""}</TableCell>
                    <TableCell>{formatDateTime(locale, i.expiresAt)}</TableCell>
                    <TableCell>
                      <ItemAction
                        intent="intrekken"
                        fields={{ id: i.id }}
                        label={t("uitnodigen.intrekken")}
                        item={i.email}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
