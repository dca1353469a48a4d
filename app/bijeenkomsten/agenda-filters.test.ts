import { describe, expect, it } from "vitest";
import { agendaSearch, parseAgendaFilters } from "./agenda-filters.ts";

describe("agenda filters", () => {
  it("reads kind, circle, theme and municipality", () => {
    expect(
      parseAgendaFilters(
        new URLSearchParams("soort=intervisie&kring=1&thema=sociale-basis&gemeente=hilversum"),
      ),
    ).toEqual({ soort: "intervisie", kring: 1, thema: "sociale-basis", gemeente: "hilversum" });
  });

  it("ignores values that are not one of the choices", () => {
    expect(
      parseAgendaFilters(new URLSearchParams("soort=feest&kring=3&thema=<b>&gemeente=A%20B")),
    ).toEqual({});
  });

  it("carries the filters into another view's address", () => {
    expect(agendaSearch([["weergave", "maand"]], { soort: "thema", kring: 2 })).toBe(
      "?weergave=maand&soort=thema&kring=2",
    );
    expect(agendaSearch([], {})).toBe("");
  });
});
