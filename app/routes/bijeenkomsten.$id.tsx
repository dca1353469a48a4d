import {
  Alert,
  Button,
  DataList,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  PreHeading,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link, useSearchParams } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/bijeenkomsten.$id";
import { can } from "#app/auth/permissions.ts";
import { forbidden, notFound, requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  addAgendapunt,
  agendapuntenOutside,
  agendapuntSchema,
  cancelMeeting,
  isInvited,
  markHeld,
  meetingDetails,
  reinstateMeeting,
  moveAgendapunt,
  removeAgendapunt,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { MeetingChanges } from "#app/bijeenkomsten/meeting-changes.tsx";
import { AgendaOutsideAlert } from "#app/bijeenkomsten/meeting-form.tsx";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { currentTime } from "#app/utils/clock.ts";
import { toAmsterdamInputs } from "#app/utils/time.ts";
import { essayForMeeting, essayRights } from "#app/essays/essays.server.ts";
import { notitiesAccess } from "#app/notities/access.server.ts";
import { recordAttendance, respond } from "#app/bijeenkomsten/rsvp.server.ts";
import {
  FormAlert,
  SelectField,
  SuccessAlert,
  TextareaField,
  TextField,
} from "#app/components/fields.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  changeStatus,
  planOnMeeting,
  waitingLeervragen,
} from "#app/leervragen/leervragen.server.ts";
import { formatDateTime, useLocale, useT, type MessageKey } from "#app/i18n/index.ts";
import { idField, requiredText } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms.ts";
import { rsvpResponses } from "#db/schema.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "agenda:bekijken");
  const details = requireFound(idParam, (id) => meetingDetails(id, user));
  return { user, details };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, details } = load(request, params.id);
  const planner = can(user, "bijeenkomst:plannen");
  return {
    ...details,
    invited: isInvited(user, details.meeting),
    planner,
    started: details.meeting.startsAt <= currentTime(),
    outside: agendapuntenOutside(details.agenda, details.meeting),
    times: {
      start: toAmsterdamInputs(details.meeting.startsAt).time,
      end: toAmsterdamInputs(details.meeting.endsAt).time,
    },
    waiting: planner && details.meeting.kind === "intervisie" ? waitingLeervragen() : [],
    notes: notitiesAccess(user, details.meeting.id) !== "forbidden",
    essay: (() => {
      const essay = essayForMeeting(details.meeting.id);
      if (!essay) return null;
      const rights = essayRights(user, { status: essay.status, bijeenkomstId: details.meeting.id });
      return {
        slug: essay.slug,
        to: rights.readDraft ? `/essays/${essay.slug}/schrijven` : `/essays/${essay.slug}`,
        visible: rights.readDraft || essay.status === "gepubliceerd",
      };
    })(),
  };
}

const intents = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("rsvp"),
      response: z.enum(rsvpResponses, { error: "fout.kiesAntwoord" }),
    }),
    z.object({ intent: z.literal("agendapunt-toevoegen") }).extend(agendapuntSchema.shape),
    z.object({ intent: z.literal("agendapunt-verwijderen"), agendapuntId: idField }),
    z.object({
      intent: z.literal("agendapunt-verplaatsen"),
      agendapuntId: idField,
      direction: z.enum(["omhoog", "omlaag"]),
    }),
    z.object({
      intent: z.literal("leervraag-inplannen"),
      leervraagId: idField.or(z.literal("")).refine((v) => v !== "", "fout.kiesLeervraag"),
    }),
    z.object({ intent: z.literal("leervraag-uitplannen"), leervraagId: idField }),
    z.object({ intent: z.literal("annuleren"), reason: requiredText(500) }),
    z.object({ intent: z.literal("gehouden") }),
    z.object({ intent: z.literal("heractiveren") }),
    z.object({
      intent: z.literal("aanwezigheid"),
      present: z
        .union([idField, z.array(idField)])
        .optional()
        .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    }),
  ],
  { error: "fout.ongeldig" },
);

