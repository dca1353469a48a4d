import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textbox,
} from "@utrecht/component-library-react";
import { useId, useState } from "react";
import { useRevalidator } from "react-router";
import { uploadErrors, type UploadError } from "#app/bijlagen/bijlage-schema.ts";
import { FILE_FIELD } from "#shared/bijlagen.ts";
import { imageAlt, isAllowedImageSrc } from "#shared/editor/extensions.ts";
import { useT, type MessageKey } from "#shared/i18n/index.ts";

// "Afbeelding invoegen": one of the document's image attachments, or a new one uploaded through
// the attachments' own upload route, with the alt text it must have. Only the editor (loaded
// lazily) imports this. Without JavaScript there is no editor; the page's attachment form stays.

/** What the page offers the image form: its image attachments and where a new one goes. */
export type ImageChoices = {
  items: { src: string; name: string }[];
  /** The upload route of the document's record; null: this person may not attach there. */
  uploadUrl: string | null;
  maxMb: number;
};

const NEW = "nieuw";
const IMAGE_TYPES = "image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp";

/**
 * Uploads one image to the record with the plain upload route (a 303 back to the record's page,
 * which fetch follows): the new id is in `?nieuw=`, a refusal in `?bijlagefout=`.
 */
async function upload(url: string, file: File): Promise<{ src: string } | { error: MessageKey }> {
  const body = new FormData();
  body.set("titel", "");
  body.set(FILE_FIELD, file);
  try {
    const response = await fetch(url, { method: "POST", body, credentials: "same-origin" });
    const params = new URL(response.url).searchParams;
    const id = params.get("nieuw");
    // The id says the file was stored, whatever the page it was sent back to answered.
    if (id && isAllowedImageSrc(`/bijlagen/${id}`)) return { src: `/bijlagen/${id}` };
    const refusal = params.get("bijlagefout");
    return {
      error: uploadErrors.includes(refusal as UploadError)
        ? (refusal as UploadError)
        : "collab.afbeeldingFout.upload",
    };
  } catch {
    return { error: "collab.afbeeldingFout.upload" };
  }
}

export function ImageForm(props: {
  choices: ImageChoices;
  onInsert: (attrs: { src: string; alt: string }) => boolean;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const revalidator = useRevalidator();
  const { items, uploadUrl, maxMb } = props.choices;
  const [choice, setChoice] = useState(items[0]?.src ?? (uploadUrl ? NEW : ""));
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = async () => {
    if (busy) return;
    const text = imageAlt({ alt });
    if (!text) return setError("collab.afbeeldingFout.alt");
    let src = choice;
    if (choice === NEW) {
      if (!uploadUrl || !file) return setError("collab.afbeeldingFout.geenBestand");
      if (!file.type.startsWith("image/")) return setError("collab.afbeeldingFout.geenAfbeelding");
      setBusy(true);
      const result = await upload(uploadUrl, file);
      setBusy(false);
      if ("error" in result) return setError(result.error);
      src = result.src;
      void revalidator.revalidate(); // the new image in the list next time
    }
    if (!isAllowedImageSrc(src)) return setError("collab.afbeeldingFout.kies");
    if (!props.onInsert({ src, alt: text })) return setError("collab.afbeeldingFout.kies");
  };

  const errorId = `${id}-fout`;
  return (
    <div className="leerkring-linkform leerkring-stack" aria-busy={busy || undefined}>
      <Fieldset>
        <FieldsetLegend>{t("collab.afbeeldingKiezen")}</FieldsetLegend>
        {items.length === 0 && <Paragraph>{t("collab.afbeeldingGeen")}</Paragraph>}
        {items.map((item) => (
          <div key={item.src}>
            <input
              type="radio"
              id={`${id}-${item.src}`}
              name={`${id}-keuze`}
              className="utrecht-radio-button"
              checked={choice === item.src}
              onChange={() => setChoice(item.src)}
            />{" "}
            <label htmlFor={`${id}-${item.src}`}>{item.name}</label>
          </div>
        ))}
        {uploadUrl && (
          <div>
            <input
              type="radio"
              id={`${id}-nieuw`}
              name={`${id}-keuze`}
              className="utrecht-radio-button"
              checked={choice === NEW}
              onChange={() => setChoice(NEW)}
            />{" "}
            <label htmlFor={`${id}-nieuw`}>{t("collab.afbeeldingNieuw")}</label>
          </div>
        )}
      </Fieldset>
      {choice === NEW && uploadUrl && (
        <div>
          <FormLabel htmlFor={`${id}-bestand`}>{t("collab.afbeeldingBestand")}</FormLabel>
          <FormFieldDescription id={`${id}-bestand-uitleg`}>
            {t("collab.afbeeldingBestandUitleg", { limiet: maxMb })}
          </FormFieldDescription>
          <input
            type="file"
            id={`${id}-bestand`}
            accept={IMAGE_TYPES}
            aria-describedby={`${id}-bestand-uitleg`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      )}
      <div>
        <FormLabel htmlFor={`${id}-alt`}>{t("collab.afbeeldingAlt")}</FormLabel>
        <FormFieldDescription id={`${id}-alt-uitleg`}>
          {t("collab.afbeeldingAltUitleg")}
        </FormFieldDescription>
        <Textbox
          id={`${id}-alt`}
          value={alt}
          maxLength={500}
          required
          invalid={error === "collab.afbeeldingFout.alt"}
          aria-describedby={`${id}-alt-uitleg${error ? ` ${errorId}` : ""}`}
          onChange={(e) => setAlt(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") props.onCancel();
            if (e.key === "Enter") {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </div>
      {error && (
        <p role="alert" id={errorId} className="leerkring-editor__error">
          {t(error, { limiet: maxMb })}
        </p>
      )}
      {busy && <p role="status">{t("collab.afbeeldingBezig")}</p>}
      <div>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() => void submit()}
        >
          {t("collab.afbeeldingToepassen")}
        </Button>{" "}
        <Button type="button" appearance="subtle-button" onClick={props.onCancel}>
          {t("collab.annuleren")}
        </Button>
      </div>
    </div>
  );
}
