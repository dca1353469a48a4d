import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { FormAlert, TextareaField } from "#app/components/fields.tsx";
import { isFormResult, useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { toetredingIntents } from "./toetreding-schema.ts";

/** A second-circle municipality asks to join the first circle, with its motivation. */
export function AskToJoinForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(toetredingIntents, { lastResult, intent: "vragen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="vragen" />
      <TextareaField
        field={fields.motivation}
        label={t("kring.motivatie")}
        description={t("kring.motivatieUitleg")}
        rows={5}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("kring.vragen")}
      </Button>
    </Form>
  );
}

/** A project leader's decision on one request; only the form that was sent shows its errors. */
export function DecideJoinForm({
  requestId,
  organisationName,
  lastResult,
}: {
  requestId: number;
  organisationName: string;
  lastResult: unknown;
}) {
  const t = useT();
  const sent =
    isFormResult(lastResult) && lastResult.initialValue?.["requestId"] === String(requestId);
  const [form, fields] = useSchemaForm(toetredingIntents, {
    lastResult: sent ? lastResult : null,
    intent: "beoordelen",
    id: `beoordelen-${requestId}`,
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="beoordelen" />
      <input type="hidden" name="requestId" value={requestId} />
      <RadioGroup
        field={fields.besluit}
        legend={t("kring.besluit", { gemeente: organisationName })}
        options={[
          { value: "aanvaard", label: t("kring.besluit.aanvaard") },
          { value: "afgewezen", label: t("kring.besluit.afgewezen") },
        ]}
      />
      <TextareaField
        field={fields.reasons}
        label={t("kring.redenenVeld")}
        description={t("kring.redenenUitleg")}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("kring.beoordelen")}
      </Button>
    </Form>
  );
}
