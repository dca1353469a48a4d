import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";

/** Links to the previous and next season of a page (`/programma/…`, `/rapportage/…`). */
export function SeasonNav(props: { base: string; previous: string | null; next: string | null }) {
  const t = useT();
  return (
    <nav aria-label={t("programma.seizoenen")} className="leerkring-actions">
      {props.previous && (
        <Link to={`${props.base}/${props.previous}`} className="utrecht-link" rel="prev">
          {t("programma.vorigSeizoen", { seizoen: props.previous })}
        </Link>
      )}
      {props.next && (
        <Link to={`${props.base}/${props.next}`} className="utrecht-link" rel="next">
          {t("programma.volgendSeizoen", { seizoen: props.next })}
        </Link>
      )}
    </nav>
  );
}
