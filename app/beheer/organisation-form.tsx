import { Button } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { organisationKinds } from "#db/schema.ts";
import { schoolRegions } from "#app/seizoen/schoolvakanties.ts";
import { organisationSchema } from "./organisation-schema.ts";

type Editing = {
  id: number;
  name: string;
  kind: string;
  circle: number | null;
  region: string | null;
  schoolRegion: string | null;
  werkplaatsId: number | null;
};

/** Adds an organisation, or changes `editing`; the route gives it a key per organisation. */
export function OrganisationForm({
  editing,
  werkplaatsen,
  lastResult,
}: {
  editing: Editing | undefined;
  werkplaatsen: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(organisationSchema, {
    lastResult,
    defaultValue: {
      name: editing?.name,
      kind: editing?.kind,
      circle: editing?.circle ? String(editing.circle) : "",
      region: editing?.region ?? "",
      schoolRegion: editing?.schoolRegion ?? "",
      werkplaatsId: editing?.werkplaatsId ? String(editing.werkplaatsId) : "",
    },
  });
  return (
    <>
      <FormAlert form={form} />
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value={editing ? "wijzigen" : "aanmaken"} />
        {editing && <input type="hidden" name="id" value={editing.id} />}
        <TextField field={fields.name} label={t("veld.naam")} />
        <SelectField
          field={fields.kind}
          label={t("veld.soort")}
          options={organisationKinds.map((k) => ({ value: k, label: t(`soort.${k}`) }))}
          placeholder={t("veld.kies")}
        />
        <SelectField
          field={fields.circle}
          label={t("veld.leerkring")}
          description={t("organisaties.leerkringUitleg")}
          options={[
            { value: "", label: t("organisaties.geenLeerkring") },
            { value: "1", label: t("leerkring.1") },
            { value: "2", label: t("leerkring.2") },
          ]}
        />
        <TextField field={fields.region} label={t("veld.regio")} />
        <SelectField
          field={fields.schoolRegion}
          label={t("veld.schoolregio")}
          description={t("organisaties.schoolregioUitleg")}
          options={[
            { value: "", label: t("organisaties.geenSchoolregio") },
            ...schoolRegions.map((r) => ({ value: r, label: t(`schoolregio.${r}`) })),
          ]}
        />
        <SelectField
          field={fields.werkplaatsId}
          label={t("veld.werkplaats")}
          options={[{ value: "", label: t("organisaties.geenWerkplaats") }, ...werkplaatsen]}
        />
        <div className="leerkring-actions">
          <Button type="submit" appearance="primary-action-button">
            {editing ? t("organisaties.opslaan") : t("organisaties.toevoegen")}
          </Button>
          {editing && (
            <Link to="/beheer/organisaties" className="utrecht-link">
              {t("actie.annuleren")}
            </Link>
          )}
        </div>
      </Form>
    </>
  );
}