const done = {
  rsvp: "bijeenkomst.rsvpOpgeslagen",
  "agendapunt-toevoegen": "bijeenkomst.agendapuntToegevoegd",
  "agendapunt-verwijderen": "bijeenkomst.agendapuntVerwijderd",
  "agendapunt-verplaatsen": "bijeenkomst.agendapuntVerplaatst",
  "leervraag-inplannen": "bijeenkomst.leervraagIngepland",
  "leervraag-uitplannen": "bijeenkomst.leervraagUitgepland",
  annuleren: "bijeenkomst.geannuleerdMelding",
  heractiveren: "bijeenkomst.heractiveerdMelding",
  gehouden: "bijeenkomst.gehoudenMelding",
  aanwezigheid: "bijeenkomst.aanwezigheidOpgeslagen",
} as const satisfies Record<string, MessageKey>;

export async function action({ request, params }: Route.ActionArgs) {
  const { user, details } = load(request, params.id);
  const meetingId = details.meeting.id;
  const formData = await request.formData();
  const parsed = parseForm(intents, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const command = parsed.data;

  if (command.intent === "rsvp") {
    if (!isInvited(user, details.meeting)) throw forbidden();
    const result = respond(meetingId, user.id, command.response);
    if (!result) return formError("fout.bijeenkomstNietOpen", formData, { status: 409 });
    return { done: result.waitlisted ? ("bijeenkomst.opWachtlijst" as const) : done.rsvp };
  }

  // Everything else plans the meeting: project leaders only.
  if (!can(user, "bijeenkomst:plannen")) throw forbidden();
  switch (command.intent) {
    case "agendapunt-toevoegen":
      addAgendapunt(meetingId, {
        time: command.time,
        title: command.title,
        description: command.description,
      });
      break;
    case "agendapunt-verwijderen":
      if (!removeAgendapunt(meetingId, command.agendapuntId)) throw notFound();
      break;
    case "agendapunt-verplaatsen":
      moveAgendapunt(meetingId, command.agendapuntId, command.direction);
      break;
    case "leervraag-inplannen": {
      const result = planOnMeeting(command.leervraagId as number, meetingId, user);
      if (result !== "planned")
        return formError("fout.leervraagNietInTePlannen", formData, { status: 409 });
      break;
    }
    case "leervraag-uitplannen": {
      const onThisMeeting = details.questions.some((q) => q.id === command.leervraagId);
      if (!onThisMeeting || changeStatus(command.leervraagId, "ingediend", user) !== "changed") {
        return formError("fout.leervraagNietInTePlannen", formData, { status: 409 });
      }
      break;
    }
    case "annuleren":
      if (details.meeting.status !== "gepland") {
        return formError("fout.bijeenkomstNietOpen", formData, { status: 409 });
      }
      // A second step first: the page asks "Weet u het zeker?" and posts again with bevestigd.
      if (!isConfirmed(formData)) {
        return {
          confirmCancel: {
            reason: command.reason,
            questions: details.questions.filter((q) => q.status === "ingepland").length,
            participants: details.participants.length,
          },
        };
      }
      if (cancelMeeting(meetingId, command.reason, user.id) !== "cancelled") {
        return formError("fout.bijeenkomstNietOpen", formData, { status: 409 });
      }
      break;
    case "heractiveren":
      if (reinstateMeeting(meetingId, user.id) !== "reinstated") {
        return formError("fout.bijeenkomstNietGeannuleerd", formData, { status: 409 });
      }
      break;
    case "gehouden": {
      const result = markHeld(meetingId, user.id);
      if (result !== "held") {
        return formError(
          result === "not-started" ? "fout.nogNietBegonnen" : "fout.bijeenkomstNietOpen",
          formData,
          { status: 409 },
        );
      }
      break;
    }
    case "aanwezigheid":
      recordAttendance(meetingId, command.present);
      break;
  }
  return { done: done[command.intent] };
}

export default function Bijeenkomst({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const {
    meeting,
    friends,
    agenda,
    questions,
    participants,
    changes,
    mine,
    invited,
    planner,
    started,
    waiting,
    confidential,
  } = loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const confirmCancel =
    actionData && "confirmCancel" in actionData ? actionData.confirmCancel : null;
  const message =
    actionData && "done" in actionData
      ? actionData.done
      : params.get("gepland")
        ? "bijeenkomst.geplandMelding"
        : params.get("vastgelegd")
          ? "bijeenkomst.vastgelegdMelding"
          : params.get("gewijzigd")
            ? "bijeenkomst.gewijzigdMelding"
            : null;
  const open = meeting.status === "gepland";
  const going = participants.filter((p) => p.response === "ja" && !p.waitlisted);
  const waitlist = participants.filter((p) => p.waitlisted);
  const maybe = participants.filter((p) => p.response === "misschien");
  const notGoing = participants.filter((p) => p.response === "nee");

  return (
    <div className="leerkring-stack">
      <PageTitle>{meeting.title}</PageTitle>
      <div>
        <PreHeading>{t(`bijeenkomst.soort.${meeting.kind}`)}</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </div>
      <SuccessAlert message={message} />
      <FormAlert failure={failure} />
      {confirmCancel && (
        <ConfirmStep
          id="bevestig-annuleren"
          consequences={[
            t("bijeenkomst.bevestigAnnuleren", {
              titel: meeting.title,
              deelnemers: confirmCancel.participants,
              leervragen: confirmCancel.questions,
            }),
            t("bijeenkomst.bevestigAnnulerenTerug"),
          ]}
          fields={{ intent: "annuleren", reason: confirmCancel.reason }}
          confirmLabel={t("bijeenkomst.jaAnnuleren")}
          cancelTo={`/bijeenkomsten/${meeting.id}`}
        />
      )}
      {meeting.status === "geannuleerd" && (
        <Alert type="warning">
          <Paragraph>
            {t("bijeenkomst.isGeannuleerd", { reden: meeting.cancellationReason ?? "" })}
          </Paragraph>
          {planner && (
            <Form method="post">
              <input type="hidden" name="intent" value="heractiveren" />
              <Button type="submit" appearance="secondary-action-button">
                {t("bijeenkomst.heractiveren")}
              </Button>
            </Form>
          )}
        </Alert>
      )}
      {meeting.status === "gehouden" && (
        <Alert type="info">
          <Paragraph>{t("bijeenkomst.isGehouden")}</Paragraph>
        </Alert>
      )}

      <DataList>
        <Detail label={t("bijeenkomst.veld.wanneer")}>
          {formatDateTime(locale, meeting.startsAt, "long")} –{" "}
          {formatDateTime(locale, meeting.endsAt, "time")}
        </Detail>
        <Detail label={t("bijeenkomst.veld.locatie")}>{meeting.location}</Detail>
        {meeting.hostName && (
          <Detail label={t("bijeenkomst.veld.gastgemeente")}>
            <Link to={`/gemeenten/${meeting.hostSlug}`} className="utrecht-link">
              {meeting.hostName}
            </Link>
          </Detail>
        )}
        {meeting.themaName && (
          <Detail label={t("bijeenkomst.veld.thema")}>
            <Link to={`/themas/${meeting.themaSlug}`} className="utrecht-link">
              {meeting.themaName}
            </Link>
          </Detail>
        )}
        <Detail label={t("bijeenkomst.veld.leider")}>
          {meeting.leaderName ?? t("bijeenkomst.geenLeider")}
        </Detail>
        {friends.length > 0 && (
          <Detail label={t("bijeenkomst.veld.criticalFriends")}>
            {friends.map((f) => f.name).join(", ")}
          </Detail>
        )}
        {meeting.capacity !== null && (
          <Detail label={t("bijeenkomst.veld.capaciteit")}>
            {t("bijeenkomst.plaatsenBezet", { bezet: going.length, count: meeting.capacity })}
          </Detail>
        )}
      </DataList>
      {meeting.description && (
        <Paragraph className="leerkring-prewrap">{meeting.description}</Paragraph>
      )}
      {/* Confidential intervision: the loader left out programme, questions and participants. */}
      {confidential && <Paragraph>{t("bijeenkomst.vertrouwelijk")}</Paragraph>}

      <div className="leerkring-actions">
        {loaderData.notes && (
          <Link to={`/bijeenkomsten/${meeting.id}/notities`} className="utrecht-link">
            {t("bijeenkomst.notities")}
          </Link>
        )}
        {loaderData.essay?.visible && (
          <Link to={loaderData.essay.to} className="utrecht-link">
            {t("bijeenkomst.essay")}
          </Link>
        )}
        <a href={`/bijeenkomsten/${meeting.id}.ics`} className="utrecht-link" download>
          {t("bijeenkomst.icsDownload")}
        </a>
        {planner && open && (
          <Link
            to={`/bijeenkomsten/${meeting.id}/bewerken`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t("actie.wijzigen")}
          </Link>
        )}
      </div>

      {invited && open && (
        <section aria-labelledby="aanmelden" className="leerkring-card">
          <Heading2 id="aanmelden">{t("bijeenkomst.aanmelden")}</Heading2>
          <Paragraph>
            {mine
              ? mine.waitlisted
                ? t("bijeenkomst.jouwAntwoordWachtlijst")
                : t("bijeenkomst.jouwAntwoord", { antwoord: t(`rsvp.${mine.response}`) })
              : t("bijeenkomst.nogGeenAntwoord")}
          </Paragraph>
          <Form method="post" className="leerkring-actions">
            <input type="hidden" name="intent" value="rsvp" />
            {rsvpResponses.map((r) => (
              <Button
                key={r}
                type="submit"
                name="response"
                value={r}
                appearance={r === "ja" ? "primary-action-button" : "secondary-action-button"}
                pressed={mine?.response === r}
              >
                {t(`rsvp.knop.${r}`)}
              </Button>
            ))}
          </Form>
        </section>
      )}

      <section aria-labelledby="programma" hidden={confidential}>
        <Heading2 id="programma">{t("bijeenkomst.programma")}</Heading2>
        <AgendaOutsideAlert
          items={agenda
            .filter((a) => loaderData.outside.includes(a.id))
            .map((a) => `${a.time} ${a.title}`)}
          times={loaderData.times}
        />
        {agenda.length === 0 ? (
          <Paragraph>{t("bijeenkomst.geenProgramma")}</Paragraph>
        ) : (
          <OrderedList>
            {agenda.map((item, index) => (
              <OrderedListItem key={item.id}>
                {item.time && <strong>{item.time} </strong>}
                {item.title}
                {item.description && <span className="leerkring-muted"> — {item.description}</span>}
                {loaderData.outside.includes(item.id) && (
                  <strong className="leerkring-error"> ({t("bijeenkomst.buitenTijd")})</strong>
                )}
                {planner && open && (
                  <span className="leerkring-actions">
                    {index > 0 && (
                      <AgendaButton
                        id={item.id}
                        intent="agendapunt-verplaatsen"
                        direction="omhoog"
                        label={t("bijeenkomst.omhoog")}
                        item={item.title}
                      />
                    )}
                    {index < agenda.length - 1 && (
                      <AgendaButton
                        id={item.id}
                        intent="agendapunt-verplaatsen"
                        direction="omlaag"
                        label={t("bijeenkomst.omlaag")}
                        item={item.title}
                      />
                    )}
                    <AgendaButton
                      id={item.id}
                      intent="agendapunt-verwijderen"
                      label={t("actie.verwijderen")}
                      item={item.title}
                    />
                  </span>
                )}
              </OrderedListItem>
            ))}
          </OrderedList>
        )}
        {planner && open && (
          <Form method="post" className="leerkring-form" noValidate>
            <input type="hidden" name="intent" value="agendapunt-toevoegen" />
            <TextField
              name="time"
              type="time"
              label={t("bijeenkomst.veld.tijdOptioneel")}
              failure={failure?.values.intent === "agendapunt-toevoegen" ? failure : undefined}
            />
            <TextField
              name="title"
              label={t("bijeenkomst.veld.agendapunt")}
              failure={failure?.values.intent === "agendapunt-toevoegen" ? failure : undefined}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("bijeenkomst.agendapuntToevoegen")}
            </Button>
          </Form>
        )}
      </section>

      {meeting.kind === "intervisie" && (
        <section aria-labelledby="leervragen" hidden={confidential}>
          <Heading2 id="leervragen">{t("bijeenkomst.leervragen")}</Heading2>
          {questions.length === 0 ? (
            <Paragraph>{t("bijeenkomst.geenLeervragen")}</Paragraph>
          ) : (
            <UnorderedList>
              {questions.map((q) => (
                <UnorderedListItem key={q.id}>
                  <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                    {q.title}
                  </Link>{" "}
                  — {q.organisationName} · {t(`leervraag.status.${q.status}`)}
                  {planner && open && q.status === "ingepland" && (
                    <Form method="post" className="leerkring-inline-form">
                      <input type="hidden" name="intent" value="leervraag-uitplannen" />
                      <input type="hidden" name="leervraagId" value={q.id} />{" "}
                      <Button type="submit" appearance="subtle-button">
                        {t("bijeenkomst.vanAgendaHalen")}
                        <span className="visually-hidden"> {q.title}</span>
                      </Button>
                    </Form>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {planner &&
            open &&
            (waiting.length === 0 ? (
              <Paragraph className="leerkring-muted">
                {t("bijeenkomst.geenWachtendeVragen")}
              </Paragraph>
            ) : (
              <Form method="post" className="leerkring-form">
                <input type="hidden" name="intent" value="leervraag-inplannen" />
                <SelectField
                  name="leervraagId"
                  label={t("bijeenkomst.leervraagKiezen")}
                  options={waiting.map((w) => ({
                    value: String(w.id),
                    label: `${w.title} (${w.organisationName})`,
                  }))}
                  placeholder={t("veld.kies")}
                  failure={failure?.values.intent === "leervraag-inplannen" ? failure : undefined}
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t("bijeenkomst.opAgendaZetten")}
                </Button>
              </Form>
            ))}
        </section>
      )}

      <section aria-labelledby="deelnemers" hidden={confidential}>
        <Heading2 id="deelnemers">{t("bijeenkomst.deelnemers")}</Heading2>
        <Paragraph>
          {t("bijeenkomst.aantallen", {
            count: going.length,
            misschien: maybe.length,
            nee: notGoing.length,
            wachtlijst: waitlist.length,
          })}
        </Paragraph>
        {planner && started && meeting.status !== "geannuleerd" && participants.length > 0 ? (
          <Form method="post" className="leerkring-form">
            <input type="hidden" name="intent" value="aanwezigheid" />
            <fieldset className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">
                {t("bijeenkomst.aanwezigheid")}
              </legend>
              {participants.map((p) => (
                <div key={p.userId} className="utrecht-form-field utrecht-form-field--checkbox">
                  <label className="utrecht-form-label utrecht-form-label--checkbox">
                    <input
                      type="checkbox"
                      name="present"
                      value={p.userId}
                      defaultChecked={p.attended ?? p.response === "ja"}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                    />{" "}
                    {p.name} ({p.organisationName}) · {t(`rsvp.${p.response}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <Button type="submit" appearance="secondary-action-button">
              {t("bijeenkomst.aanwezigheidOpslaan")}
            </Button>
          </Form>
        ) : (
          going.length > 0 && (
            <UnorderedList>
              {going.map((p) => (
                <UnorderedListItem key={p.userId}>
                  {p.name} ({p.organisationName})
                  {p.attended === true
                    ? ` · ${t("bijeenkomst.aanwezig")}`
                    : p.attended === false
                      ? ` · ${t("bijeenkomst.afwezig")}`
                      : ""}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )
        )}
      </section>

      {!confidential && <MeetingChanges changes={changes} />}

      {planner && open && (
        <section aria-labelledby="beheer" className="leerkring-card leerkring-stack">
          <Heading2 id="beheer">{t("bijeenkomst.afronden")}</Heading2>
          {started ? (
            <Form method="post">
              <input type="hidden" name="intent" value="gehouden" />
              <Button type="submit" appearance="primary-action-button">
                {t("bijeenkomst.markeerGehouden")}
              </Button>
            </Form>
          ) : (
            <Paragraph className="leerkring-muted">{t("bijeenkomst.gehoudenNaBegin")}</Paragraph>
          )}
          <Form method="post" className="leerkring-form" noValidate>
            <input type="hidden" name="intent" value="annuleren" />
            <TextareaField
              name="reason"
              label={t("bijeenkomst.redenAnnuleren")}
              failure={failure?.values.intent === "annuleren" ? failure : undefined}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("bijeenkomst.annuleren")}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}

/** One small form per button, so that reordering and removing work without JavaScript. */
function AgendaButton(props: {
  id: number;
  intent: string;
  direction?: "omhoog" | "omlaag";
  label: string;
  item: string;
}) {
  return (
    <Form method="post" className="leerkring-inline-form">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="agendapuntId" value={props.id} />
      {props.direction && <input type="hidden" name="direction" value={props.direction} />}
      <Button type="submit" appearance="subtle-button">
        {props.label}
        <span className="visually-hidden"> {props.item}</span>
      </Button>
    </Form>
  );
}
