import type { MentionOptions } from "@tiptap/extension-mention";
import type { useT } from "#shared/i18n/index.ts";

// The "@" list of the browser editor: people who may read the document, from /api/vermeldbaar.
// A listbox beside the caret; the editor keeps the focus and points at the chosen option with
// aria-activedescendant, a status line says how many there are. Arrow keys move, Enter or Tab
// chooses, Escape closes.

type Person = { id: number; name: string };
type Translate = ReturnType<typeof useT>;
type Suggestion = NonNullable<MentionOptions["suggestion"]>;

let lists = 0;

export function mentionSuggestion(documentName: string, texts: () => Translate): Suggestion {
  let failed = false;

  return {
    char: "@",
    items: async ({ query }) => {
      const url = `/api/vermeldbaar?document=${encodeURIComponent(documentName)}&q=${encodeURIComponent(query.slice(0, 50))}`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        failed = !response.ok;
        return response.ok ? ((await response.json()) as { people: Person[] }).people : [];
      } catch {
        failed = true;
        return [];
      }
    },
    render: () => {
      const id = `leerkring-vermelding-${++lists}`;
      let root: HTMLDivElement | null = null;
      let list: HTMLUListElement | null = null;
      let status: HTMLParagraphElement | null = null;
      let unmount: (() => void) | null = null;
      let surface: HTMLElement | null = null;
      let items: Person[] = [];
      let active = 0;
      let choose: (person: Person) => void = () => {};

      const draw = (loading: boolean) => {
        if (!list || !status || !surface) return;
        list.replaceChildren(
          ...items.map((person, i) => {
            const option = document.createElement("li");
            option.id = `${id}-${i}`;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", String(i === active));
            option.className = "leerkring-mentions__option";
            option.textContent = person.name;
            option.addEventListener("mousedown", (event) => {
              event.preventDefault(); // keep the focus in the editor
              choose(person);
            });
            return option;
          }),
        );
        list.hidden = items.length === 0;
        if (items.length) surface.setAttribute("aria-activedescendant", `${id}-${active}`);
        else surface.removeAttribute("aria-activedescendant");
        status.textContent = loading
          ? ""
          : failed
            ? texts()("vermeldingen.fout")
            : items.length
              ? texts()("vermeldingen.aantal", { count: items.length })
              : texts()("vermeldingen.geen");
      };

      const update = (
        props: Parameters<
          NonNullable<ReturnType<NonNullable<Suggestion["render"]>>["onUpdate"]>
        >[0],
      ) => {
        items = props.items as Person[];
        active = Math.min(active, Math.max(items.length - 1, 0));
        choose = (person) => props.command({ id: String(person.id), label: person.name });
        draw(props.loading ?? false);
      };

      return {
        onStart(props) {
          surface = props.editor.view.dom;
          root = document.createElement("div");
          root.className = "leerkring-mentions";
          list = document.createElement("ul");
          list.id = id;
          list.setAttribute("role", "listbox");
          list.setAttribute("aria-label", texts()("vermeldingen.lijst"));
          list.className = "leerkring-mentions__list";
          status = document.createElement("p");
          status.setAttribute("role", "status");
          status.className = "leerkring-mentions__status";
          root.append(list, status);
          surface.setAttribute("aria-controls", id);
          surface.setAttribute("aria-expanded", "true");
          surface.setAttribute("aria-autocomplete", "list");
          unmount = props.mount(root);
          active = 0;
          update(props);
        },
        onUpdate: update,
        onKeyDown({ event }) {
          if (event.key === "Escape") return false; // the plugin closes the list
          if (!items.length) return false;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            const step = event.key === "ArrowDown" ? 1 : items.length - 1;
            active = (active + step) % items.length;
            draw(false);
            return true;
          }
          if (event.key === "Enter" || event.key === "Tab") {
            choose(items[active]!);
            return true;
          }
          return false;
        },
        onExit() {
          unmount?.();
          root?.remove();
          surface?.removeAttribute("aria-activedescendant");
          surface?.removeAttribute("aria-controls");
          surface?.setAttribute("aria-expanded", "false");
          root = list = status = null;
          unmount = null;
        },
      };
    },
  };
}
