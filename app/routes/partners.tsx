import {
  Heading1,
  Heading2,
  Link as UtrechtLink,
  Paragraph,
} from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/partners";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { ActivityForm, ActivityTable, OverlapNotice } from "#app/partners/activiteiten.tsx";
import { activiteitSchema } from "#app/partners/activiteit-schema.ts";
import { Coverage } from "#app/partners/coverage.tsx";
import { KennispartnersTable, WerkplaatsenTable } from "#app/partners/network-tables.tsx";
import {
  addActivity,
  chosenSeason,
  formChoices,
  isAlliancePartner,
  isGemeente,
  seasonFigures,
} from "#app/partners/partners.server.ts";
import { season, seasonOf } from "#app/seizoen/season.ts";
import { currentTime } from "#app/utils/clock.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

// /partners: the Werkplaatsen and knowledge partners with what they cover, and "who is active
// where" in a season (seed 000, "Krachten bundelen" and footnote 3).
export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "partners:bekijken");
  const url = new URL(request.url);
  const today = toAmsterdamInputs(currentTime()).date;
  const chosen = chosenSeason(url, today);
  const figures = seasonFigures(chosen);
  return {
    seizoen: chosen.slug,
    vorig: season(chosen.startYear - 1).slug,
    volgend: season(chosen.startYear + 1).slug,
    ...figures,
    form: can(user, "partners:activiteit-toevoegen") ? { ...formChoices(), today } : null,
    canSeeContacts: can(user, "partners:contacten"),
    added: url.searchParams.has("toegevoegd"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "partners:activiteit-toevoegen");
  const submission = parseSubmission(await request.formData(), activiteitSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  if (!isAlliancePartner(input.partnerId)) {
    return invalid(submission, { fields: { partnerId: { key: "fout.kiesPartner" } } });
  }
  if (!isGemeente(input.gemeenteId)) {
    return invalid(submission, { fields: { gemeenteId: { key: "fout.kiesGemeente" } } });
  }
  addActivity(input, user);
  return redirect(`/partners?seizoen=${seasonOf(input.day).slug}&toegevoegd=1#actief`);
}

export default function Partners({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const d = loaderData;
  const csv = `/partners/activiteiten.csv?seizoen=${d.seizoen}`;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("partners.titel")}</PageTitle>
      <Heading1>{t("partners.titel")}</Heading1>
      <Paragraph>{t("partners.intro")}</Paragraph>
      <Paragraph className="leerkring-muted leerkring-source">{t("partners.bron")}</Paragraph>
      <Paragraph className="leerkring-muted">{t("partners.illustratief")}</Paragraph>
      {d.canSeeContacts && (
        <Paragraph>
          <Link to="/partners/contacten" className="utrecht-link">
            {t("partners.naarContacten")}
          </Link>
        </Paragraph>
      )}

      <section aria-labelledby="actief" className="leerkring-stack">
        <Heading2 id="actief">{t("partners.actief.titel")}</Heading2>
        <Paragraph>{t("partners.actief.uitleg")}</Paragraph>
        <SuccessAlert message={d.added ? "partners.activiteit.toegevoegd" : null} />
        <Paragraph>
          <strong>{t("partners.seizoen", { seizoen: d.seizoen })}</strong>
        </Paragraph>
        <nav aria-label={t("partners.seizoenen")} className="leerkring-actions">
          <Link to={`?seizoen=${d.vorig}#actief`} className="utrecht-link">
            {t("partners.vorigSeizoen", { seizoen: d.vorig })}
          </Link>
          <Link to={`?seizoen=${d.volgend}#actief`} className="utrecht-link">
            {t("partners.volgendSeizoen", { seizoen: d.volgend })}
          </Link>
        </nav>
        <OverlapNotice overlaps={d.overlaps} seizoen={d.seizoen} />
        <Coverage rows={d.provincies} seizoen={d.seizoen} />
        {d.activities.length > 0 && (
          <Paragraph>
            <UtrechtLink href={csv} download>
              {t("partners.csv")}
            </UtrechtLink>
          </Paragraph>
        )}
        <ActivityTable items={d.activities} seizoen={d.seizoen} />
        {d.form && (
          <ActivityForm
            partners={d.form.partners}
            gemeenten={d.form.gemeenten}
            today={d.form.today}
            lastResult={actionData}
          />
        )}
      </section>

      <section aria-labelledby="werkplaatsen" className="leerkring-stack">
        <Heading2 id="werkplaatsen">{t("partners.werkplaatsen.titel")}</Heading2>
        <WerkplaatsenTable werkplaatsen={d.werkplaatsen} />
      </section>

      <section aria-labelledby="kennispartners" className="leerkring-stack">
        <Heading2 id="kennispartners">{t("partners.kennispartners.titel")}</Heading2>
        <KennispartnersTable kennispartners={d.kennispartners} />
      </section>
    </div>
  );
}
