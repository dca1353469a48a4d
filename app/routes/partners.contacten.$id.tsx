import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/partners.contacten.$id";
import { requirePermission, notFound } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { checkContactChoices } from "#app/partners/contact-checks.server.ts";
import { ContactForm } from "#app/partners/contact-form.tsx";
import { contactSchema } from "#app/partners/contact-schema.ts";
import { deleteContact, getContact, updateContact } from "#app/partners/contacten.server.ts";
import { formChoices } from "#app/partners/partners.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { invalid, isFormResult, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

// /partners/contacten/:id: keep a contact up to date, or remove it for good. A contact this
// person may not see (no consent, entered by someone else) is a 404, as if it did not exist.
function requireContact(request: Request, id: string | undefined) {
  const user = requirePermission(request, "partners:contacten");
  const contactId = parseId(id);
  const contact = contactId === null ? null : getContact(user, contactId);
  if (!contact) throw notFound();
  return contact;
}

export function loader({ request, params }: Route.LoaderArgs) {
  const contact = requireContact(request, params.id);
  return { contact, ...formChoices() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const contact = requireContact(request, params.id);
  const formData = await request.formData();
  if (formData.get("intent") === "verwijderen") {
    if (!isConfirmed(formData)) return { confirmDelete: true };
    deleteContact(contact.id);
    return redirect("/partners/contacten?klaar=verwijderd");
  }
  const submission = parseSubmission(formData, contactSchema);
  if (submission.status !== "success") return invalid(submission);
  const wrong = checkContactChoices(submission.value);
  if (wrong) return invalid(submission, { fields: wrong });
  updateContact(contact.id, submission.value);
  return redirect("/partners/contacten?klaar=gewijzigd");
}

export default function Contact({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const c = loaderData.contact;
  const title = t("contacten.bewerkTitel", { naam: c.name });
  const confirming = !!actionData && !isFormResult(actionData) && actionData.confirmDelete;
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Heading1>{title}</Heading1>
      <Paragraph>
        <Link to="/partners/contacten" className="utrecht-link">
          {t("contacten.titel")}
        </Link>
      </Paragraph>
      <Paragraph>{t("contacten.avg")}</Paragraph>
      <ContactForm
        partners={loaderData.partners}
        gemeenten={loaderData.gemeenten}
        defaultValue={{
          name: c.name,
          organisation: c.organisation,
          function: c.function,
          gemeenteId: c.gemeenteId === null ? "" : String(c.gemeenteId),
          knownById: String(c.knownById),
          consent: c.consentOn ? "ja" : "nee",
          consentOn: c.consentOn ?? "",
        }}
        lastResult={actionData}
      />
      <section aria-labelledby="verwijderen" className="leerkring-stack">
        <Heading2 id="verwijderen">{t("contacten.verwijderen")}</Heading2>
        {confirming ? (
          <ConfirmStep
            id="bevestig-verwijderen"
            consequences={[t("contacten.verwijderGevolg", { naam: c.name })]}
            fields={{ intent: "verwijderen" }}
            confirmLabel={t("contacten.verwijderen")}
            cancelTo={`/partners/contacten/${c.id}`}
          />
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="verwijderen" />
            <Button type="submit" appearance="secondary-action-button">
              {t("contacten.verwijderen")}
            </Button>
          </Form>
        )}
      </section>
    </div>
  );
}
