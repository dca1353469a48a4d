import {
  Button,
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer.organisaties";
import { requirePermission } from "#app/auth/user.server.ts";
import {
  createOrganisation,
  isWerkplaats,
  listOrganisations,
  organisationExists,
  organisationSchema,
  updateOrganisation,
} from "#app/beheer/organisations.server.ts";
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { parseId } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { organisationKinds } from "#db/schema.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "organisatie:beheren");
  return { organisations: listOrganisations() };
}

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "organisatie:beheren");
  const formData = await request.formData();
  const parsed = parseForm(organisationSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  if (!isWerkplaats(parsed.data.werkplaatsId)) {
    return invalidForm({ errors: { werkplaatsId: "fout.ongeldig" }, values: {} });
  }
  if (formData.get("intent") === "wijzigen") {
    const id = parseId(String(formData.get("id") ?? ""));
    if (!id || !organisationExists(id)) {
      return formError("fout.organisatieNietGevonden", formData, { status: 404 });
    }
    updateOrganisation(id, parsed.data);
    return { done: "organisaties.gewijzigd" as const };
  }
  const created = createOrganisation(parsed.data);
  if ("error" in created) {
    return invalidForm({ errors: { name: "fout.naamBestaat" }, values: {} });
  }
  return { done: "organisaties.aangemaakt" as const };
}

export default function Organisaties({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const editing = loaderData.organisations.find((o) => String(o.id) === params.get("bewerk"));
  const werkplaatsen = loaderData.organisations
    .filter((o) => o.kind === "werkplaats")
    .map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("beheer.organisaties")}</PageTitle>
      <section aria-labelledby="formulier" className="leerkring-stack">
        <Heading2 id="formulier">
          {editing ? t("organisaties.wijzigen", { naam: editing.name }) : t("organisaties.nieuw")}
        </Heading2>
        <SuccessAlert message={done} />
        <FormAlert failure={failure} />
        <Form method="post" className="leerkring-form" noValidate key={editing?.id ?? "nieuw"}>
          <input type="hidden" name="intent" value={editing ? "wijzigen" : "aanmaken"} />
          {editing && <input type="hidden" name="id" value={editing.id} />}
          <TextField
            name="name"
            label={t("veld.naam")}
            defaultValue={editing?.name}
            failure={failure}
          />
          <SelectField
            name="kind"
            label={t("veld.soort")}
            options={organisationKinds.map((k) => ({ value: k, label: t(`soort.${k}`) }))}
            defaultValue={editing?.kind}
            placeholder={t("veld.kies")}
            failure={failure}
          />
          <SelectField
            name="circle"
            label={t("veld.leerkring")}
            description={t("organisaties.leerkringUitleg")}
            options={[
              { value: "", label: t("organisaties.geenLeerkring") },
              { value: "1", label: t("leerkring.1") },
              { value: "2", label: t("leerkring.2") },
            ]}
            defaultValue={editing?.circle ? String(editing.circle) : ""}
            failure={failure}
          />
          <TextField
            name="region"
            label={t("veld.regio")}
            defaultValue={editing?.region ?? ""}
            failure={failure}
          />
          <SelectField
            name="werkplaatsId"
            label={t("veld.werkplaats")}
            options={[{ value: "", label: t("organisaties.geenWerkplaats") }, ...werkplaatsen]}
            defaultValue={editing?.werkplaatsId ? String(editing.werkplaatsId) : ""}
            failure={failure}
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
      </section>

      <section aria-labelledby="lijst">
        <Heading2 id="lijst">{t("organisaties.lijst")}</Heading2>
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("veld.naam")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.soort")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.leerkring")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("veld.werkplaats")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("organisaties.accounts")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaderData.organisations.map((o) => (
                <TableRow key={o.id}>
                  <TableCell>{o.name}</TableCell>
                  <TableCell>{t(`soort.${o.kind}`)}</TableCell>
                  <TableCell>{o.circle ? t(`leerkring.${o.circle === 1 ? 1 : 2}`) : "–"}</TableCell>
                  <TableCell>{o.werkplaatsName ?? "–"}</TableCell>
                  <TableCell>
                    <Link to={`/beheer/accounts?organisatie=${o.id}`} className="utrecht-link">
                      {o.members}
                      <span className="visually-hidden">
                        {" "}
                        {t("organisaties.accountsVan", { naam: o.name })}
                      </span>
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Link to={`?bewerk=${o.id}`} className="utrecht-link">
                      {t("actie.wijzigen")}
                      <span className="visually-hidden"> {o.name}</span>
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </div>
  );
}
