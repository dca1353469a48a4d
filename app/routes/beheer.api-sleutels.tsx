import {
  Alert,
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
import type { Route } from "./+types/beheer.api-sleutels";
import { ApiTokenForm } from "#app/api/api-token-form.tsx";
import { apiTokenIntents } from "#app/api/api-token-schema.ts";
import {
  activeApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from "#app/api/tokens.server.ts";
import { roleFitsOrganisation } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { listOrganisations, organisationKind } from "#app/beheer/organisations.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// /beheer/api-sleutels: the beheerder issues and revokes keys of the JSON API (docs/api.md).
export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "api-sleutel:beheren");
  return {
    organisations: listOrganisations().map((o) => ({ value: String(o.id), label: o.name })),
    tokens: listApiTokens(),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "api-sleutel:beheren");
  const formData = await request.formData();
  const submission = parseSubmission(formData, apiTokenIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "intrekken") {
    const token = activeApiToken(command.id);
    if (!token) {
      return invalid(submission, { form: { key: "apiSleutel.nietGevonden" } }, { status: 404 });
    }
    if (!isConfirmed(formData)) return { confirm: token };
    revokeApiToken(token.id, user);
    return { done: "apiSleutel.ingetrokken" as const };
  }
  const kind = organisationKind(command.organisationId);
  if (!kind) {
    return invalid(submission, { fields: { organisationId: { key: "fout.kiesOrganisatie" } } });
  }
  if (!roleFitsOrganisation(command.role, kind)) {
    return invalid(submission, { fields: { role: { key: "fout.rolPastNietBijOrganisatie" } } });
  }
  const { token } = createApiToken(command, user);
  // Shown once, on this answer only: it is stored as a hash.
  return { created: { name: command.name, token } };
}

export default function ApiSleutels({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const created = actionData && "created" in actionData ? actionData.created : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const done = actionData && "done" in actionData ? actionData.done : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("apiSleutel.titel")}</PageTitle>
      <Heading2>{t("apiSleutel.titel")}</Heading2>
      <Paragraph>{t("apiSleutel.uitleg")}</Paragraph>
      <SuccessAlert message={done} />
      {created && (
        <Alert type="ok">
          <Paragraph>{t("apiSleutel.gemaakt", { naam: created.name })}</Paragraph>
          <Paragraph>
            {t("apiSleutel.sleutel")}: <code data-testid="api-sleutel">{created.token}</code>
          </Paragraph>
        </Alert>
      )}
      {confirm && (
        <ConfirmStep
          id="bevestig-intrekken"
          consequences={[t("apiSleutel.bevestigIntrekken", { naam: confirm.name })]}
          fields={{ intent: "intrekken", id: String(confirm.id) }}
          confirmLabel={t("apiSleutel.jaIntrekken", { naam: confirm.name })}
          cancelTo="/beheer/api-sleutels"
        />
      )}
      <section aria-labelledby="nieuw" className="leerkring-card">
        <h3 id="nieuw" className="utrecht-heading-3">
          {t("apiSleutel.nieuw")}
        </h3>
        <ApiTokenForm organisations={loaderData.organisations} lastResult={actionData} />
      </section>
      <section aria-labelledby="lijst">
        <h3 id="lijst" className="utrecht-heading-3">
          {t("apiSleutel.lijst")}
        </h3>
        {loaderData.tokens.length === 0 ? (
          <Paragraph>{t("apiSleutel.geen")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("apiSleutel.veld.naam")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("apiSleutel.veld.organisatie")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("apiSleutel.veld.rechten")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("apiSleutel.gemaaktOp")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("apiSleutel.laatstGebruikt")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("apiSleutel.status")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {loaderData.tokens.map((k) => (
                  <TableRow key={k.id}>
                    <TableHeaderCell scope="row">{k.name}</TableHeaderCell>
                    <TableCell>
                      {k.organisationName} ({t(`rol.${k.role}`)})
                    </TableCell>
                    <TableCell>
                      {k.scopes.map((s) => t(`apiSleutel.scope.${s}`)).join(", ")}
                    </TableCell>
                    <TableCell>{formatDateTime(locale, k.createdAt)}</TableCell>
                    <TableCell>
                      {k.lastUsedAt ? formatDateTime(locale, k.lastUsedAt) : t("apiSleutel.nooit")}
                    </TableCell>
                    <TableCell>
                      {k.revokedAt ? (
                        t("apiSleutel.ingetrokkenOp", {
                          datum: formatDateTime(locale, k.revokedAt),
                        })
                      ) : (
                        <Form method="post">
                          <input type="hidden" name="intent" value="intrekken" />
                          <input type="hidden" name="id" value={k.id} />
                          <Button type="submit" appearance="subtle-button">
                            {t("apiSleutel.intrekken")}
                            <span className="visually-hidden"> {k.name}</span>
                          </Button>
                        </Form>
                      )}
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
