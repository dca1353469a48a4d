import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, SelectField, SuccessAlert } from "#app/components/fields.tsx";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import { useSchemaForm, type Field } from "#app/utils/forms.ts";
import {
  deleteSchema,
  leervraagLinkSchema,
  reopenSchema,
  shareSchema,
} from "./wijkmeting-schema.ts";

// What those who may edit an assessment can do on its page: share it, link a learning question,
// reopen it or delete the concept. Each is its own form; only the one that was sent shows errors.

export function WijkmetingActions({
  meting,
  leervragen,
  lastResult,
  done,
}: {
  meting: {
    status: string;
    sharedWithCircle: boolean;
    leervraagId: number | null;
  };
  leervragen: { id: number; title: string }[];
  lastResult: unknown;
  done: MessageKey | null;
}) {
  const t = useT();
  // Held here: "only a concept can be deleted" comes back when the page was out of date, and
  // then the delete form is no longer shown.
  const [deleteForm, deleteFields] = useSchemaForm(deleteSchema, {
    lastResult,
    intent: "verwijderen",
  });
  return (
    <section aria-labelledby="acties" className="leerkring-stack leerkring-card">
      <Heading2 id="acties">{t("monitor.acties.titel")}</Heading2>
      <SuccessAlert message={done} />
      <FormAlert form={deleteForm} />
      <ShareForm shared={meting.sharedWithCircle} lastResult={lastResult} />
      <LeervraagLinkForm
        leervraagId={meting.leervraagId}
        leervragen={leervragen}
        lastResult={lastResult}
      />
      {meting.status === "ingediend" ? (
        <ReopenForm lastResult={lastResult} />
      ) : (
        <DeleteForm form={deleteForm} bevestig={deleteFields.bevestig} />
      )}
    </section>
  );
}

function ShareForm({ shared, lastResult }: { shared: boolean; lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(shareSchema, { lastResult, intent: "delen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="delen" />
      <div className="leerkring-checkbox">
        <input
          type="checkbox"
          id="sharedWithCircle"
          name={fields.sharedWithCircle.name}
          defaultChecked={shared}
          aria-describedby="delen-uitleg"
          key={String(shared)}
        />
        <label htmlFor="sharedWithCircle">{t("monitor.delen.label")}</label>
      </div>
      <Paragraph id="delen-uitleg" className="leerkring-muted">
        {t("monitor.delen.uitleg")}
      </Paragraph>
      <Button type="submit" appearance="secondary-action-button">
        {t("monitor.delen.opslaan")}
      </Button>
    </Form>
  );
}

function LeervraagLinkForm({
  leervraagId,
  leervragen,
  lastResult,
}: {
  leervraagId: number | null;
  leervragen: { id: number; title: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(leervraagLinkSchema, {
    lastResult,
    intent: "leervraag",
    defaultValue: { leervraagId: leervraagId ? String(leervraagId) : "" },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="leervraag" />
      {leervragen.length === 0 ? (
        <Paragraph>{t("monitor.leervraag.geenVragen")}</Paragraph>
      ) : (
        <>
          <SelectField
            field={fields.leervraagId}
            label={t("monitor.leervraag.label")}
            description={t("monitor.leervraag.uitleg")}
            options={[
              { value: "", label: t("monitor.leervraag.geen") },
              ...leervragen.map((l) => ({ value: String(l.id), label: l.title })),
            ]}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("monitor.leervraag.opslaan")}
          </Button>
        </>
      )}
    </Form>
  );
}

function ReopenForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form] = useSchemaForm(reopenSchema, { lastResult, intent: "heropenen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="heropenen" />
      <Paragraph className="leerkring-muted">{t("monitor.heropenen.uitleg")}</Paragraph>
      <Button type="submit" appearance="secondary-action-button">
        {t("monitor.heropenen")}
      </Button>
    </Form>
  );
}

function DeleteForm({
  form,
  bevestig,
}: {
  form: { id: string; onSubmit: React.FormEventHandler<HTMLFormElement> };
  bevestig: Field;
}) {
  const t = useT();
  const error = bevestig.errors;
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="verwijderen" />
      <div className="leerkring-checkbox">
        <input
          type="checkbox"
          id="bevestig"
          name={bevestig.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "bevestig-fout" : undefined}
        />
        <label htmlFor="bevestig">{t("monitor.verwijderen.bevestig")}</label>
      </div>
      {error && (
        <Paragraph id="bevestig-fout" className="leerkring-error">
          {t(error.key, error.vars)}
        </Paragraph>
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t("monitor.verwijderen")}
      </Button>
    </Form>
  );
}
