import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";

/** New recovery codes, shown once (after the app or a first passkey was set up, or on request). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="herstelcodes" className="leerkring-stack">
      <Heading2 id="herstelcodes">{t("tweestaps.herstelcodes")}</Heading2>
      <Paragraph>{t("tweestaps.herstelcodesUitleg")}</Paragraph>
      <UnorderedList className="leerkring-recovery-codes" data-testid="herstelcodes">
        {codes.map((c) => (
          <UnorderedListItem key={c}>
            <code>{c}</code>
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t("tweestaps.verder")}
        </Link>
      </Paragraph>
    </section>
  );
}
