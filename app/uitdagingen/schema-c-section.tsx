import {
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { SourceNote } from "#app/monitor/ui.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { ActorRow } from "./uitdagingen.server.ts";

/** Schema C on /monitor/kader: per actor its roles and tasks, and its challenges with codes. */
export function SchemaCSection({ actoren }: { actoren: ActorRow[] }) {
  const t = useT();
  return (
    <section aria-labelledby="schema-c" className="leerkring-stack">
      <Heading2 id="schema-c">{t("uitdaging.kader.titel")}</Heading2>
      <Paragraph>{t("uitdaging.kader.uitleg")}</Paragraph>
      {actoren.map((a) => (
        <section key={a.slug} aria-labelledby={`actor-${a.slug}`} className="leerkring-stack">
          <Heading3 id={`actor-${a.slug}`}>{a.name}</Heading3>
          <Heading4>{t("uitdaging.kader.taken")}</Heading4>
          <UnorderedList>
            {a.taken.map((taak) => (
              <UnorderedListItem key={taak}>{taak}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading4>{t("uitdaging.kader.uitdagingen")}</Heading4>
          <UnorderedList>
            {a.uitdagingen.map((u) => (
              <UnorderedListItem key={u.id}>
                <span className="leerkring-muted">{u.code}</span> {u.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}
      <SourceNote part="schemaC" />
    </section>
  );
}
