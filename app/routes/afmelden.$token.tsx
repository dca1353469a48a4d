import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { data, Form } from "react-router";
import type { Route } from "./+types/afmelden.$token";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  describeUnsubscribe,
  unsubscribe,
  type Unsubscription,
} from "#app/notifications/unsubscribe.server.ts";
import { useT } from "#shared/i18n/index.ts";

// One-click unsubscribe from a mail, without logging in. GET shows what will be turned off and a
// button; POST turns it off — from that button, or straight from a mail program (RFC 8058: the
// body `List-Unsubscribe=One-Click`, no cookie, no Origin; server/csrf.ts lets exactly this path
// through). A token that is not ours is a 404 with a clear message, never an error page.

type Answer = { target: Unsubscription | null; done: boolean };

export function loader({ params }: Route.LoaderArgs) {
  const target = describeUnsubscribe(params.token);
  return data<Answer>({ target, done: false }, { status: target ? 200 : 404 });
}

export function action({ params }: Route.ActionArgs) {
  const target = unsubscribe(params.token);
  return data<Answer>({ target, done: target !== null }, { status: target ? 200 : 404 });
}

export default function Afmelden({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { target, done } = actionData ?? loaderData;
  const categorie = target?.kind === "person" ? t(`meldingen.categorie.${target.category}`) : "";
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("meldingen.afmelden.titel")}</PageTitle>
      <Heading1>{t("meldingen.afmelden.titel")}</Heading1>
      {!target ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("meldingen.afmelden.ongeldig")}</Paragraph>
        </Alert>
      ) : done ? (
        <Alert type="ok" role="status">
          <Paragraph>
            {target.kind === "person"
              ? t("meldingen.afmelden.gedaanPersoon", { categorie })
              : t("meldingen.afmelden.gedaanAbonnee")}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {target.kind === "person"
              ? t("meldingen.afmelden.persoon", { categorie })
              : t("meldingen.afmelden.abonnee")}
          </Paragraph>
          <Form method="post">
            <Button type="submit" appearance="primary-action-button">
              {t("meldingen.afmelden.knop")}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
