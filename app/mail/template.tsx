import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import { toPlainText } from "@react-email/render";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "#shared/i18n/locales.ts";

// The one layout of every mail Leerkring sends, written with React Email's components (tables and
// inline styles that mail programs understand). HTML and plain text come from the same element,
// so they never say different things.

const colours = { text: "#1a1a1a", muted: "#4a4a4a", link: "#01689b", rule: "#cccccc" };

export type MailAction = { href: string; label: string };

export function MailLayout(props: {
  locale: Locale;
  /** The mail's heading, usually its subject. */
  heading: string;
  /** Shown by mail programs after the subject in the list of messages. */
  preview: string;
  children: ReactNode;
  /** The link the mail is about; its text says where it goes. */
  action?: MailAction | undefined;
  /** Below the line: why the person gets this mail and how to stop it. */
  footer: ReactNode;
}) {
  return (
    <Html lang={props.locale} dir="ltr">
      <Head>
        <title>{props.heading}</title>
      </Head>
      <Preview>{props.preview}</Preview>
      <Body
        style={{ backgroundColor: "#ffffff", color: colours.text, fontFamily: "Arial, sans-serif" }}
      >
        <Container style={{ maxWidth: "36rem", padding: "1rem" }}>
          <Text style={{ fontSize: "14px", color: colours.muted, margin: 0 }}>Leerkring</Text>
          <Heading as="h1" style={{ fontSize: "22px", lineHeight: 1.3 }}>
            {props.heading}
          </Heading>
          {props.children}
          {props.action ? (
            <Text style={{ fontSize: "16px" }}>
              <Link
                href={props.action.href}
                style={{ color: colours.link, textDecoration: "underline" }}
              >
                {props.action.label}
              </Link>
            </Text>
          ) : null}
          <Hr style={{ borderColor: colours.rule, margin: "24px 0" }} />
          <Text style={{ fontSize: "13px", color: colours.muted }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of a mail. */
export function MailText({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: "16px", lineHeight: 1.5 }}>{children}</Text>;
}

export function MailLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={{ color: colours.link, textDecoration: "underline" }}>
      {children}
    </Link>
  );
}

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * The HTML and the plain text of a mail. Synchronous (React's static renderer rather than React
 * Email's streaming one), so that a mail is rendered inside the transaction that queues it.
 */
export function renderMail(element: React.ReactElement): { html: string; text: string } {
  const html = DOCTYPE + renderToStaticMarkup(element);
  return { html, text: toPlainText(html) };
}
