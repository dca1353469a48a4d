import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/account.tweestaps";
import { PasskeySection } from "#app/auth/passkey-section.tsx";
import {
  PASSKEY_LIMIT,
  passkeyErrors,
  passkeyName,
  registrationOptions,
} from "#app/auth/passkeys.server.ts";
import { RecoveryCodes } from "#app/auth/recovery-codes.tsx";
import {
  confirmTotpSetUp,
  hasSecondFactor,
  hasTotp,
  replaceRecoveryCodes,
} from "#app/auth/totp.server.ts";
import {
  addOwnPasskey,
  disableOwnSecondFactor,
  removeOwnPasskey,
  secondFactorPage,
} from "#app/auth/tweestaps.server.tsx";
import {
  disableSchema,
  enableSchema,
  passkeyRegisterSchema,
  passkeyRemoveSchema,
  tweestapsSchema,
} from "#app/auth/tweestaps-schema.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { requireAuth } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { TotpKey } from "#app/auth/totp-key.tsx";

// Two-factor login of the signed-in person (app/auth/totp.server.ts): set up by QR code or key and
// a typed code, then recovery codes shown once. The one page (with /account) that a person whose
// role requires two-factor login may use before it is set up.

export function loader({ request }: Route.LoaderArgs) {
  const { user } = requireAuth(request, { mfaSetUp: "allowed" });
  return { email: user.email, state: secondFactorPage(user) };
}

export async function action({ request }: Route.ActionArgs) {
  const { user } = requireAuth(request, { mfaSetUp: "allowed" });
  const formData = await request.formData();
  const submission = parseSubmission(formData, tweestapsSchema);
  if (submission.status !== "success") {
    // A browser's passkey answer that does not parse: said at the top of the form (a 400).
    const unreadable = submission.error?.["antwoord"];
    return invalid(
      submission,
      unreadable ? { form: { key: "passkey.fout.ongeldigAntwoord" } } : {},
    );
  }
  const command = submission.value;
  switch (command.intent) {
    case "aanzetten": {
      if (hasTotp(user.id)) return { done: "tweestaps.aangezet" as const };
      const codes = confirmTotpSetUp(user.id, command.code);
      if (!codes) {
        return invalid(submission, { fields: { code: { key: "tweestaps.fout.codeOnjuist" } } });
      }
      return { done: "tweestaps.aangezet" as const, codes };
    }
    case "nieuwe-codes":
      if (!hasSecondFactor(user.id)) {
        return invalid(submission, { form: { key: "tweestaps.fout.nietAan" } }, { status: 409 });
      }
      return {
        done: "tweestaps.nieuweCodesGemaakt" as const,
        codes: replaceRecoveryCodes(user.id),
      };
    case "passkey-opties":
      return { passkeyOptions: await registrationOptions(user) };
    case "passkey-registreren": {
      const added = await addOwnPasskey(user.id, command.naam, command.antwoord);
      if (!added.ok) {
        const key = passkeyErrors[added.reason];
        return invalid(
          submission,
          { form: { key, vars: { aantal: PASSKEY_LIMIT } } },
          { status: added.reason === "limit" ? 409 : 400 },
        );
      }
      return { done: "passkey.toegevoegd" as const, codes: added.codes };
    }
    case "passkey-verwijderen": {
      const name = passkeyName(user.id, command.id);
      if (name === null) {
        return invalid(submission, { form: { key: "passkey.fout.bestaatNiet" } }, { status: 404 });
      }
      if (!isConfirmed(formData)) return { confirmRemove: { id: command.id, name } };
      const removed = removeOwnPasskey(user, command.id);
      if (removed !== "done") {
        return invalid(
          submission,
          {
            form: {
              key: removed === "required" ? "passkey.fout.laatste" : "passkey.fout.bestaatNiet",
            },
          },
          { status: removed === "required" ? 403 : 404 },
        );
      }
      return { done: "passkey.verwijderd" as const };
    }
    case "uitzetten": {
      const result = await disableOwnSecondFactor(user, command.bewijs);
      if (result === "required") {
        return invalid(
          submission,
          { form: { key: "tweestaps.uitzettenNietToegestaan" } },
          { status: 403 },
        );
      }
      if (result === "wrong-proof") {
        return invalid(submission, { fields: { bewijs: { key: "tweestaps.fout.bewijsOnjuist" } } });
      }
      return { done: "tweestaps.uitgezet" as const };
    }
  }
}

