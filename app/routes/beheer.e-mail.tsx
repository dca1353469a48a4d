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
import { Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/beheer.e-mail";
import { requirePermission } from "#app/auth/user.server.ts";
import { OutboxMessageView } from "#app/beheer/outbox-message.tsx";
import { FormAlert, SelectField, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { leerkringContext } from "#app/load-context.ts";
import {
  getOutboxMail,
  liftSuppression,
  listOutbox,
  listSuppressions,
} from "#app/mail/outbox.server.ts";
import { parseId, pageParam } from "#app/utils/fields.ts";
import { emailField } from "#app/utils/fields.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { ItemAction } from "#app/components/item-action.tsx";
import { mailStatuses, type MailStatus } from "#db/schema.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// The outbox and the addresses that get no more mail, for the beheerder: every mail Leerkring
// wrote, also those it could not send. Without SMTP (the demo) this is where mail is read.

const filterSchema = z.object({ status: z.string().optional() });
const liftSchema = z.object({ intent: z.literal("opheffen"), address: emailField });

export function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(request, "e-mail:beheren");
  const url = new URL(request.url);
  const wanted = url.searchParams.get("status") ?? "";
  const status = mailStatuses.find((s) => s === wanted) ?? null;
  const outbox = listOutbox({ page: pageParam(url), statuses: status ? [status] : [] });
  const id = parseId(url.searchParams.get("bericht") ?? undefined);
  const mail = id ? getOutboxMail(id) : null;
  const { mailSends } = context.get(leerkringContext);
  return {
    mailSends,
    status,
    ...outbox,
    message: mail && mailSends ? withoutAccountTokens(mail) : mail,
    suppressions: listSuppressions(),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "e-mail:beheren");
  const submission = parseSubmission(await request.formData(), liftSchema);
  if (submission.status !== "success") return invalid(submission);
  const { address } = submission.value;
  if (!listSuppressions().some((s) => s.address === address)) {
    return invalid(submission, { form: { key: "fout.adresNietOnderdrukt" } }, { status: 404 });
  }
  liftSuppression(address);
  context.get(leerkringContext).log.info({ address, by: user.email }, "onderdrukking opgeheven");
  return { done: "email.opgeheven" as const };
}

export default function EMail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { mails, page, pages, message, suppressions, mailSends, status } = loaderData;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const [form] = useSchemaForm(liftSchema, { lastResult: actionData });
  const [, filter] = useSchemaForm(filterSchema, {
    lastResult: null,
    defaultValue: { status: status ?? "" },
  });
  const statusLabel = (s: MailStatus) => t(`email.status.${s}`);
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.email")}</PageTitle>
      {!mailSends && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t("email.nietVerzonden")}</strong> {t("email.geenSmtpUitleg")}
          </Paragraph>
        </Alert>
      )}
      <SuccessAlert message={done} />
      <FormAlert form={form} />
      {message && <OutboxMessageView mail={message} />}
      <section aria-labelledby="uitbak" className="leerkring-stack">
        <Heading2 id="uitbak">{t("email.uitbak")}</Heading2>
        <Form method="get" className="leerkring-actions">
          <SelectField
            field={filter.status}
            label={t("email.filter")}
            options={[
              { value: "", label: t("email.alleStatussen") },
              ...mailStatuses.map((s) => ({ value: s, label: statusLabel(s) })),
            ]}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("email.filterKnop")}
          </Button>
        </Form>
        {mails.length === 0 ? (
          <Paragraph>{status ? t("email.geenMetStatus") : t("email.leeg")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("email.onderwerp")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.aan")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.status")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.pogingen")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.aangemaakt")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {mails.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <Link to={messageLink(m.id, status, page)}>{m.subject}</Link>
                    </TableCell>
                    <TableCell>{m.toAddress}</TableCell>
                    <TableCell>
                      {statusLabel(m.status)}
                      {m.lastError && (
                        <>
                          <br />
                          <span className="leerkring-muted">{m.lastError}</span>
                        </>
                      )}
                    </TableCell>
                    <TableCell>{m.attempts}</TableCell>
                    <TableCell>{formatDateTime(locale, m.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <Pagination page={page} pages={pages} />
      </section>
      <section aria-labelledby="onderdrukt" className="leerkring-stack">
        <Heading2 id="onderdrukt">{t("email.onderdrukt")}</Heading2>
        <Paragraph>{t("email.onderdruktUitleg")}</Paragraph>
        {suppressions.length === 0 ? (
          <Paragraph>{t("email.geenOnderdrukt")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("veld.email")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.reden")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("email.sinds")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {suppressions.map((s) => (
                  <TableRow key={s.address}>
                    <TableCell>{s.address}</TableCell>
                    <TableCell>{s.reason}</TableCell>
                    <TableCell>{formatDateTime(locale, s.createdAt)}</TableCell>
                    <TableCell>
                      <ItemAction
                        intent="opheffen"
                        fields={{ address: s.address }}
                        label={t("email.opheffen")}
                        item={s.address}
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

/**
 * With SMTP an invitation or reset link reaches only its person: the beheerder reads the mail
 * here without its token. (Without SMTP, the demo, this page is how the link gets anywhere.)
 */
function withoutAccountTokens<M extends { html: string; text: string }>(mail: M): M {
  const hide = (value: string) =>
    value.replace(/(\/(?:uitnodiging|wachtwoord-herstellen)\/)[a-z2-7]+/g, "$1[verborgen]");
  return { ...mail, html: hide(mail.html), text: hide(mail.text) };
}

function messageLink(id: number, status: MailStatus | null, page: number): string {
  const params = new URLSearchParams({ bericht: String(id) });
  if (status) params.set("status", status);
  if (page > 1) params.set("pagina", String(page));
  return `?${params}`;
}
