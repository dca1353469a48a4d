import {
  browserSupportsWebAuthn,
  startAuthentication,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { useHydrated } from "#app/editor/live-document.tsx";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import { isFormResult, type FieldMessage } from "#app/utils/forms.ts";

// "Gebruik een passkey" at /inloggen/code, beside the code form. Rendered only after hydration in
// a browser with WebAuthn (without JavaScript the code form is all there is). One fetcher posts
// "passkey-opties" to the page's action (the server stores a challenge bound to this pending
// step), the browser asks for the passkey, and "passkey" sends its answer; the action then
// redirects like the code form does, and the fetcher follows.

export function PasskeyStep({ rememberId }: { rememberId: string }) {
  const t = useT();
  const fetcher = useFetcher();
  // Known only in the browser: false on the server and during hydration.
  const supported = useHydrated() && browserSupportsWebAuthn();
  const handled = useRef<unknown>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const result = fetcher.data as unknown;

  useEffect(() => {
    if (fetcher.state !== "idle" || handled.current === result) return;
    handled.current = result;
    if (!result || typeof result !== "object" || !("passkeyOptions" in result)) return;
    const optionsJSON = result.passkeyOptions as PublicKeyCredentialRequestOptionsJSON;
    startAuthentication({ optionsJSON }).then(
      (answer) => {
        const remember = document.getElementById(rememberId) as HTMLInputElement | null;
        fetcher.submit(
          {
            intent: "passkey",
            antwoord: JSON.stringify(answer),
            ...(remember?.checked ? { onthouden: "ja" } : {}),
          },
          { method: "post" },
        );
      },
      () => setFailure("passkey.fout.afgebroken"),
    );
  }, [fetcher, result, rememberId]);

  if (!supported) return null;
  const serverError = isFormResult(result)
    ? (result.error?.[""] as FieldMessage | undefined)
    : undefined;
  return (
    <div className="leerkring-stack">
      {(failure || serverError) && (
        <Alert type="error" role="alert">
          <Paragraph>{failure ? t(failure) : t(serverError!.key, serverError!.vars)}</Paragraph>
        </Alert>
      )}
      <Button
        type="button"
        appearance="secondary-action-button"
        busy={fetcher.state !== "idle"}
        onClick={() => {
          setFailure(null);
          fetcher.submit({ intent: "passkey-opties" }, { method: "post" });
        }}
      >
        {t("passkey.gebruik")}
      </Button>
      <Paragraph>{t("passkey.ofCode")}</Paragraph>
    </div>
  );
}
