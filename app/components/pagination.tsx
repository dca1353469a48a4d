import { Link, useLocation } from "react-router";
import { useT } from "#shared/i18n/index.ts";

/**
 * Previous/next links that keep the other query parameters. Nothing when there is one page.
 * `pages` is null when the number of pages is not known (search counts only as far as it reads);
 * then `more` says whether a next page follows.
 */
export function Pagination({
  page,
  pages,
  more = pages !== null && page < pages,
}: {
  page: number;
  pages: number | null;
  more?: boolean;
}) {
  const t = useT();
  const location = useLocation();
  if (pages === null ? page <= 1 && !more : pages <= 1) return null;
  const to = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set("pagina", String(p));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav aria-label={t("paginering.label")} className="leerkring-actions">
      {page > 1 && (
        <Link to={to(page - 1)} className="utrecht-link" rel="prev">
          {t("paginering.vorige")}
        </Link>
      )}
      <span>
        {pages === null
          ? t("paginering.paginaZonderTotaal", { pagina: page })
          : t("paginering.pagina", { pagina: page, totaal: pages })}
      </span>
      {more && (
        <Link to={to(page + 1)} className="utrecht-link" rel="next">
          {t("paginering.volgende")}
        </Link>
      )}
    </nav>
  );
}
