import { useT } from "#shared/i18n/index.ts";

const FORMATS = [
  { extension: "pdf", label: "PDF" },
  { extension: "docx", label: "Word (DOCX)" },
  { extension: "md", label: "Markdown" },
  { extension: "html", label: "HTML" },
] as const;

/** Links to the exports of a document, `${base}.pdf` and the rest. */
export function DownloadLinks({ base }: { base: string }) {
  const t = useT();
  return (
    <nav aria-label={t("essay.downloaden")} className="leerkring-actions">
      <span>{t("essay.downloaden")}:</span>
      {FORMATS.map((f) => (
        <a key={f.extension} href={`${base}.${f.extension}`} className="utrecht-link" download>
          {f.label}
        </a>
      ))}
    </nav>
  );
}
