import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT, type MessageKey } from "#shared/i18n/index.ts";

const messages: Record<number, { title: MessageKey; text: MessageKey }> = {
  400: { title: "fout.400.titel", text: "fout.400.tekst" },
  403: { title: "fout.403.titel", text: "fout.403.tekst" },
  404: { title: "fout.404.titel", text: "fout.404.tekst" },
  405: { title: "fout.405.titel", text: "fout.405.tekst" },
  500: { title: "fout.500.titel", text: "fout.500.tekst" },
};

export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const m = messages[status] ?? messages[500]!;
  return (
    <>
      <title>{`${t(m.title)} – Leerkring`}</title>
      <Heading1>{t(m.title)}</Heading1>
      <Paragraph>{t(m.text)}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t("fout.naarStart")}
        </Link>
      </Paragraph>
    </>
  );
}
