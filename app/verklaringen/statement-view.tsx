import {
  Heading1,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Fragment } from "react";
import { PageTitle } from "#app/components/page-title.tsx";
import type { StatementKind } from "#db/schema.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { inlineParts, parseStatement } from "./statement-text.ts";

/** A line of a statement, with its web and e-mail addresses as links. React escapes the rest. */
function Inline({ text }: { text: string }) {
  return inlineParts(text).map((part, i) =>
    "href" in part ? (
      <Link key={i} href={part.href}>
        {part.text}
      </Link>
    ) : (
      <Fragment key={i}>{part.text}</Fragment>
    ),
  );
}

/** A statement's text as headings, paragraphs and lists. */
export function StatementBody({ text }: { text: string }) {
  return parseStatement(text).map((block, i) => {
    if (block.type === "heading") {
      const Heading = block.level === 3 ? Heading3 : Heading2;
      return (
        <Heading key={i}>
          <Inline text={block.text} />
        </Heading>
      );
    }
    if (block.type === "list") {
      return (
        <UnorderedList key={i}>
          {block.items.map((item, j) => (
            <UnorderedListItem key={j}>
              <Inline text={item} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      );
    }
    return (
      <Paragraph key={i}>
        {block.lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            <Inline text={line} />
          </Fragment>
        ))}
      </Paragraph>
    );
  });
}

/** The public page of a statement: its title, the date of its last change, its text. */
export function StatementPage({
  statement,
}: {
  statement: { kind: StatementKind; text: string; updatedAt: Date };
}) {
  const t = useT();
  const locale = useLocale();
  const title = t(`verklaringen.${statement.kind}.titel`);
  return (
    <article className="leerkring-stack leerkring-prose">
      <PageTitle>{title}</PageTitle>
      <Heading1>{title}</Heading1>
      <Paragraph className="leerkring-muted">
        {t("verklaringen.bijgewerkt", {
          datum: formatDateTime(locale, statement.updatedAt, "date"),
        })}
      </Paragraph>
      <StatementBody text={statement.text} />
    </article>
  );
}
