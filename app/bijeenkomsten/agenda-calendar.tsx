import { Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { formatDateTime, formatDay, useLocale, useT } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import type { CalendarMeeting } from "./agenda-view.server.ts";

// The month and week grids of /agenda: server-rendered tables (caption, a column header per
// weekday, today marked aria-current="date"), each meeting a link in time order, so the keyboard
// reaches them in order. Below 40em the table becomes a list of the days that have meetings
// (leerkring.css, .leerkring-calendar).

const WEEK = [0, 1, 2, 3, 4, 5, 6];
/** A Monday, to name the weekdays from (any Monday would do). */
const A_MONDAY = "2024-01-01";

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function MeetingLinks({ meetings, locale }: { meetings: CalendarMeeting[]; locale: Locale }) {
  const t = useT();
  if (!meetings.length) return null;
  return (
    <ul className="leerkring-calendar__meetings">
      {meetings.map((m) => (
        <li
          key={m.id}
          className={`leerkring-calendar__meeting leerkring-calendar__meeting--${m.kind}`}
        >
          <Link to={`/bijeenkomsten/${m.id}`} className="utrecht-link">
            <time dateTime={new Date(m.startsAt).toISOString()}>
              {formatDateTime(locale, m.startsAt, "time")}
            </time>{" "}
            {m.title}
            <span className="visually-hidden">
              {" "}
              ({t(`bijeenkomst.soort.${m.kind}`)}
              {m.status !== "gepland" ? `, ${t(`bijeenkomst.status.${m.status}`)}` : ""})
            </span>
          </Link>
          {m.status === "geannuleerd" && (
            <span aria-hidden="true"> ({t("bijeenkomst.status.geannuleerd")})</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function DayCell({
  day,
  today,
  meetings,
  locale,
}: {
  day: string;
  today: string;
  meetings: CalendarMeeting[];
  locale: Locale;
}) {
  const t = useT();
  const isToday = day === today;
  return (
    <td
      aria-current={isToday ? "date" : undefined}
      className={`leerkring-calendar__day${meetings.length ? " leerkring-calendar__day--busy" : ""}${isToday ? " leerkring-calendar__day--today" : ""}`}
      data-dag={day}
    >
      <span className="leerkring-calendar__number" aria-hidden="true">
        {Number(day.slice(8))}
      </span>
      <span className="leerkring-calendar__date">
        {formatDay(locale, day, { weekday: "long", day: "numeric", month: "long" })}
        {isToday ? ` (${t("agenda.vandaag")})` : ""}
      </span>
      <MeetingLinks meetings={meetings} locale={locale} />
    </td>
  );
}

function WeekdayHeaders({ locale }: { locale: Locale }) {
  return (
    <tr>
      {WEEK.map((i) => {
        const day = addDays(A_MONDAY, i);
        return (
          <th key={i} scope="col" abbr={formatDay(locale, day, { weekday: "long" })}>
            {formatDay(locale, day, { weekday: "short" })}
          </th>
        );
      })}
    </tr>
  );
}

export function MonthGrid({
  month,
  today,
  weeks,
}: {
  month: string;
  today: string;
  weeks: { day: string; inMonth: boolean; meetings: CalendarMeeting[] }[][];
}) {
  const t = useT();
  const locale = useLocale();
  const none = weeks.every((w) => w.every((c) => !c.inMonth || !c.meetings.length));
  return (
    <>
      <table className="leerkring-calendar leerkring-calendar--month">
        <caption>{formatDay(locale, month, { month: "long", year: "numeric" })}</caption>
        <thead>
          <WeekdayHeaders locale={locale} />
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.day}>
              {week.map((cell) =>
                cell.inMonth ? (
                  <DayCell
                    key={cell.day}
                    day={cell.day}
                    today={today}
                    meetings={cell.meetings}
                    locale={locale}
                  />
                ) : (
                  <td key={cell.day} className="leerkring-calendar__outside" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {none && <Paragraph>{t("agenda.geenInMaand")}</Paragraph>}
    </>
  );
}

export function WeekGrid({
  monday,
  today,
  days,
}: {
  monday: string;
  today: string;
  days: { day: string; meetings: CalendarMeeting[] }[];
}) {
  const t = useT();
  const locale = useLocale();
  const sunday = addDays(monday, 6);
  const long = { day: "numeric", month: "long", year: "numeric" } as const;
  return (
    <>
      <table className="leerkring-calendar leerkring-calendar--week">
        <caption>
          {t("agenda.weekVan", {
            van: formatDay(locale, monday, long),
            tot: formatDay(locale, sunday, long),
          })}
        </caption>
        <thead>
          <tr>
            {days.map((d) => (
              <th key={d.day} scope="col">
                {formatDay(locale, d.day, { weekday: "short", day: "numeric", month: "short" })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {days.map((d) => (
              <DayCell
                key={d.day}
                day={d.day}
                today={today}
                meetings={d.meetings}
                locale={locale}
              />
            ))}
          </tr>
        </tbody>
      </table>
      {days.every((d) => !d.meetings.length) && <Paragraph>{t("agenda.geenInWeek")}</Paragraph>}
    </>
  );
}
