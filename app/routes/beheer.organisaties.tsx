import {
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer.organisaties";
import { requirePermission } from "#app/auth/user.server.ts";
import {
  createOrganisation,
  isWerkplaats,
  listOrganisations,
  organisationExists,
  updateOrganisation,
} from "#app/beheer/organisations.server.ts";
import { OrganisationForm } from "#app/beheer/organisation-form.tsx";
import { organisationSchema } from "#app/beheer/organisation-schema.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { parseId } from "#app/utils/fields.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "organisatie:beheren");
  return { organisations: listOrganisations() };
}

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "organisatie:beheren");
  const formData = await request.formData();
  const submission = parseSubmission(formData, organisationSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  if (!isWerkplaats(input.werkplaatsId)) {
    return invalid(submission, { fields: { werkplaatsId: { key: "fout.ongeldig" } } });
  }
  if (formData.get("intent") === "wijzigen") {
    const id = parseId(String(formData.get("id") ?? ""));
    if (!id || !organisationExists(id)) {
      return invalid(
        submission,
        { form: { key: "fout.organisatieNietGevonden" } },
        { status: 404 },
      );
    }
    updateOrganisation(id, input);
    return { done: "organisaties.gewijzigd" as const };
  }
  const created = createOrganisation(input);
  if ("error" in created) {
    return invalid(submission, { fields: { name: { key: "fout.naamBestaat" } } });
  }
  return { done: "organisaties.aangemaakt" as const };
}

export default function Organisaties({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
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
        <OrganisationForm
          key={editing?.id ?? "nieuw"}
          editing={editing}
          werkplaatsen={werkplaatsen}
          lastResult={actionData}
        />
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
                <TableHeaderCell scope="col">{t("veld.schoolregio")}</TableHeaderCell>
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
                  <TableCell>{o.schoolRegion ? t(`schoolregio.${o.schoolRegion}`) : "–"}</TableCell>
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
