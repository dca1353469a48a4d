import {
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/interventies.onderzoeksdesigns";
import { requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { ItemAction } from "#app/components/item-action.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { DesignForm } from "#app/interventies/design-form.tsx";
import { designActionSchema } from "#app/interventies/design-schema.ts";
import {
  addOnderzoeksdesign,
  changeOnderzoeksdesign,
  listOnderzoeksdesigns,
  setOnderzoeksdesignRetired,
} from "#app/interventies/interventies.server.ts";
import { TableRegion } from "#app/components/data-table.tsx";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

// /interventies/onderzoeksdesigns — staff keep the research designs interventions choose from:
// add, rename, retire (a retired design stays with the interventions that chose it) and restore.

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "onderzoeksdesign:beheren");
  return { designs: listOnderzoeksdesigns() };
}

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "onderzoeksdesign:beheren");
  const submission = parseSubmission(await request.formData(), designActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const result =
    input.intent === "toevoegen"
      ? addOnderzoeksdesign(input)
      : input.intent === "wijzigen"
        ? changeOnderzoeksdesign({ ...input, id: input.designId })
        : input.designId
          ? setOnderzoeksdesignRetired(input.designId, input.intent === "intrekken")
          : { error: "onbekend" as const };
  if ("error" in result) {
    return result.error === "dubbel"
      ? invalid(submission, { fields: { name: { key: "interventie.design.fout.dubbel" } } })
      : invalid(submission, { form: { key: "interventie.design.fout.onbekend" } }, { status: 404 });
  }
  return { done: `interventie.design.gedaan.${input.intent}` as const };
}

export default function Onderzoeksdesigns({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const done = actionData && "done" in actionData ? actionData.done : null;
  const editing = loaderData.designs.find((d) => String(d.id) === params.get("bewerk"));
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("interventie.design.titel")}</PageTitle>
      <div>
        <PreHeading>
          <Link to="/interventies" className="utrecht-link">
            {t("interventie.lijst")}
          </Link>
        </PreHeading>
        <Heading1>{t("interventie.design.titel")}</Heading1>
      </div>
      <Paragraph>{t("interventie.design.uitleg")}</Paragraph>
      <SuccessAlert message={done} />
      <section aria-labelledby="design-formulier" className="leerkring-stack leerkring-card">
        <Heading2 id="design-formulier">
          {editing
            ? t("interventie.design.wijzigen", { naam: editing.name })
            : t("interventie.design.nieuw")}
        </Heading2>
        <DesignForm
          key={`${editing?.id ?? "nieuw"}-${done ?? ""}`}
          editing={editing}
          lastResult={actionData}
        />
      </section>
      {loaderData.designs.length === 0 ? (
        <Paragraph>{t("interventie.design.geen")}</Paragraph>
      ) : (
        <TableRegion label={t("interventie.design.titel")}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("interventie.design.veld.naam")}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t("interventie.design.veld.omschrijving")}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t("interventie.design.kolom.gebruik")}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t("interventie.design.kolom.actie")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaderData.designs.map((d) => (
                <TableRow key={d.id}>
                  <TableHeaderCell scope="row">
                    {d.name}
                    {d.retired && (
                      <span className="leerkring-muted">
                        {" "}
                        ({t("interventie.design.ingetrokken")})
                      </span>
                    )}
                  </TableHeaderCell>
                  <TableCell>{d.description || "–"}</TableCell>
                  <TableCell>{t("interventie.design.gebruik", { count: d.uses })}</TableCell>
                  <TableCell>
                    <Link to={`?bewerk=${d.id}`} className="utrecht-link">
                      {t("interventie.design.wijzigenKnop")}
                      <span className="visually-hidden"> {d.name}</span>
                    </Link>{" "}
                    <ItemAction
                      intent={d.retired ? "terugzetten" : "intrekken"}
                      fields={{ designId: d.id }}
                      label={
                        d.retired
                          ? t("interventie.design.terugzettenKnop")
                          : t("interventie.design.intrekkenKnop")
                      }
                      item={d.name}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
    </div>
  );
}
