import type { Editor } from "@tiptap/core";
import { Button, FormLabel, Textarea } from "@utrecht/component-library-react";
import { useState } from "react";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import { FOOTNOTE_MAX, footnoteText } from "#shared/editor/extensions.ts";

// The toolbar's buttons for tables and footnotes, and the footnote form. Only the editor (loaded
// lazily) imports this, so pages without an editor do not carry it.

export type ToolbarButton = {
  key: string;
  label: MessageKey;
  icon?: string;
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
};

export type DocumentToolsState = {
  inTable: boolean;
  footnote: boolean;
  footnoteText: string;
};

export function readDocumentToolsState(e: Editor): DocumentToolsState {
  return {
    inTable: e.isActive("table"),
    footnote: e.isActive("footnote"),
    footnoteText: e.isActive("footnote") ? footnoteText(e.getAttributes("footnote")) : "",
  };
}

/**
 * Insert a table (three columns, a header row), and inside one add or remove a row or column or
 * the table; in a table Tab and Shift-Tab move between cells, Tab in the last cell adds a row.
 */
export function tableButtons(editor: Editor, state: DocumentToolsState): ToolbarButton[] {
  const chain = () => editor.chain().focus();
  if (!state.inTable) {
    return [
      {
        key: "table",
        label: "collab.tabel",
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
    ];
  }
  return [
    { key: "row+", label: "collab.rijToevoegen", run: () => chain().addRowAfter().run() },
    { key: "row-", label: "collab.rijVerwijderen", run: () => chain().deleteRow().run() },
    { key: "col+", label: "collab.kolomToevoegen", run: () => chain().addColumnAfter().run() },
    { key: "col-", label: "collab.kolomVerwijderen", run: () => chain().deleteColumn().run() },
    { key: "table-", label: "collab.tabelVerwijderen", run: () => chain().deleteTable().run() },
  ];
}

export function FootnoteForm(props: {
  initial: string;
  onApply: (text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(props.initial);
  const valid = text.trim() !== "" && text.length <= FOOTNOTE_MAX;
  return (
    <div className="leerkring-linkform">
      <FormLabel htmlFor="leerkring-footnote-text">{t("collab.voetnootTekst")}</FormLabel>
      <Textarea
        id="leerkring-footnote-text"
        value={text}
        maxLength={FOOTNOTE_MAX}
        rows={3}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") props.onCancel();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && valid) {
            e.preventDefault();
            props.onApply(text);
          }
        }}
      />
      <Button
        type="button"
        appearance="primary-action-button"
        disabled={!valid}
        onClick={() => props.onApply(text)}
      >
        {t("collab.voetnootToepassen")}
      </Button>
      {props.initial ? (
        <Button type="button" appearance="secondary-action-button" onClick={props.onRemove}>
          {t("collab.voetnootVerwijderen")}
        </Button>
      ) : null}
      <Button type="button" appearance="subtle-button" onClick={props.onCancel}>
        {t("collab.annuleren")}
      </Button>
    </div>
  );
}
