import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Editor, type JSONContent } from "@tiptap/core";
import { Button, FormLabel, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { io, type Socket } from "socket.io-client";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { CollabProvider } from "#app/collab/provider.ts";
import { COLLAB_NAMESPACE, type Access, type ErrorCode } from "#shared/collab/protocol.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import { baseExtensions, isAllowedHref } from "#shared/editor/extensions.ts";
import { mentionSuggestion } from "./mention-suggestion.ts";
import {
  FootnoteForm,
  readDocumentToolsState,
  tableButtons,
  type DocumentToolsState,
  type ToolbarButton,
} from "./document-tools.tsx";
import { ImageForm, type ImageChoices } from "./image-form.tsx";
import { PassageHighlights, REDRAW_PASSAGES, type Passage } from "./passage-highlights.ts";

// The co-editing editor in the browser: Tiptap on a Y.Doc kept in IndexedDB (offline edits
// survive a closed lid or a reload) and synced over /collab. Loaded lazily, after hydration.

type Person = { id: number; name: string };
type Props = {
  documentName: string;
  access: Access;
  user: Person;
  initialHtml: string;
  /** Passages to mark, such as those open review comments are about. */
  passages?: Passage[];
  /** Blocks offered to start an empty document with (the essay template), in the editor's JSON. */
  template?: JSONContent[];
  /** The images the document may show ("Afbeelding invoegen"); without it, no image button. */
  images?: ImageChoices;
};

type Session = {
  doc: Y.Doc;
  socket: Socket;
  provider: CollabProvider;
  local: IndexeddbPersistence;
};

// Dark enough for white caret labels (contrast ≥ 4.5:1).
const COLORS = [
  "#1d6fa5",
  "#a5381d",
  "#2d7031",
  "#7a3fa3",
  "#8a5a00",
  "#00727a",
  "#b0306b",
  "#4a5a8a",
];
export const colorFor = (userId: number) => COLORS[userId % COLORS.length]!;

type Status = "verbinden" | "verbonden" | "opnieuw" | "offline" | "beeindigd";

function useSession(documentName: string, user: Person) {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const socket = io(COLLAB_NAMESPACE, {
      transports: ["websocket"],
      parser: SOCKET_PARSER,
      autoConnect: false,
    });
    const local = new IndexeddbPersistence(`leerkring:${user.id}:${documentName}`, doc);
    // What IndexedDB holds reaches the server through the sync handshake, not as a resend.
    const provider = new CollabProvider(socket, documentName, doc, { localOrigins: [local] });
    provider.awareness.setLocalStateField("user", { name: user.name, color: colorFor(user.id) });
    const offline = () => socket.disconnect();
    const online = () => socket.connect();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    if (navigator.onLine) socket.connect();
    // The session is an external resource made and ended with this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession({ doc, socket, provider, local });
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      provider.destroy();
      socket.disconnect();
      void local.destroy();
      doc.destroy();
    };
  }, [documentName, user.id, user.name]);
  return session;
}

