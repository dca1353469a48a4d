import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/meldingen";
import { requireUser, safeRedirectPath } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { centreSchema } from "#app/notifications/centre-schema.ts";
import { listNotifications, markAllRead, markRead } from "#app/notifications/centre.server.ts";
import { MarkAllRead, NotificationList, Pages } from "#app/notifications/centre-page.tsx";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = requireUser(request);
  const raw = new URL(request.url).searchParams.get("pagina") ?? "1";
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return listNotifications(user.id, page);
}

export async function action({ request }: Route.ActionArgs) {
  const user = requireUser(request);
  const submission = parseSubmission(await request.formData(), centreSchema);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "alles-gelezen") {
    markAllRead(user.id);
    return { done: "meldingen.allesGelezenGedaan" as const };
  }
  // Only the person's own: another's id is answered as if it did not exist.
  const link = markRead(user.id, command.id);
  if (link === null) {
    return invalid(submission, { form: { key: "meldingen.nietGevonden" } }, { status: 404 });
  }
  return redirect(safeRedirectPath(link));
}

export default function Meldingen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { items, page, pages, unread } = loaderData;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const [form] = useSchemaForm(centreSchema, { lastResult: actionData });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("meldingen.titel")}</PageTitle>
      <Heading1>{t("meldingen.titel")}</Heading1>
      <SuccessAlert message={done} />
      <FormAlert form={form} />
      {items.length === 0 ? (
        <Paragraph>{t("meldingen.leeg")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("meldingen.intro")}{" "}
            {unread > 0
              ? t("meldingen.aantalOngelezen", { count: unread })
              : t("meldingen.geenOngelezen")}
            .
          </Paragraph>
          {unread > 0 && <MarkAllRead />}
          <NotificationList items={items} />
          <Pages page={page} pages={pages} />
        </>
      )}
    </div>
  );
}
