import { Paragraph } from "@utrecht/component-library-react";
import { lazy, Suspense, useSyncExternalStore, type ComponentProps } from "react";

// A co-edited document (meeting notes, an essay draft). The server renders the current text, so it
// is there before any JavaScript; the editor is loaded after hydration and takes over.
const CollaborativeEditor = lazy(() => import("#app/editor/collaborative-editor.client.tsx"));

/** What the editor takes; passed through whole, so a new editor prop needs no change here. */
export type EditorProps = ComponentProps<typeof CollaborativeEditor>;

/** True once React has hydrated: the editor only ever renders in the browser. */
const noSubscription = () => () => {};
export function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function LiveDocument({
  editor,
  staticHtml = editor.initialHtml,
  label,
  empty,
}: {
  editor: EditorProps;
  /** Shown until the page is hydrated (e.g. with passages marked); the editor's text by default. */
  staticHtml?: string;
  /** The document's accessible name in the static view. */
  label: string;
  /** What the static view says when the document has no text yet. */
  empty: string;
}) {
  const hydrated = useHydrated();
  if (!hydrated) return <StaticDocument html={staticHtml} label={label} empty={empty} />;
  return (
    <Suspense fallback={<StaticDocument html={editor.initialHtml} label={label} empty={empty} />}>
      <CollaborativeEditor key={editor.documentName} {...editor} />
    </Suspense>
  );
}

/** The document as the server rendered it. */
export function StaticDocument({
  html,
  label,
  empty,
}: {
  html: string;
  label: string;
  empty: string;
}) {
  return (
    <div className="leerkring-notes__document">
      {html ? (
        <div
          className="leerkring-notes__content"
          aria-label={label}
          role="document"
          // Our own renderer's output: text is escaped, only schema elements and safe links.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <Paragraph>{empty}</Paragraph>
      )}
    </div>
  );
}
