import type { Catalogue } from "../catalogue.ts";
import type { datumprikker as nl } from "../nl/datumprikker.ts";

export const datumprikker = {
  "datumprikker.titel": "Date poll",
  "datumprikker.voor": "Date poll for {titel}",
  "datumprikker.nieuw": "Open a date poll",
  "datumprikker.nieuwUitleg":
    "Give two to eight possible moments and a deadline. Those asked get a notification and answer per moment with yes, if need be or no. Each moment lasts as long as the session does now.",
  "datumprikker.moment": "Moment {n}",
  "datumprikker.veld.datum": "Date",
  "datumprikker.veld.tijd": "Start time",
  "datumprikker.veld.deadlineDatum": "Deadline (date)",
  "datumprikker.veld.deadlineTijd": "Deadline (time)",
  "datumprikker.momenten": "Possible moments",
  "datumprikker.momentenUitleg": "Fill in at least two; rows without a date do not count.",
  "datumprikker.gevraagd": "Who is asked",
  "datumprikker.gevraagdUitleg":
    "The members of the host municipality and of the municipalities presenting a learning question, and the staff of the critical friends.",
  "datumprikker.aantalGevraagd_one": "{count} person asked",
  "datumprikker.aantalGevraagd_other": "{count} people asked",
  "datumprikker.geenGevraagden":
    "Nobody yet: this session has no host with members, no planned learning questions and no critical friends.",
  "datumprikker.openen": "Send the date poll",
  "datumprikker.geopendMelding": "The date poll has been sent.",
  "datumprikker.openTot": "Answers are possible until {datum}.",
  "datumprikker.dicht": "Answering is closed: the deadline was {datum}.",
  "datumprikker.gekozen": "Chosen: {wanneer}. This is now the session's date.",
  "datumprikker.antwoord.ja": "yes",
  "datumprikker.antwoord.alsHetMoet": "if need be",
  "datumprikker.antwoord.nee": "no",
  "datumprikker.geenAntwoord": "no answer yet",
  "datumprikker.tabel": "Answers per person and moment",
  "datumprikker.persoon": "Person",
  "datumprikker.totaal": "Total",
  "datumprikker.totaalWaarde": "{ja} yes, {alsHetMoet} if need be, {nee} no (score {score})",
  "datumprikker.legenda":
    "Per moment: yes, if need be or no. The totals count ‘yes’ as 1 and ‘if need be’ as 0.5; the moment with the highest score is marked best.",
  "datumprikker.beste": "best",
  "datumprikker.jouwAntwoord": "Your answer for {moment}",
  "datumprikker.opslaan": "Save answers",
  "datumprikker.opgeslagenMelding":
    "Your answers have been saved. You can change them until the deadline.",
  "datumprikker.kiezen": "Choose the date",
  "datumprikker.kiezenUitleg":
    "The chosen moment becomes the session's date; the invited hear of the change, those asked of the outcome, and the poll closes.",
  "datumprikker.kiesMoment": "Moment",
  "datumprikker.maakDatum": "Make this the date",
  "datumprikker.gekozenMelding": "The date has been chosen and the session updated.",
  "datumprikker.lijst": "Date polls",
  "datumprikker.lijstOpen": "open until {datum}",
  "datumprikker.lijstGesloten": "closed",
  "datumprikker.terug": "Back to the session",
  "datumprikker.melding.nieuw.titel": "When can you come? {titel}",
  "datumprikker.melding.nieuw.tekst":
    "For ‘{titel}’, say per possible moment whether you can come: yes, if need be or no. You can answer until {wanneer}.",
  "datumprikker.melding.herinnering.titel": "Not answered yet: {titel}",
  "datumprikker.melding.herinnering.tekst":
    "The date poll for ‘{titel}’ closes on {wanneer}. Say when you can come.",
  "datumprikker.melding.gekozen.titel": "Date chosen: {titel}",
  "datumprikker.melding.gekozen.tekst": "‘{titel}’ is on {wanneer}.",
} as const satisfies Catalogue<typeof nl>;
