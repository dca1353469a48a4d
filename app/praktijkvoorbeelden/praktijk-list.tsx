import {
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { SelectField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { praktijkFilterSchema } from "./praktijkvoorbeeld-schema.ts";

type Option = { value: string; label: string };

/** The list's filters, a GET form: by theme and by municipality. */
export function PraktijkFilters(props: {
  themas: Option[];
  gemeenten: Option[];
  filter: { thema: number | null; gemeente: number | null };
}) {
  const t = useT();
  const all = { value: "", label: t("praktijk.filter.alle") };
  // A GET form that only narrows the list: nothing to check before it goes, so no onSubmit.
  const [form, fields] = useSchemaForm(praktijkFilterSchema, {
    lastResult: null,
    defaultValue: {
      thema: props.filter.thema ? String(props.filter.thema) : "",
      gemeente: props.filter.gemeente ? String(props.filter.gemeente) : "",
    },
  });
  return (
    <Form
      method="get"
      id={form.id}
      className="leerkring-filters"
      aria-label={t("praktijk.filter.titel")}
    >
      <SelectField
        field={fields.thema}
        label={t("praktijk.veld.thema")}
        options={[all, ...props.themas]}
      />
      <SelectField
        field={fields.gemeente}
        label={t("veld.gemeente")}
        options={[all, ...props.gemeenten]}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t("praktijk.filter.toepassen")}
      </Button>
    </Form>
  );
}

export type PraktijkListItem = {
  id: number;
  slug: string;
  title: string;
  organisationName: string;
  themaName: string;
  date: Date | null;
};

/** Practice examples as a list of links: title, municipality, theme and when published. */
export function PraktijkList({ items, empty }: { items: PraktijkListItem[]; empty: string }) {
  const t = useT();
  const locale = useLocale();
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {items.map((item) => (
        <UnorderedListItem key={item.id}>
          <Link to={`/praktijkvoorbeelden/${item.slug}`} className="utrecht-link">
            {item.title}
          </Link>{" "}
          · {t("praktijk.regel", { gemeente: item.organisationName, thema: item.themaName })}
          {item.date && <> · {formatDateTime(locale, item.date, "date")}</>}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** The published practice examples of a theme or a municipality, as a section of its page. */
export function PraktijkSection({ items, empty }: { items: PraktijkListItem[]; empty: string }) {
  const t = useT();
  return (
    <section aria-labelledby="praktijkvoorbeelden">
      <Heading2 id="praktijkvoorbeelden">{t("praktijk.bijThema")}</Heading2>
      <PraktijkList items={items} empty={empty} />
    </section>
  );
}
