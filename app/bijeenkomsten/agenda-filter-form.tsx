import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import type { AgendaFilters } from "./agenda-filters.ts";

type Options = {
  kinds: ("thema" | "intervisie")[];
  themas: { slug: string; name: string }[];
  gemeenten: { slug: string; name: string }[];
};

/** The agenda's filters: a GET form, kept across the list, month and week views. */
export function AgendaFilterForm({
  filters,
  options,
  keep,
}: {
  filters: AgendaFilters;
  options: Options;
  /** The view's own parameters (weergave, maand, week), sent along unchanged. */
  keep: [string, string][];
}) {
  const t = useT();
  const select = (
    name: keyof AgendaFilters,
    label: string,
    choices: { value: string; label: string }[],
  ) => (
    <div className="utrecht-form-field leerkring-filter">
      <Paragraph className="utrecht-form-field__label">
        <label htmlFor={`filter-${name}`} className="utrecht-form-label">
          {label}
        </label>
      </Paragraph>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={filters[name] === undefined ? "" : String(filters[name])}
        className="utrecht-select utrecht-select--html-select"
      >
        <option value="">{t("agenda.filter.alle")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  const base = new URLSearchParams(keep).toString();
  return (
    <Form method="get" className="leerkring-filters" aria-label={t("agenda.filter.titel")}>
      {keep.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {options.kinds.length > 1 &&
        select(
          "soort",
          t("bijeenkomst.veld.soort"),
          options.kinds.map((k) => ({ value: k, label: t(`bijeenkomst.soort.${k}`) })),
        )}
      {select("kring", t("agenda.filter.kring"), [
        { value: "1", label: t("agenda.filter.kring1") },
        { value: "2", label: t("agenda.filter.kring2") },
      ])}
      {select(
        "thema",
        t("bijeenkomst.veld.thema"),
        options.themas.map((th) => ({ value: th.slug, label: th.name })),
      )}
      {select(
        "gemeente",
        t("bijeenkomst.veld.gastgemeente"),
        options.gemeenten.map((g) => ({ value: g.slug, label: g.name })),
      )}
      <div className="leerkring-actions">
        <Button type="submit" appearance="secondary-action-button">
          {t("agenda.filter.toepassen")}
        </Button>
        <Link to={`/agenda${base ? `?${base}` : ""}`} className="utrecht-link">
          {t("agenda.filter.wissen")}
        </Link>
      </div>
    </Form>
  );
}
