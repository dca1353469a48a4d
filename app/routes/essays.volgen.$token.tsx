import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/essays.volgen.$token";
import { PageTitle } from "#app/components/page-title.tsx";
import { SuccessAlert } from "#app/components/fields.tsx";
import { confirmFollow, pendingFollow } from "#app/volgen/volgen.server.tsx";
import { useT } from "#shared/i18n/index.ts";

// /essays/volgen/:token — the link of the confirmation mail. Opening it (GET) only asks; the
// button (POST) confirms, so a mail scanner that follows links does not subscribe anyone.
export function loader({ params }: Route.LoaderArgs) {
  return { valid: pendingFollow(params.token) !== null };
}

export function action({ params }: Route.ActionArgs) {
  const confirmed = confirmFollow(params.token);
  return confirmed ? { confirmed: true as const } : { valid: false as const };
}

export default function ConfirmFollow({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const confirmed = actionData && "confirmed" in actionData;
  const valid = actionData ? confirmed : loaderData.valid;
  return (
    <div className="leerkring-form">
      <PageTitle>{t("volgen.bevestigen.titel")}</PageTitle>
      <Heading1>{t("volgen.bevestigen.titel")}</Heading1>
      {confirmed ? (
        <SuccessAlert message="volgen.bevestigen.klaar" />
      ) : valid ? (
        <Form method="post" className="leerkring-form">
          <Paragraph>{t("volgen.bevestigen.vraag")}</Paragraph>
          <Button type="submit" appearance="primary-action-button">
            {t("volgen.bevestigen.knop")}
          </Button>
        </Form>
      ) : (
        <Paragraph>{t("volgen.bevestigen.ongeldig")}</Paragraph>
      )}
      <Paragraph>
        <Link to="/essays" className="utrecht-link">
          {t("volgen.naarEssays")}
        </Link>
      </Paragraph>
    </div>
  );
}
