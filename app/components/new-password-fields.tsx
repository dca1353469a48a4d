import { useT } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms-legacy.ts";
import { TextField } from "./fields-legacy.tsx";

/** The two fields of newPasswordFields: a new password and the same again. */
export function NewPasswordFields({ failure }: { failure: FormFailure | undefined }) {
  const t = useT();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("veld.nieuwWachtwoord")}
        description={t("veld.wachtwoordEisen")}
        autoComplete="new-password"
        failure={failure}
      />
      <TextField
        name="repeatPassword"
        type="password"
        label={t("veld.herhaalWachtwoord")}
        autoComplete="new-password"
        failure={failure}
      />
    </>
  );
}
