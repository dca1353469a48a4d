import { useT } from "#shared/i18n/index.ts";
import type { Field } from "#app/utils/forms.ts";
import { TextField } from "./fields.tsx";

/** The two fields of withNewPassword (app/auth/password-schema.ts): a new password and the same again. */
export function NewPasswordFields({
  fields,
}: {
  fields: { password: Field; repeatPassword: Field };
}) {
  const t = useT();
  return (
    <>
      <TextField
        field={fields.password}
        type="password"
        label={t("veld.nieuwWachtwoord")}
        description={t("veld.wachtwoordEisen")}
        autoComplete="new-password"
      />
      <TextField
        field={fields.repeatPassword}
        type="password"
        label={t("veld.herhaalWachtwoord")}
        autoComplete="new-password"
      />
    </>
  );
}
