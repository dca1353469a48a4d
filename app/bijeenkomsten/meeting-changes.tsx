import { Heading2, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { meetingChangeLabels } from "./meeting-change-labels.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { MeetingChange } from "#db/schema.ts";

// These store ids or long text: say that they changed, not from what to what.
const opaqueFields = new Set<MeetingChange["field"]>([
  "hostOrganisationId",
  "leaderId",
  "themaId",
  "description",
]);

/** What changed since the meeting was planned, newest first, so participants are not surprised. */
export function MeetingChanges({
  changes,
}: {
  changes: { id: number; changes: MeetingChange[]; createdAt: Date; userName: string | null }[];
}) {
  const t = useT();
  const locale = useLocale();
  if (changes.length === 0) return null;
  const show = (field: MeetingChange["field"], value: string | number | null) => {
    if (value === null || value === "") return "–";
    if (field === "startsAt" || field === "endsAt")
      return formatDateTime(locale, new Date(value), "long");
    if (field === "status") return t(`bijeenkomst.status.${value as "gepland"}`);
    return String(value);
  };
  return (
    <section aria-labelledby="wijzigingen">
      <Heading2 id="wijzigingen">{t("bijeenkomst.wijzigingen")}</Heading2>
      <UnorderedList>
        {changes.map((c) => (
          <UnorderedListItem key={c.id}>
            {formatDateTime(locale, c.createdAt)}
            {c.userName ? ` (${c.userName})` : ""}:{" "}
            {c.changes
              .map((ch) =>
                opaqueFields.has(ch.field)
                  ? t("bijeenkomst.veldGewijzigd", { veld: t(meetingChangeLabels[ch.field]) })
                  : t("bijeenkomst.veldVanNaar", {
                      veld: t(meetingChangeLabels[ch.field]),
                      van: show(ch.field, ch.from),
                      naar: show(ch.field, ch.to),
                    }),
              )
              .join("; ")}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
