import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";

/** Step 1 of setting up two-factor login: the key as a QR code, and typed out for manual entry. */
export function TotpKey({ qr, secret, email }: { qr: string; secret: string; email: string }) {
  const t = useT();
  return (
    <section aria-labelledby="stap1">
      <Heading2 id="stap1">{t("tweestaps.stap1")}</Heading2>
      <img src={qr} alt={t("tweestaps.qrAlt")} width={200} height={200} />
      <Paragraph>{t("tweestaps.handmatig")}</Paragraph>
      <Paragraph>
        <code data-testid="tweestaps-sleutel">{secret}</code>
      </Paragraph>
      <Paragraph className="leerkring-muted">
        {t("tweestaps.handmatigDetails", { email })}
      </Paragraph>
    </section>
  );
}
