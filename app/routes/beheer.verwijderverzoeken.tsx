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
import type { Route } from "./+types/beheer.verwijderverzoeken";
import { requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  eraseAccount,
  findErasureRequest,
  listErasureRequests,
} from "#app/gegevens/erasure.server.ts";
import { eraseSchema } from "#app/gegevens/gegevens-schema.ts";
import { leerkringContext } from "#app/load-context.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// /beheer/verwijderverzoeken — requests for erasure (AVG article 17), carried out by a beheerder
// after a confirmation step (app/gegevens/erasure.server.ts says what goes and what stays).

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "account:wissen");
  return { requests: listErasureRequests() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "account:wissen");
  const formData = await request.formData();
  const submission = parseSubmission(formData, eraseSchema);
  if (submission.status !== "success") return invalid(submission);
  const found = findErasureRequest(submission.value.requestId);
  if (!found) {
    return invalid(
      submission,
      { form: { key: "gegevens.fout.verzoekNietGevonden" } },
      { status: 404 },
    );
  }
  if (found.userId === user.id) {
    return invalid(submission, { form: { key: "gegevens.fout.eigenAccount" } }, { status: 409 });
  }
  if (!isConfirmed(formData)) {
    return { confirm: { requestId: found.id, name: found.name, email: found.email } };
  }
  eraseAccount(context.get(leerkringContext).collab, found.userId);
  // The log line names the account by number only, as the audit trail does.
  context.get(leerkringContext).log.info({ account: found.userId, by: user.id }, "account gewist");
  return { done: "gegevens.verzoeken.gewist" as const };
}

export default function Verwijderverzoeken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const [form] = useSchemaForm(eraseSchema, { lastResult: actionData });
  const { requests } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("gegevens.verzoeken.titel")}</PageTitle>
      <Heading2>{t("gegevens.verzoeken.titel")}</Heading2>
      <Paragraph>{t("gegevens.verzoeken.intro")}</Paragraph>
      {confirm && (
        <ConfirmStep
          id="bevestig-wissen"
          consequences={[
            t("gegevens.verzoeken.bevestig", { naam: confirm.name, email: confirm.email }),
            t("gegevens.verzoeken.bevestigBlijft", { naam: confirm.name }),
          ]}
          fields={{ intent: "wissen", requestId: String(confirm.requestId) }}
          confirmLabel={t("gegevens.verzoeken.jaWissen", { naam: confirm.name })}
          cancelTo="/beheer/verwijderverzoeken"
        />
      )}
      <SuccessAlert message={done} />
      <FormAlert form={form} />
      {requests.length === 0 ? (
        <Paragraph>{t("gegevens.verzoeken.geen")}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("veld.naam")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("veld.organisatie")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("gegevens.verzoeken.gevraagd")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  {r.name} ({r.email})
                </TableCell>
                <TableCell>{r.organisationName}</TableCell>
                <TableCell>{formatDateTime(locale, r.createdAt)}</TableCell>
                <TableCell>
                  <Form method="post">
                    <input type="hidden" name="intent" value="wissen" />
                    <input type="hidden" name="requestId" value={r.id} />
                    <Button type="submit" appearance="secondary-action-button">
                      {t("gegevens.verzoeken.wissen", { naam: r.name })}
                    </Button>
                  </Form>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
