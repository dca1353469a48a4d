import { Link } from "react-router";
import { DataTable } from "#app/components/data-table.tsx";
import { formatDay, useLocale, useT } from "#shared/i18n/index.ts";
import type { PartnerContact } from "./contacten.server.ts";

const DAY = { day: "numeric", month: "long", year: "numeric" } as const;

export function ContactTable({ contacts }: { contacts: PartnerContact[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <DataTable
      caption={t("contacten.lijst")}
      empty={t("contacten.leeg")}
      rows={contacts}
      rowKey={(c) => c.id}
      columns={[
        { label: t("contacten.kolom.naam"), cell: (c) => c.name },
        { label: t("contacten.kolom.organisatie"), cell: (c) => c.organisation },
        { label: t("contacten.kolom.functie"), cell: (c) => c.function || t("partners.geen") },
        {
          label: t("contacten.kolom.gemeente"),
          cell: (c) => c.gemeenteName ?? t("partners.geen"),
        },
        { label: t("contacten.kolom.bekendBij"), cell: (c) => c.knownByName },
        {
          label: t("contacten.kolom.toestemming"),
          cell: (c) =>
            c.consentOn
              ? t("contacten.toestemmingJa", { datum: formatDay(locale, c.consentOn, DAY) })
              : t("contacten.toestemmingNee"),
        },
        {
          label: t("contacten.kolom.acties"),
          cell: (c) => (
            <Link to={`/partners/contacten/${c.id}`} className="utrecht-link">
              {t("contacten.bewerken")}
              <span className="visually-hidden"> {c.name}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
