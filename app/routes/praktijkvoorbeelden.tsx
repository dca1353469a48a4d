import { ButtonLink, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Route } from "./+types/praktijkvoorbeelden";
import { canStartPraktijkvoorbeeld } from "#app/auth/rules/praktijkvoorbeeld.ts";
import { getUser } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { PraktijkFilters, PraktijkList } from "#app/praktijkvoorbeelden/praktijk-list.tsx";
import { praktijkFilterSchema } from "#app/praktijkvoorbeelden/praktijkvoorbeeld-schema.ts";
import {
  filterOptions,
  listPublishedPraktijkvoorbeelden,
  praktijkvoorbeeldenInProgress,
  publishedItem,
} from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /praktijkvoorbeelden — public: the published practice examples, by theme and municipality;
// for those who may write them, also the ones in progress.

export function loader({ request }: Route.LoaderArgs) {
  const user = getUser(request);
  const url = new URL(request.url);
  const filter = praktijkFilterSchema.parse(Object.fromEntries(url.searchParams));
  const all = listPublishedPraktijkvoorbeelden();
  const rows = listPublishedPraktijkvoorbeelden({
    themaId: filter.thema,
    organisationId: filter.gemeente,
  });
  return {
    items: rows.map(publishedItem),
    filter,
    filtered: filter.thema !== null || filter.gemeente !== null,
    options: filterOptions(all),
    inProgress: praktijkvoorbeeldenInProgress(user).map((r) => ({
      ...publishedItem(r),
      title: r.title,
      date: null,
    })),
    canStart: canStartPraktijkvoorbeeld(user),
  };
}

export default function Praktijkvoorbeelden({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { items, options, inProgress } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("praktijk.lijst")}</PageTitle>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t("praktijk.feed")}
        href="/praktijkvoorbeelden.atom"
      />
      <Heading1>{t("praktijk.lijst")}</Heading1>
      <Paragraph>{t("praktijk.lijstUitleg")}</Paragraph>
      {loaderData.canStart && (
        <Paragraph>
          <ButtonLink href="/praktijkvoorbeelden/nieuw" appearance="primary-action-button">
            {t("praktijk.nieuw")}
          </ButtonLink>
        </Paragraph>
      )}
      {options.themas.length > 0 && (
        <PraktijkFilters
          themas={options.themas}
          gemeenten={options.gemeenten}
          filter={loaderData.filter}
        />
      )}
      <section aria-labelledby="gepubliceerd" className="leerkring-stack">
        <Heading2 id="gepubliceerd">{t("praktijk.gepubliceerdeVoorbeelden")}</Heading2>
        {items.length > 0 && <Paragraph>{t("praktijk.aantal", { count: items.length })}</Paragraph>}
        <PraktijkList
          items={items}
          empty={loaderData.filtered ? t("praktijk.geenFilter") : t("praktijk.geenVoorbeelden")}
        />
      </section>
      {inProgress.length > 0 && (
        <section aria-labelledby="in-bewerking" className="leerkring-stack">
          <Heading2 id="in-bewerking">{t("praktijk.inBewerking")}</Heading2>
          <PraktijkList items={inProgress} empty="" />
        </section>
      )}
      <Paragraph>
        <a href="/praktijkvoorbeelden.atom" className="utrecht-link">
          {t("praktijk.feed")}
        </a>
      </Paragraph>
    </div>
  );
}