export default function Tweestaps({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, email } = loaderData;
  const done = actionData && "done" in actionData ? actionData : null;
  const confirmRemove =
    actionData && "confirmRemove" in actionData ? actionData.confirmRemove : null;
  const [removeForm] = useSchemaForm(passkeyRemoveSchema, {
    lastResult: actionData,
    intent: "passkey-verwijderen",
  });
  // Posted without the page's fetcher (no JavaScript, or a client of its own): said here.
  const [registerForm] = useSchemaForm(passkeyRegisterSchema, {
    lastResult: actionData,
    intent: "passkey-registreren",
  });
  const [enableForm, enableFields] = useSchemaForm(enableSchema, {
    lastResult: actionData,
    intent: "aanzetten",
  });
  const [disableForm, disableFields] = useSchemaForm(disableSchema, {
    lastResult: actionData,
    intent: "uitzetten",
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("tweestaps.titel")}</PageTitle>
      <Heading1>{t("tweestaps.titel")}</Heading1>
      <SuccessAlert message={done?.done} />
      {done && "codes" in done && done.codes && <RecoveryCodes codes={done.codes} />}
      {state.required && state.missing && <Alert type="warning">{t("tweestaps.verplicht")}</Alert>}
      <Paragraph>{t("tweestaps.uitleg")}</Paragraph>
      {state.enabled ? (
        <>
          <Paragraph>
            {t("tweestaps.staatAan")} {t("tweestaps.herstelcodesOver", { count: state.codesLeft })}
          </Paragraph>
          <Form method="post" className="leerkring-actions">
            <input type="hidden" name="intent" value="nieuwe-codes" />
            <Button type="submit" appearance="secondary-action-button">
              {t("tweestaps.nieuweCodes")}
            </Button>
            <span className="leerkring-muted">{t("tweestaps.nieuweCodesUitleg")}</span>
          </Form>
          {!state.required && (
            <section aria-labelledby="uitzetten">
              <Heading2 id="uitzetten">{t("tweestaps.uitzetten")}</Heading2>
              <Form
                method="post"
                id={disableForm.id}
                onSubmit={disableForm.onSubmit}
                noValidate
                className="leerkring-form"
              >
                <input type="hidden" name="intent" value="uitzetten" />
                <FormAlert form={disableForm} />
                <TextField
                  field={disableFields.bewijs}
                  type="password"
                  label={t("tweestaps.bewijs")}
                  autoComplete="current-password"
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t("tweestaps.uitzetten")}
                </Button>
              </Form>
            </section>
          )}
        </>
      ) : (
        <>
          <Paragraph>{t("tweestaps.staatUit")}</Paragraph>
          <TotpKey qr={state.qr} secret={state.secret} email={email} />
          <section aria-labelledby="stap2">
            <Heading2 id="stap2">{t("tweestaps.stap2")}</Heading2>
            <Form
              method="post"
              id={enableForm.id}
              onSubmit={enableForm.onSubmit}
              noValidate
              className="leerkring-form"
            >
              <input type="hidden" name="intent" value="aanzetten" />
              <FormAlert form={enableForm} />
              <TextField
                field={enableFields.code}
                label={t("tweestaps.code")}
                autoComplete="one-time-code"
                inputMode="numeric"
                required
              />
              <Button type="submit" appearance="primary-action-button">
                {t("tweestaps.aanzetten")}
              </Button>
            </Form>
          </section>
        </>
      )}
      {confirmRemove && (
        <ConfirmStep
          id="passkey-verwijderen"
          consequences={[t("passkey.bevestig", { naam: confirmRemove.name })]}
          fields={{ intent: "passkey-verwijderen", id: confirmRemove.id }}
          confirmLabel={t("passkey.jaVerwijderen", { naam: confirmRemove.name })}
          cancelTo="/account/tweestaps"
        />
      )}
      <FormAlert form={removeForm} />
      <FormAlert form={registerForm} />
      <PasskeySection passkeys={state.passkeys} />
      <Paragraph>
        <Link to="/account" className="utrecht-link">
          {t("tweestaps.terug")}
        </Link>
      </Paragraph>
    </div>
  );
}
