import { DataList, Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/datumprikker.$id";
import {
  canAnswerDatumprikker,
  canCloseDatumprikker,
  canSeeDatumprikker,
  isDatumprikkerOpen,
} from "#app/auth/rules/datumprikker.ts";
import { forbidden, requireFound, requireUser } from "#app/auth/user.server.ts";
import { Detail } from "#app/components/detail.tsx";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { ChooseForm } from "#app/datumprikker/choose-form.tsx";
import {
  answersSchema,
  chooseSchema,
  prikkerIntents,
} from "#app/datumprikker/datumprikker-schema.ts";
import {
  chooseDate,
  getDatumprikker,
  prikkerResource,
  saveAnswers,
} from "#app/datumprikker/datumprikker.server.ts";
import { PrikkerGrid } from "#app/datumprikker/prikker-grid.tsx";
import { bestOptions, prikkerTotals } from "#app/datumprikker/totals.ts";
import { currentTime } from "#app/utils/clock.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

function load(request: Request, idParam: string) {
  const user = requireUser(request);
  const found = requireFound(idParam, (id) => getDatumprikker(id));
  const resource = prikkerResource(found.poll, found.askedIds, currentTime());
  if (!canSeeDatumprikker(user, resource)) throw forbidden();
  return { user, found, resource };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, found, resource } = load(request, params.id);
  const { poll, meeting, options, asked, answers } = found;
  const totals = prikkerTotals(
    options.map((o) => o.id),
    answers,
  );
  return {
    poll,
    meeting: { id: meeting.id, title: meeting.title },
    options: options.map((o) => ({ id: o.id, startsAt: o.startsAt })),
    asked,
    answers,
    totals,
    best: bestOptions(totals),
    editableFor: canAnswerDatumprikker(user, resource) ? user.id : null,
    open: isDatumprikkerOpen(resource),
    canClose: canCloseDatumprikker(user, { ...poll, meetingStatus: meeting.status }),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, found } = load(request, params.id);
  const submission = parseSubmission(await request.formData(), prikkerIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "antwoorden") {
    const result = saveAnswers(found.poll.id, user, command.antwoorden, currentTime());
    if (result === "niet-gevraagd") throw forbidden();
    if (result === "gesloten") {
      return invalid(submission, { form: { key: "fout.prikkerGesloten" } }, { status: 409 });
    }
    if (result === "onvolledig") {
      return invalid(submission, { form: { key: "fout.prikkerKiesAntwoord" } });
    }
    return { done: "datumprikker.opgeslagenMelding" as const };
  }
  if (!canCloseDatumprikker(user, { closedAt: null, meetingStatus: "gepland" })) throw forbidden();
  if (found.meeting.status !== "gepland") {
    return invalid(submission, { form: { key: "fout.prikkerNietGepland" } }, { status: 409 });
  }
  const result = chooseDate(found.poll.id, command.optionId, user, currentTime());
  if (result === "onbekende-optie") {
    return invalid(submission, { fields: { optionId: { key: "fout.kiesOptie" } } });
  }
  if (result === "al-gekozen") {
    return invalid(submission, { form: { key: "fout.prikkerAlGekozen" } }, { status: 409 });
  }
  return redirect(`/bijeenkomsten/${found.meeting.id}?gewijzigd=1`);
}

export default function Datumprikker({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { poll, meeting, options } = loaderData;
  const chosen = options.find((o) => o.id === poll.chosenOptionId);
  const done = actionData && "done" in actionData ? actionData.done : null;
  // A refusal (closed meanwhile, chosen already) is said at the top when its form is gone.
  const [answerResult] = useSchemaForm(answersSchema, {
    lastResult: actionData,
    intent: "antwoorden",
  });
  const [chooseResult] = useSchemaForm(chooseSchema, { lastResult: actionData, intent: "kiezen" });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("datumprikker.voor", { titel: meeting.title })}</PageTitle>
      <div>
        <PreHeading>{t("datumprikker.titel")}</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </div>
      <SuccessAlert
        message={done ?? (params.has("geopend") ? "datumprikker.geopendMelding" : null)}
      />
      {!loaderData.editableFor && <FormAlert form={answerResult} />}
      {!loaderData.canClose && <FormAlert form={chooseResult} />}
      <DataList>
        <Detail label={t("datumprikker.gevraagd")}>
          {t("datumprikker.aantalGevraagd", { count: loaderData.asked.length })}
        </Detail>
      </DataList>
      <Paragraph>
        {chosen
          ? t("datumprikker.gekozen", { wanneer: formatDateTime(locale, chosen.startsAt, "long") })
          : t(loaderData.open ? "datumprikker.openTot" : "datumprikker.dicht", {
              datum: formatDateTime(locale, poll.deadline),
            })}
      </Paragraph>
      <PrikkerGrid {...loaderData} lastResult={actionData} />
      {loaderData.canClose && (
        <ChooseForm options={options} best={loaderData.best} lastResult={actionData} />
      )}
      <Paragraph>
        <Link to={`/bijeenkomsten/${meeting.id}`} className="utrecht-link">
          {t("datumprikker.terug")}
        </Link>
      </Paragraph>
    </div>
  );
}
