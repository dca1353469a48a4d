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
import { z } from "zod";
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
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import { chosenId, emailField, roleField } from "#app/utils/fields.ts";
import {
  formError,
  formValues,
  invalidForm,
  parseForm,
  type FormFailure,
} from "#app/utils/forms-legacy.ts";
import { absoluteUrl } from "#shared/config.server.ts";

const invitationSchema = z
  .object({
    email: emailField,
    organisationId: chosenId("fout.kiesOrganisatie").refine(
      organisationExists,
      "fout.kiesOrganisatie",
    ),
    role: roleField,
    bevestigBeheerder: z.string().optional(),
  })
  // The role that manages accounts (the beheerder's) can do everything; handing that out takes a
  // deliberate second tick.
  .refine((i) => !can(i, "gebruiker:beheren") || i.bevestigBeheerder === "ja", {
    path: ["bevestigBeheerder"],
    message: "fout.bevestigBeheerder",
  });

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
  const intent = formData.get("intent");

  if (intent === "intrekken") {
    const id = String(formData.get("id") ?? "");
    const everyone = can(user, "gebruiker:beheren");
    const own = listOpenInvitations(everyone ? {} : { createdById: user.id }).some(
      (i) => i.id === id,
    );
    if (!own) return formError("fout.uitnodigingNietGevonden", formData, { status: 404 });
    revokeInvitation(id);
    return { done: "uitnodigen.ingetrokken" as const };
  }

  const parsed = parseForm(invitationSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const { email, organisationId, role } = parsed.data;
  const values = formValues(formData);
  if (!invitableRoles(user.role).includes(role)) {
    return invalidForm({ errors: { role: "fout.rolNietToegestaan" }, values });
  }
  if (!roleFitsOrganisation(role, organisationKind(organisationId)!)) {
    return invalidForm({ errors: { role: "fout.rolPastNietBijOrganisatie" }, values });
  }
  if (findActiveUserByEmail(email)) {
    return invalidForm({ errors: { email: "fout.emailHeeftAccount" }, values });
  }
  const { token } = createInvitation({ email, role, organisationId, createdById: user.id });
  const link = absoluteUrl(`/uitnodiging/${token}`);
  // Until Leerkring sends e-mail, the inviter passes the link on; the log keeps a copy.
  context.get(leerkringContext).log.info({ email, role, by: user.email, link }, "uitnodiging");
  return { done: "uitnodigen.aangemaakt" as const, link, email };
}

export default function Uitnodigingen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.uitnodigingen")}</PageTitle>
      <section aria-labelledby="nieuw" className="leerkring-stack">
        <Heading2 id="nieuw">{t("uitnodigen.titel")}</Heading2>
        <Paragraph>{t("uitnodigen.uitleg")}</Paragraph>
        <SuccessAlert message={done?.done} />
        {done && "link" in done && (
          <div className="leerkring-card">
            <Paragraph>{t("uitnodigen.linkVoor", { email: done.email ?? "" })}</Paragraph>
            <code className="leerkring-code" data-testid="uitnodigingslink">
              {done.link}
            </code>
          </div>
        )}
        <FormAlert failure={failure} />
        <Form method="post" className="leerkring-form" noValidate>
          <input type="hidden" name="intent" value="uitnodigen" />
          <TextField name="email" type="email" label={t("veld.email")} failure={failure} />
          <SelectField
            name="organisationId"
            label={t("veld.organisatie")}
            options={loaderData.organisations}
            placeholder={t("veld.kies")}
            failure={failure}
          />
          <SelectField
            name="role"
            label={t("veld.rol")}
            options={loaderData.roles.map((r) => ({ value: r, label: t(`rol.${r}`) }))}
            placeholder={t("veld.kies")}
            description={t("uitnodigen.rolUitleg")}
            failure={failure}
          />
          {loaderData.roles.includes("beheerder") && (
            <div>
              <div className="leerkring-checkbox">
                <input
                  type="checkbox"
                  id="bevestigBeheerder"
                  name="bevestigBeheerder"
                  value="ja"
                  defaultChecked={failure?.values.bevestigBeheerder === "ja"}
                  aria-invalid={failure?.errors.bevestigBeheerder ? true : undefined}
                  aria-describedby={
                    failure?.errors.bevestigBeheerder ? "bevestigBeheerder-fout" : undefined
                  }
                />
                <label htmlFor="bevestigBeheerder">{t("uitnodigen.bevestigBeheerder")}</label>
              </div>
              {failure?.errors.bevestigBeheerder && (
                <Paragraph id="bevestigBeheerder-fout" className="leerkring-error">
                  {t(failure.errors.bevestigBeheerder)}
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
                      <Form method="post">
                        <input type="hidden" name="intent" value="intrekken" />
                        <input type="hidden" name="id" value={i.id} />
                        <Button type="submit" appearance="subtle-button">
                          {t("uitnodigen.intrekken")}
                          <span className="visually-hidden"> {i.email}</span>
                        </Button>
                      </Form>
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
