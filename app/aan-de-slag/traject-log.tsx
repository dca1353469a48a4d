import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { Attachments } from "#app/bijlagen/attachments.tsx";
import type { AttachmentsProps } from "#app/bijlagen/bijlagen.server.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { LogForm } from "./log-form.tsx";
import type { trajectLog } from "./trajecten.server.ts";

/**
 * The casework's log: a new entry for who takes part, then the entries, newest first, each with
 * its files (docs/attachments.md; attaching is for who may change the casework).
 */
export function TrajectLog({
  log,
  attachments,
  canEdit,
  today,
  lastResult,
}: {
  log: ReturnType<typeof trajectLog>;
  attachments: Record<number, AttachmentsProps>;
  canEdit: boolean;
  today: string;
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="logboek" className="leerkring-stack">
      <Heading2 id="logboek">{t("traject.logboek")}</Heading2>
      {canEdit && <LogForm today={today} lastResult={lastResult} />}
      {log.length === 0 ? (
        <Paragraph>{t("traject.geenLog")}</Paragraph>
      ) : (
        log.map((entry) => {
          const when = formatDateTime(locale, new Date(entry.happenedOn), "date");
          const kind = t(`logboek.${entry.kind}`);
          return (
            <article key={entry.id} className="leerkring-card leerkring-stack">
              <Paragraph className="leerkring-muted">
                {when} · {kind} · {entry.userName ?? t("persoon.voormalig")}
              </Paragraph>
              <Paragraph className="leerkring-prewrap">{entry.body}</Paragraph>
              {attachments[entry.id] && (
                <Attachments {...attachments[entry.id]!} label={`${when}, ${kind}`} />
              )}
            </article>
          );
        })
      )}
    </section>
  );
}
