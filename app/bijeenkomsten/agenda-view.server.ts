import { asc, eq } from "drizzle-orm";
import { currentTime } from "#app/utils/clock.ts";
import {
  addDays,
  addMonths,
  isIsoDay,
  lastOfMonth,
  mondayOf,
  parseMonth,
  type IsoDay,
} from "#app/seizoen/season.ts";
import { getDb } from "#db/client.ts";
import { organisations, themas } from "#db/schema.ts";
import { amsterdamToUtc, toAmsterdamInputs } from "#shared/time.ts";
import { agendaSearch, parseAgendaFilters, type AgendaFilters } from "./agenda-filters.ts";
import { listMeetings, meetingsStartingBetween } from "./meeting-query.server.ts";

// What /agenda shows: the list (default), a month (?weergave=maand&maand=2026-12) or a week
// (?weergave=week&week=2026-11-30, any day of it), each narrowed by the filters. "Today" is the
// request's time in Amsterdam (currentTime), passed in so tests can fix it.

type Kinds = readonly ("thema" | "intervisie")[];
export type CalendarMeeting = {
  id: number;
  title: string;
  kind: "thema" | "intervisie";
  status: "gepland" | "gehouden" | "geannuleerd";
  startsAt: Date;
  hostName: string | null;
};

function toUtcStart(day: IsoDay): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return amsterdamToUtc(y, m, d);
}

function byDay(first: IsoDay, last: IsoDay, kinds: Kinds, filters: AgendaFilters) {
  const rows = meetingsStartingBetween(
    toUtcStart(first),
    toUtcStart(addDays(last, 1)),
    kinds,
    filters,
  );
  const map = new Map<IsoDay, CalendarMeeting[]>();
  for (const m of rows) {
    const day = toAmsterdamInputs(m.startsAt).date;
    const list = map.get(day) ?? [];
    list.push({
      id: m.id,
      title: m.title,
      kind: m.kind,
      status: m.status,
      startsAt: m.startsAt,
      hostName: m.hostName,
    });
    map.set(day, list);
  }
  return map;
}

export function agendaView(url: URL, kinds: Kinds, page: number, now: Date = currentTime()) {
  const filters = parseAgendaFilters(url.searchParams);
  const today = toAmsterdamInputs(now).date;
  const weergave = url.searchParams.get("weergave");
  if (weergave === "maand") {
    const first = parseMonth(url.searchParams.get("maand") ?? "") ?? `${today.slice(0, 7)}-01`;
    const gridStart = mondayOf(first);
    const gridEnd = addDays(mondayOf(lastOfMonth(first)), 6);
    const meetings = byDay(gridStart, gridEnd, kinds, filters);
    const weeks: { day: IsoDay; inMonth: boolean; meetings: CalendarMeeting[] }[][] = [];
    for (let monday = gridStart; monday <= gridEnd; monday = addDays(monday, 7)) {
      weeks.push(
        [0, 1, 2, 3, 4, 5, 6].map((i) => {
          const day = addDays(monday, i);
          return {
            day,
            inMonth: day.slice(0, 7) === first.slice(0, 7),
            meetings: meetings.get(day) ?? [],
          };
        }),
      );
    }
    const link = (month: IsoDay) =>
      `/agenda${agendaSearch(
        [
          ["weergave", "maand"],
          ["maand", month.slice(0, 7)],
        ],
        filters,
      )}`;
    return {
      view: "maand" as const,
      filters,
      today,
      month: first,
      weeks,
      previous: link(addMonths(first, -1)),
      next: link(addMonths(first, 1)),
      current: link(today),
    };
  }
  if (weergave === "week") {
    const asked = url.searchParams.get("week") ?? "";
    const monday = mondayOf(isIsoDay(asked) ? asked : today);
    const sunday = addDays(monday, 6);
    const meetings = byDay(monday, sunday, kinds, filters);
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => {
      const day = addDays(monday, i);
      return { day, meetings: meetings.get(day) ?? [] };
    });
    const link = (day: IsoDay) =>
      `/agenda${agendaSearch(
        [
          ["weergave", "week"],
          ["week", day],
        ],
        filters,
      )}`;
    return {
      view: "week" as const,
      filters,
      today,
      monday,
      days,
      previous: link(addDays(monday, -7)),
      next: link(addDays(monday, 7)),
      current: link(mondayOf(today)),
    };
  }
  const when: "komend" | "voorbij" =
    url.searchParams.get("wanneer") === "voorbij" ? "voorbij" : "komend";
  return {
    view: "lijst" as const,
    filters,
    today,
    when,
    ...listMeetings({ when, page, onlyKinds: kinds, filters, now }),
  };
}

/** The choices of the filter form: the kinds one is invited to, circles, themes, municipalities. */
export function agendaFilterOptions(kinds: Kinds) {
  const db = getDb();
  return {
    kinds: [...kinds],
    themas: db
      .select({ slug: themas.slug, name: themas.name })
      .from(themas)
      .orderBy(asc(themas.position))
      .all(),
    gemeenten: db
      .select({ slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.kind, "gemeente"))
      .orderBy(asc(organisations.name))
      .all(),
  };
}