function useStatus(session: Session | null, initialAccess: Access) {
  const [state, setState] = useState({ status: "verbinden" as Status, ready: false });
  const [error, setError] = useState<ErrorCode | null>(null);
  // Access as the server says it is now: it follows a change of the person's rights.
  const [access, setAccess] = useState({ current: initialAccess, changed: false });
  useEffect(() => {
    if (!session) return;
    const { provider, local } = session;
    let ended = false;
    let everConnected = false;
    let localReady = false;
    const update = () => {
      if (provider.joined) everConnected = true;
      const status: Status = ended
        ? "beeindigd"
        : !navigator.onLine
          ? "offline"
          : provider.joined && provider.synced
            ? "verbonden"
            : everConnected
              ? "opnieuw"
              : "verbinden";
      // Show the editor once it has the server's text, or (offline) what this browser kept.
      const ready = provider.synced || (localReady && (!navigator.onLine || everConnected));
      setState((s) => ({ status, ready: s.ready || ready }));
    };
    void local.whenSynced.then(() => {
      localReady = true;
      update();
    });
    const offError = provider.on("error", (e) => {
      if (e.error === "sessie-beeindigd") ended = true;
      setError(e.error);
      update();
    });
    const offAccess = provider.on("access", (current) => {
      setAccess({ current, changed: true });
      setError(null);
    });
    const offStatus = provider.on("status", update);
    const offSynced = provider.on("synced", () => setError(null));
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    const timer = setTimeout(() => {
      everConnected = true; // after a while offline-from-the-start counts as "reconnecting"
      update();
    }, 3_000);
    update();
    return () => {
      offError();
      offAccess();
      offStatus();
      offSynced();
      clearTimeout(timer);
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, [session]);
  return { ...state, error, access };
}

const NO_PASSAGES: Passage[] = [];

export default function CollaborativeEditor({
  documentName,
  access,
  user,
  initialHtml,
  passages = NO_PASSAGES,
  template,
  images,
}: Props) {
  const t = useT();
  const session = useSession(documentName, user);
  const { status, ready, error, access: live } = useStatus(session, access);
  const withdrawn = error === "geen-toegang" || error === "onbekend-document";
  const errorKey: MessageKey | null = !error
    ? null
    : error === "alleen-lezen" ||
        error === "geen-toegang" ||
        error === "document-te-groot" ||
        error === "bericht-te-groot" ||
        error === "document-vol" ||
        error === "te-veel-verzoeken"
      ? `collab.fout.${error}`
      : error === "sessie-beeindigd"
        ? null
        : "collab.fout.algemeen";

  return (
    <div className="leerkring-editor">
      <p role="status" className={`leerkring-editor__status leerkring-editor__status--${status}`}>
        {t(`collab.status.${status}`)}
      </p>
      {errorKey ? (
        <p role="alert" className="leerkring-editor__error">
          {t(errorKey)}
        </p>
      ) : null}
      {live.changed && !withdrawn ? (
        <p role="status" className="leerkring-editor__notice">
          {t(`collab.rechtenGewijzigd.${live.current}`)}
        </p>
      ) : null}
      {session && !withdrawn ? <Presence session={session} self={user} /> : null}
      {withdrawn ? null : session && ready ? (
        <LiveEditor
          session={session}
          documentName={documentName}
          access={live.current}
          user={user}
          passages={passages}
          template={template}
          images={images}
        />
      ) : (
        <div className="leerkring-notes__document" aria-busy="true">
          <div
            className="leerkring-notes__content"
            dangerouslySetInnerHTML={{ __html: initialHtml }}
          />
          <p className="visually-hidden">{t("notities.laden")}</p>
        </div>
      )}
    </div>
  );
}

function LiveEditor({
  session,
  documentName,
  access,
  user,
  passages,
  template,
  images,
}: {
  session: Session;
  documentName: string;
  access: Access;
  user: Person;
  passages: Passage[];
  template: JSONContent[] | undefined;
  images: ImageChoices | undefined;
}) {
  const t = useT();
  const mount = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  // The editor reads the passages when it draws; a new list only asks it to draw again.
  const currentPassages = useRef(passages);
  useEffect(() => {
    currentPassages.current = passages;
    if (editor && !editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(REDRAW_PASSAGES, true));
  }, [editor, passages]);
  const label = t("notities.editor");
  // The suggestion list reads the texts when it opens; the latest translator is enough.
  const translate = useRef(t);
  useEffect(() => {
    translate.current = t;
  }, [t]);
  useEffect(() => {
    // Tiptap's core editor mounted straight into the page: no React binding needed (and none
    // shipped), since the notes have no React node views.
    const instance = new Editor({
      element: mount.current,
      editable: access === "edit",
      injectCSS: false, // the Content-Security-Policy allows no inline <style>: see leerkring.css
      extensions: [
        ...baseExtensions({
          mentionSuggestion: mentionSuggestion(documentName, () => translate.current),
        }),
        Collaboration.configure({ document: session.doc }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { name: user.name, color: colorFor(user.id) },
        }),
        PassageHighlights.configure({ passages: () => currentPassages.current }),
      ],
      editorProps: {
        attributes: {
          class: "leerkring-notes__content leerkring-editor__surface",
          "aria-label": label,
          "aria-multiline": "true",
          role: "textbox",
          ...(access === "edit" ? {} : { "aria-readonly": "true" }),
        },
      },
    });
    // The editor is an external resource made and ended with this effect.
    setEditor(instance);
    return () => instance.destroy();
  }, [session, documentName, access, user.id, user.name, label]);
  return (
    <div className="leerkring-notes__document">
      {access === "edit" && editor ? (
        <Toolbar editor={editor} template={template} images={images} />
      ) : null}
      <div ref={mount} />
    </div>
  );
}

type ToolbarState = {
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  href: string;
  canUndo: boolean;
  canRedo: boolean;
  empty: boolean;
  tools: DocumentToolsState;
};

function readToolbarState(e: Editor): ToolbarState {
  return {
    h2: e.isActive("heading", { level: 2 }),
    h3: e.isActive("heading", { level: 3 }),
    bold: e.isActive("bold"),
    italic: e.isActive("italic"),
    bulletList: e.isActive("bulletList"),
    orderedList: e.isActive("orderedList"),
    blockquote: e.isActive("blockquote"),
    link: e.isActive("link"),
    href: (e.getAttributes("link").href as string | undefined) ?? "",
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
    empty: e.isEmpty,
    tools: readDocumentToolsState(e),
  };
}

/** The toolbar's view of the editor, recomputed after every transaction. */
function useToolbarState(editor: Editor): ToolbarState {
  const cache = useRef<{ key: string; value: ToolbarState } | null>(null);
  const snapshot = () => {
    const value = readToolbarState(editor);
    const key = JSON.stringify(value);
    if (cache.current?.key !== key) cache.current = { key, value };
    return cache.current.value;
  };
  const subscribe = (onChange: () => void) => {
    editor.on("transaction", onChange);
    return () => {
      editor.off("transaction", onChange);
    };
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

function Toolbar({
  editor,
  template,
  images,
}: {
  editor: Editor;
  template?: JSONContent[];
  images?: ImageChoices;
}) {
  const t = useT();
  const state = useToolbarState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const [footnoteOpen, setFootnoteOpen] = useState(false);
  const [imageOpen, setImageOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const barRef = useRef<HTMLDivElement>(null);
  const chain = () => editor.chain().focus();

  // `icon`: a symbol shown instead of the name (which is then the accessible name).
  const buttons: ToolbarButton[] = [
    {
      key: "h2",
      label: "collab.kop2",
      pressed: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: "h3",
      label: "collab.kop3",
      pressed: state.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: "bold",
      label: "collab.vet",
      pressed: state.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      key: "italic",
      label: "collab.cursief",
      pressed: state.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      key: "ul",
      label: "collab.lijst",
      icon: "•",
      pressed: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: "ol",
      label: "collab.genummerd",
      pressed: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: "quote",
      label: "collab.citaat",
      icon: "“",
      pressed: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      key: "link",
      label: "collab.link",
      pressed: state.link,
      run: () => setLinkOpen((o) => !o),
    },
    {
      key: "footnote",
      label: "collab.voetnoot",
      pressed: state.tools.footnote,
      run: () => setFootnoteOpen((o) => !o),
    },
    ...(images
      ? [{ key: "image", label: "collab.afbeelding" as const, run: () => setImageOpen((o) => !o) }]
      : []),
    ...tableButtons(editor, state.tools),
    {
      key: "undo",
      label: "collab.ongedaanMaken",
      icon: "↶",
      disabled: !state.canUndo,
      run: () => chain().undo().run(),
    },
    {
      key: "redo",
      label: "collab.opnieuw",
      icon: "↷",
      disabled: !state.canRedo,
      run: () => chain().redo().run(),
    },
  ];

  // Toolbar pattern: one tab stop, arrow keys move between the buttons.
  const onKeyDown = (event: KeyboardEvent) => {
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (focusIndex + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (focusIndex + last) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    barRef.current?.querySelectorAll<HTMLButtonElement>("button")[next]?.focus();
  };

  return (
    <>
      <div
        ref={barRef}
        role="toolbar"
        aria-label={t("collab.werkbalk")}
        className="leerkring-toolbar"
        onKeyDown={onKeyDown}
      >
        {buttons.map((b, i) => (
          <button
            key={b.key}
            type="button"
            className="leerkring-toolbar__button"
            aria-label={b.icon ? t(b.label) : undefined}
            title={b.icon ? t(b.label) : undefined}
            aria-pressed={b.pressed === undefined ? undefined : b.pressed}
            aria-disabled={b.disabled ? true : undefined}
            tabIndex={i === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(i)}
            onMouseDown={(e) => e.preventDefault()} // keep the selection in the editor
            onClick={() => {
              if (!b.disabled) b.run();
            }}
          >
            {b.icon ? <span aria-hidden="true">{b.icon}</span> : t(b.label)}
          </button>
        ))}
      </div>
      {template && state.empty ? (
        <p className="leerkring-editor__template">
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => editor.chain().focus().setContent(template).run()}
          >
            {t("collab.sjabloon")}
          </Button>
        </p>
      ) : null}
      {imageOpen && images ? (
        <ImageForm
          choices={images}
          onInsert={(attrs) => {
            const inserted = chain().insertFigure(attrs).run();
            if (inserted) setImageOpen(false);
            return inserted;
          }}
          onCancel={() => {
            setImageOpen(false);
            editor.commands.focus();
          }}
        />
      ) : null}
      {footnoteOpen ? (
        <FootnoteForm
          initial={state.tools.footnoteText}
          onApply={(text) => {
            setFootnoteOpen(false);
            if (state.tools.footnote) {
              chain().updateAttributes("footnote", { content: text.trim() }).run();
            } else chain().setFootnote(text).run();
          }}
          onRemove={() => {
            setFootnoteOpen(false);
            chain().deleteSelection().run();
          }}
          onCancel={() => {
            setFootnoteOpen(false);
            editor.commands.focus();
          }}
        />
      ) : null}
      {linkOpen ? (
        <LinkForm
          initial={state.href}
          onApply={(href) => {
            setLinkOpen(false);
            chain().extendMarkRange("link").setLink({ href }).run();
          }}
          onRemove={() => {
            setLinkOpen(false);
            chain().extendMarkRange("link").unsetLink().run();
          }}
          onCancel={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      ) : null}
    </>
  );
}

function LinkForm(props: {
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [href, setHref] = useState(props.initial || "https://");
  const valid = isAllowedHref(href) && href.trim() !== "https://";
  return (
    <div className="leerkring-linkform">
      <FormLabel htmlFor="leerkring-link-href">{t("collab.linkAdres")}</FormLabel>
      <Textbox
        id="leerkring-link-href"
        type="url"
        value={href}
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && valid) {
            e.preventDefault();
            props.onApply(href.trim());
          }
          if (e.key === "Escape") props.onCancel();
        }}
      />
      <Button
        type="button"
        appearance="primary-action-button"
        disabled={!valid}
        onClick={() => props.onApply(href.trim())}
      >
        {t("collab.linkToepassen")}
      </Button>
      {props.initial ? (
        <Button type="button" appearance="secondary-action-button" onClick={props.onRemove}>
          {t("collab.linkVerwijderen")}
        </Button>
      ) : null}
      <Button type="button" appearance="subtle-button" onClick={props.onCancel}>
        {t("collab.annuleren")}
      </Button>
    </div>
  );
}

type Present = { id: number; name: string; color: string; access: Access; self: boolean };

function usePresence(session: Session, self: Person): Present[] {
  const { awareness } = session.provider;
  const cache = useRef<{ key: string; value: Present[] }>({ key: "", value: [] });
  const subscribe = (onChange: () => void) => {
    awareness.on("change", onChange);
    return () => awareness.off("change", onChange);
  };
  const snapshot = () => {
    const people = new Map<number, Present>();
    for (const state of awareness.getStates().values()) {
      const u = (
        state as { user?: { id?: number; name?: string; color?: string; access?: Access } }
      ).user;
      if (!u?.name) continue;
      const id = u.id ?? (u.name === self.name ? self.id : -people.size - 1);
      people.set(id, {
        id,
        name: u.name,
        color: u.color ?? "#1d6fa5",
        access: u.access ?? "edit",
        self: id === self.id,
      });
    }
    if (!people.has(self.id)) {
      people.set(self.id, {
        id: self.id,
        name: self.name,
        color: colorFor(self.id),
        access: "edit",
        self: true,
      });
    }
    const value = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
    const key = JSON.stringify(value);
    if (key !== cache.current.key) cache.current = { key, value };
    return cache.current.value;
  };
  return useSyncExternalStore(subscribe, snapshot, () => cache.current.value);
}

function Presence({ session, self }: { session: Session; self: Person }) {
  const t = useT();
  const people = usePresence(session, self);
  return (
    <section aria-labelledby="aanwezig" className="leerkring-presence">
      <h2 id="aanwezig" className="leerkring-presence__title">
        {t("collab.aanwezig", { aantal: people.length })}
      </h2>
      <ul className="leerkring-presence__list">
        {people.map((p) => (
          <li key={p.id}>
            <span
              className="leerkring-presence__swatch"
              style={{ backgroundColor: p.color }}
              aria-hidden="true"
            />
            {p.name}
            {p.self ? ` ${t("collab.jij")}` : ""}
            {p.access === "view" ? ` (${t("collab.leestMee")})` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
