import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { attachmentAnchor, FILE_FIELD } from "#shared/bijlagen.ts";
import { ACCEPT, TITLE_MAX, typeLabels, uploadErrors, type UploadError } from "./bijlage-schema.ts";
import { downloadHref } from "./download.ts";

// The attachments of one record on its page: a table (name, type, size, who, when) and, for who
// may change the record, an upload form. The form is a plain multipart post (reloadDocument: no
// fetch, so it works without JavaScript and streams); the answer comes back as ?bijlage= or
// ?bijlagefout= on this page, and only the known messages are shown.

export type AttachmentItem = {
  id: number;
  title: string;
  filename: string;
  mediaType: string;
  size: number;
  uploadedByName: string | null;
  createdAt: Date | string;
};

export function formatSize(locale: Locale, bytes: number): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1_000
        ? [bytes / 1_000, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    maximumFractionDigits: unit === "byte" ? 0 : 1,
  }).format(value);
}

export function AttachmentTable({
  items,
  caption,
  canDelete,
  where,
}: {
  items: AttachmentItem[];
  caption: string;
  canDelete?: boolean;
  /** Library: the record each belongs to. */
  where?: (item: AttachmentItem) => { href: string; label: string };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="leerkring-table-wrapper">
      <Table>
        <caption className="visually-hidden">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("bijlage.kolom.naam")}</TableHeaderCell>
            {where && <TableHeaderCell scope="col">{t("bijlage.kolom.bij")}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t("bijlage.kolom.soort")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("bijlage.kolom.grootte")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("bijlage.kolom.door")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("bijlage.kolom.wanneer")}</TableHeaderCell>
            {canDelete && (
              <TableHeaderCell scope="col">
                <span className="visually-hidden">{t("bijlage.kolom.acties")}</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const record = where?.(item);
            return (
              <TableRow key={item.id}>
                <TableCell>
                  <a href={downloadHref(item)} className="utrecht-link" download>
                    {item.title}
                  </a>
                  {item.title !== item.filename && (
                    <span className="leerkring-muted"> ({item.filename})</span>
                  )}
                </TableCell>
                {record && (
                  <TableCell>
                    <Link to={record.href} className="utrecht-link">
                      {record.label}
                    </Link>
                  </TableCell>
                )}
                <TableCell>{typeLabels[item.mediaType] ?? item.mediaType}</TableCell>
                <TableCell>{formatSize(locale, item.size)}</TableCell>
                <TableCell>{item.uploadedByName ?? "–"}</TableCell>
                <TableCell>{formatDateTime(locale, new Date(item.createdAt))}</TableCell>
                {canDelete && (
                  <TableCell>
                    <Link to={`/bijlagen/verwijderen/${item.id}`} className="utrecht-link">
                      {t("bijlage.verwijderen")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

export function Attachments({
  items,
  uploadUrl,
  maxMb,
  marker = null,
  label,
}: {
  items: AttachmentItem[];
  /** Where the upload form posts; null: this person may not attach here. */
  uploadUrl: string | null;
  maxMb: number;
  /**
   * Set for a record listed beneath the page's own (a programme item, a log entry;
   * shared/bijlagen.ts, attachmentMarker): its own section, headed one level lower and named
   * after `label`, its form folded away, and only its own messages.
   */
  marker?: string | null;
  label?: string;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const mine = (params.get("bij") ?? null) === marker;
  const error = mine ? params.get("bijlagefout") : null;
  const shownError = uploadErrors.includes(error as UploadError) ? (error as UploadError) : null;
  const done = mine ? params.get("bijlage") : null;
  if (!uploadUrl && items.length === 0) return null;
  const id = (name: string) => (marker ? `${name}-${marker}` : name);
  const nested = marker !== null;
  const Heading = nested ? Heading3 : Heading2;
  const title = nested && label ? t("bijlage.kopBij", { titel: label }) : t("bijlage.kop");
  const addTitle =
    nested && label ? t("bijlage.toevoegenBij", { titel: label }) : t("bijlage.toevoegen");
  const form = uploadUrl && (
    <form
      method="post"
      action={uploadUrl}
      encType="multipart/form-data"
      className="leerkring-stack leerkring-card"
      aria-labelledby={id("bijlage-toevoegen")}
    >
      {!nested && <Heading3 id={id("bijlage-toevoegen")}>{addTitle}</Heading3>}
      {shownError && (
        <Alert type="error" role="alert">
          <Paragraph id={id("bijlage-fout")}>{t(shownError, { limiet: maxMb })}</Paragraph>
        </Alert>
      )}
      <div className="utrecht-form-field">
        <label htmlFor={id("bijlage-bestand")} className="utrecht-form-label">
          {t("bijlage.bestand")}
        </label>
        <Paragraph id={id("bijlage-uitleg")} className="utrecht-form-field-description">
          {t("bijlage.uitleg", { limiet: maxMb })}
        </Paragraph>
        <input
          id={id("bijlage-bestand")}
          type="file"
          name={FILE_FIELD}
          accept={ACCEPT}
          required
          aria-describedby={
            shownError ? `${id("bijlage-uitleg")} ${id("bijlage-fout")}` : id("bijlage-uitleg")
          }
          aria-invalid={shownError ? true : undefined}
          className="utrecht-textbox"
        />
      </div>
      <div className="utrecht-form-field">
        <label htmlFor={id("bijlage-titel")} className="utrecht-form-label">
          {t("bijlage.titel")}
        </label>
        <input
          id={id("bijlage-titel")}
          name="titel"
          maxLength={TITLE_MAX}
          className="utrecht-textbox utrecht-textbox--html-input"
        />
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button">
          {t("bijlage.uploaden")}
        </Button>
      </div>
    </form>
  );
  return (
    <section
      id={attachmentAnchor(marker)}
      aria-labelledby={id("bijlagen-kop")}
      className="leerkring-stack"
    >
      <Heading id={id("bijlagen-kop")}>{title}</Heading>
      {done === "toegevoegd" && (
        <Alert type="ok" role="status">
          <Paragraph>{t("bijlage.toegevoegd")}</Paragraph>
        </Alert>
      )}
      {done === "verwijderd" && (
        <Alert type="ok" role="status">
          <Paragraph>{t("bijlage.verwijderdMelding")}</Paragraph>
        </Alert>
      )}
      {items.length > 0 ? (
        <AttachmentTable items={items} caption={title} canDelete={!!uploadUrl} />
      ) : (
        !nested && <Paragraph>{t("bijlage.geen")}</Paragraph>
      )}
      {form &&
        (nested ? (
          // Folded away beneath each item (a <details> opens without JavaScript), open after an
          // error; its summary names the form.
          <details open={!!shownError}>
            <summary id={id("bijlage-toevoegen")} className="utrecht-link">
              {addTitle}
            </summary>
            {form}
          </details>
        ) : (
          form
        ))}
    </section>
  );
}
