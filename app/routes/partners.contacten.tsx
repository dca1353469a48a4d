import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/partners.contacten";
import { requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { ContactForm } from "#app/partners/contact-form.tsx";
import { contactSchema } from "#app/partners/contact-schema.ts";
import { ContactTable } from "#app/partners/contact-table.tsx";
import { addContact, listContacts } from "#app/partners/contacten.server.ts";
import { formChoices } from "#app/partners/partners.server.ts";
import { checkContactChoices } from "#app/partners/contact-checks.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

const NOTICES = {
  toegevoegd: "contacten.toegevoegd",
  gewijzigd: "contacten.gewijzigd",
  verwijderd: "contacten.verwijderd",
} as const;

// /partners/contacten: the contact register of staff and project leaders (footnote 3 of seed
// 000: "we share contacts"). Which contacts a person sees: app/auth/rules/partner-contact.ts.
export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "partners:contacten");
  const done = new URL(request.url).searchParams.get("klaar");
  return {
    contacts: listContacts(user),
    ...formChoices(),
    notice: done && done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "partners:contacten");
  const submission = parseSubmission(await request.formData(), contactSchema);
  if (submission.status !== "success") return invalid(submission);
  const wrong = checkContactChoices(submission.value);
  if (wrong) return invalid(submission, { fields: wrong });
  addContact(submission.value, user);
  return redirect("/partners/contacten?klaar=toegevoegd");
}

export default function Contacten({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("contacten.titel")}</PageTitle>
      <Heading1>{t("contacten.titel")}</Heading1>
      <Paragraph>{t("contacten.uitleg")}</Paragraph>
      <Paragraph>{t("contacten.avg")}</Paragraph>
      <Paragraph>
        <Link to="/partners" className="utrecht-link">
          {t("contacten.terug")}
        </Link>
      </Paragraph>
      <SuccessAlert message={loaderData.notice} />
      <ContactTable contacts={loaderData.contacts} />
      <section aria-labelledby="nieuw" className="leerkring-stack">
        <Heading2 id="nieuw">{t("contacten.nieuw")}</Heading2>
        <ContactForm
          partners={loaderData.partners}
          gemeenten={loaderData.gemeenten}
          lastResult={actionData}
        />
      </section>
    </div>
  );
}
