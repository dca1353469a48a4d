import {
  Alert,
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/interventies.$id";
import { canWriteInterventie } from "#app/auth/rules/interventie.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { InterventieAims, InterventieFacts } from "#app/interventies/interventie-detail.tsx";
import {
  linkedWijkmetingen,
  requireInterventie,
  requireInterventieViewer,
} from "#app/interventies/interventies.server.ts";
import { SourceNote } from "#app/monitor/ui.tsx";
import { TagList } from "#app/tags/tag-list.tsx";
import { tagsOf } from "#app/tags/tags.server.ts";
import { listActoren } from "#app/uitdagingen/uitdagingen.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /interventies/:id — one policy intervention. One the person may not read answers 404, as an
// unshared assessment does: another municipality's unshared work is not even confirmed to exist.

export function loader({ request, params }: Route.LoaderArgs) {
  const viewer = requireInterventieViewer(request);
  const interventie = requireInterventie(viewer, params.id);
  const url = new URL(request.url);
  return {
    interventie,
    metingen: linkedWijkmetingen(viewer, interventie),
    actoren: listActoren().map((a) => ({ slug: a.slug, name: a.name })),
    canWrite: canWriteInterventie(viewer, interventie),
    tags: tagsOf("interventie", interventie.id),
    done: url.searchParams.has("vastgelegd")
      ? ("interventie.vastgelegd" as const)
      : url.searchParams.has("gewijzigd")
        ? ("interventie.gewijzigd" as const)
        : null,
  };
}

export default function Interventie({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { interventie, done } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{interventie.title}</PageTitle>
      <div>
        <PreHeading>
          <Link to="/interventies" className="utrecht-link">
            {t("interventie.lijst")}
          </Link>
        </PreHeading>
        <Heading1>{interventie.title}</Heading1>
      </div>
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{t(done)}</Paragraph>
        </Alert>
      )}
      {interventie.description && (
        <Paragraph className="leerkring-prewrap">{interventie.description}</Paragraph>
      )}
      {loaderData.canWrite && (
        <Paragraph>
          <ButtonLink
            href={`/interventies/${interventie.id}/bewerken`}
            appearance="secondary-action-button"
          >
            {t("interventie.bewerken")}
          </ButtonLink>
        </Paragraph>
      )}
      <InterventieFacts interventie={interventie} metingen={loaderData.metingen} />
      <InterventieAims interventie={interventie} actoren={loaderData.actoren} />
      <TagList tags={loaderData.tags} listPath="/interventies" />
      <section aria-labelledby="resultaat" className="leerkring-stack">
        <Heading2 id="resultaat">{t("interventie.veld.resultaat")}</Heading2>
        <Paragraph className="leerkring-prewrap">
          {interventie.resultaat || t("interventie.geenResultaat")}
        </Paragraph>
      </section>
      <SourceNote part="instrumenten" />
    </div>
  );
}
