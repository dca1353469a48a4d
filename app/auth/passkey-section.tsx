import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/browser";
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { Form, useFetcher } from "react-router";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { useHydrated } from "#app/editor/live-document.tsx";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";
import { isFormResult, useSchemaForm } from "#app/utils/forms.ts";
import { RecoveryCodes } from "./recovery-codes.tsx";
import { passkeyRegisterSchema } from "./tweestaps-schema.ts";

// The passkeys part of /account/tweestaps. The list and removing (with a ConfirmStep) work without
// JavaScript; adding needs the browser's WebAuthn API, so the form appears only after hydration in
// a browser that has it (progressive enhancement). Adding is two posts to the page's action
// through one fetcher: "passkey-opties" (the server stores the challenge), the browser's prompt,
// then "passkey-registreren" with its answer.

type Passkey = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

const nameSchema = passkeyRegisterSchema.pick({ intent: true, naam: true });

export function PasskeySection({ passkeys }: { passkeys: Passkey[] }) {
  const t = useT();
  const locale = useLocale();
  // Known only in the browser: false on the server and during hydration.
  const supported = useHydrated() && browserSupportsWebAuthn();
  return (
    <section aria-labelledby="passkeys" className="leerkring-stack">
      <Heading2 id="passkeys">{t("passkey.titel")}</Heading2>
      <Paragraph>{t("passkey.uitleg")}</Paragraph>
      {passkeys.length === 0 ? (
        <Paragraph>{t("passkey.geen")}</Paragraph>
      ) : (
        <>
          <Heading3>{t("passkey.lijst")}</Heading3>
          <UnorderedList data-testid="passkeys">
            {passkeys.map((p) => (
              <UnorderedListItem key={p.id}>
                <strong>{p.name}</strong> ·{" "}
                {t("passkey.aangemaakt", { datum: formatDateTime(locale, p.createdAt) })} ·{" "}
                {p.lastUsedAt
                  ? t("passkey.laatstGebruikt", { datum: formatDateTime(locale, p.lastUsedAt) })
                  : t("passkey.nooitGebruikt")}{" "}
                <Form method="post" className="leerkring-inline-form">
                  <input type="hidden" name="intent" value="passkey-verwijderen" />
                  <input type="hidden" name="id" value={p.id} />
                  <Button
                    type="submit"
                    appearance="subtle-button"
                    aria-label={t("passkey.verwijderenVan", { naam: p.name })}
                  >
                    {t("passkey.verwijderen")}
                  </Button>
                </Form>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {supported ? <AddPasskey /> : <Paragraph>{t("passkey.zonderJs")}</Paragraph>}
    </section>
  );
}

function AddPasskey() {
  const t = useT();
  const fetcher = useFetcher();
  const name = useRef("");
  const handled = useRef<unknown>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const result = fetcher.data as unknown;
  const [form, fields] = useSchemaForm(nameSchema, {
    lastResult: result,
    intent: "passkey-registreren",
    id: "passkey-toevoegen",
  });

  // The options came back: ask the browser (and the person) for a new passkey, then send its answer.
  useEffect(() => {
    if (fetcher.state !== "idle" || handled.current === result) return;
    handled.current = result;
    if (!result || typeof result !== "object" || !("passkeyOptions" in result)) return;
    const optionsJSON = result.passkeyOptions as PublicKeyCredentialCreationOptionsJSON;
    startRegistration({ optionsJSON }).then(
      (answer) =>
        fetcher.submit(
          { intent: "passkey-registreren", naam: name.current, antwoord: JSON.stringify(answer) },
          { method: "post" },
        ),
      () => setFailure("passkey.fout.afgebroken"),
    );
  }, [fetcher, result]);

  const done =
    result && typeof result === "object" && "done" in result
      ? (result as { done: MessageKey; codes?: string[] | null })
      : null;
  return (
    <>
      <SuccessAlert message={done?.done} />
      {done?.codes && <RecoveryCodes codes={done.codes} />}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{t(failure)}</Paragraph>
        </Alert>
      )}
      <Form
        method="post"
        id={form.id}
        noValidate
        className="leerkring-form"
        onSubmit={(event) => {
          form.onSubmit(event);
          if (event.defaultPrevented) return;
          event.preventDefault();
          name.current = String(new FormData(event.currentTarget).get("naam") ?? "");
          setFailure(null);
          fetcher.submit({ intent: "passkey-opties" }, { method: "post" });
        }}
      >
        <input type="hidden" name="intent" value="passkey-registreren" />
        {isFormResult(result) && <FormAlert form={form} />}
        <TextField
          field={fields.naam}
          label={t("passkey.naam")}
          description={t("passkey.naamUitleg")}
          maxLength={60}
          required
        />
        <Button type="submit" appearance="secondary-action-button" busy={fetcher.state !== "idle"}>
          {t("passkey.toevoegen")}
        </Button>
      </Form>
    </>
  );
}
