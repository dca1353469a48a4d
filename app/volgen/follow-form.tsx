import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { followSchema } from "./volgen-schema.ts";

/** "Follow new essays by e-mail" on /essays: one address, confirmed by mail (double opt-in). */
export function FollowForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const sent = typeof lastResult === "object" && lastResult !== null && "followSent" in lastResult;
  const [form, fields] = useSchemaForm(followSchema, { lastResult, intent: "volgen" });
  return (
    <section aria-labelledby="volgen" className="leerkring-stack leerkring-card">
      <Heading2 id="volgen">{t("volgen.titel")}</Heading2>
      <Paragraph>{t("volgen.uitleg")}</Paragraph>
      {sent ? (
        <SuccessAlert message="volgen.verstuurd" />
      ) : (
        <>
          <FormAlert form={form} />
          <Form
            method="post"
            id={form.id}
            onSubmit={form.onSubmit}
            noValidate
            className="leerkring-form"
          >
            <input type="hidden" name="intent" value="volgen" />
            <TextField
              field={fields.email}
              type="email"
              label={t("volgen.adres")}
              autoComplete="email"
            />
            <Button type="submit" appearance="primary-action-button">
              {t("volgen.versturen")}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
