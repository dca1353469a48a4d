import { Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";

/**
 * Without SMTP (the demo) a mail with a link is kept, not sent: the beheerder sees that link here,
 * marked as such, and can read the mail itself at /beheer/e-mail. With SMTP this is never shown.
 */
export function DemoMailLink(props: { label: string; link: string; testId?: string }) {
  const t = useT();
  return (
    <div className="leerkring-card" data-testid="demo-link">
      <Paragraph>
        <strong>{t("email.nietVerzonden")}</strong> {t("email.demoLinkUitleg")}{" "}
        <Link to="/beheer/e-mail">{t("email.naarUitbak")}</Link>
      </Paragraph>
      <Paragraph>{props.label}</Paragraph>
      <code className="leerkring-code" data-testid={props.testId}>
        {props.link}
      </code>
    </div>
  );
}
