import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import { isFormResult, useSchemaForm } from "#app/utils/forms.ts";
import { roles, type Role } from "#db/schema.ts";
import { roleChangeSchema } from "./account-admin-schema.ts";

/** One account's role in the list; a refused change is shown beside this account's select only. */
export function RoleForm({
  account,
  lastResult,
}: {
  account: { id: number; name: string; role: Role };
  lastResult: unknown;
}) {
  const t = useT();
  const mine =
    isFormResult(lastResult) && lastResult.initialValue?.["userId"] === String(account.id);
  const [form, fields] = useSchemaForm(roleChangeSchema, {
    lastResult: mine ? lastResult : null,
    intent: "rol",
    defaultValue: { userId: String(account.id), role: account.role },
  });
  const id = `rol-${account.id}`;
  const error = fields.role.errors;
  const role = fields.role.initialValue;
  return (
    <>
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-actions"
      >
        <input type="hidden" name="intent" value="rol" />
        <input type="hidden" name="userId" value={account.id} />
        <label className="visually-hidden" htmlFor={id}>
          {t("accounts.rolVan", { naam: account.name })}
        </label>
        <select
          id={id}
          name={fields.role.name}
          defaultValue={typeof role === "string" ? role : account.role}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
          className="utrecht-select utrecht-select--html-select"
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`rol.${r}`)}
            </option>
          ))}
        </select>
        <Button type="submit" appearance="subtle-button">
          {t("actie.opslaan")}
          <span className="visually-hidden"> {account.name}</span>
        </Button>
      </Form>
      {error && (
        <Paragraph id={`${id}-fout`} className="leerkring-error">
          {t(error.key, error.vars)}
        </Paragraph>
      )}
    </>
  );
}
