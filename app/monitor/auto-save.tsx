import { useState } from "react";
import { useActionData, useFetcher } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import type { ActionResult } from "./invullen-schema.ts";

// Saving the fill-in page without an extra click: with JavaScript each group of fields (an
// indicator, a group of policy factors, the governance style) saves through its own fetcher.

/** This group's result: from its own fetcher, or from a page submission without JavaScript. */
export function useSaveStatus(fetcherData: unknown, matches: (r: ActionResult) => boolean) {
  const page = useActionData() as ActionResult;
  const result = (fetcherData as ActionResult) ?? (page && matches(page) ? page : undefined);
  return result && matches(result) ? result : undefined;
}

/**
 * Saving one group of fields through a fetcher. "Opgeslagen" is only true when the server has
 * confirmed the last save and nothing was typed since: a note typed after the score was saved
 * makes it disappear until that note is stored too.
 */
export function useAutoSave(metingId: number) {
  const fetcher = useFetcher<ActionResult>();
  const [dirty, setDirty] = useState(false);
  const save = (values: Record<string, string>) => {
    setDirty(false);
    void fetcher.submit(values, { method: "post", action: `/monitor/${metingId}/invullen` });
  };
  const confirmed =
    fetcher.state === "idle" && !dirty && !!fetcher.data && "savedAt" in fetcher.data;
  return { fetcher, dirty, edited: () => setDirty(true), save, confirmed };
}

export function SavedLine({
  busy,
  saved,
  error,
}: {
  busy: boolean;
  saved: boolean;
  error?: FieldMessage | null | undefined;
}) {
  const t = useT();
  return (
    <span role="status" className="leerkring-save-status">
      {busy ? t("monitor.bezig") : error ? "" : saved ? t("monitor.opgeslagen") : ""}
    </span>
  );
}
