import type { Catalogue } from "../catalogue.ts";
import type { opvolging as nl } from "../nl/opvolging.ts";

export const opvolging = {
  "opvolging.titel": "Follow-up: {titel}",
  "opvolging.kop": "Follow-up",
  "opvolging.intro":
    "After the theme meeting we gather what was learnt, agree on action items, and Movisie and the Werkplaatsen write the essay.",
  "opvolging.terug": "Back to the meeting",
  "opvolging.link": "Follow-up: harvest, action items and the essay's due date",

  "opvolging.oogst.titel": "Harvest",
  "opvolging.oogst.uitleg":
    "Three short questions for those who came. Only those who write the essay (staff and project leaders) see your answers, with your name. You can change them until the essay is published.",
  "opvolging.oogst.geleerd": "What did you learn?",
  "opvolging.oogst.proberen": "What will you try?",
  "opvolging.oogst.vraag": "Which question remained?",
  "opvolging.oogst.opslaan": "Save harvest",
  "opvolging.oogst.ingevuld": "You have filled in your harvest. You can still change it.",
  "opvolging.oogst.gesloten": "The essay has been published: the harvest is closed.",
  "opvolging.oogst.alleenAanwezigen": "Only those who came to the meeting fill in the harvest.",
  "opvolging.oogst.aantal_one": "{count} attendee has filled in the harvest.",
  "opvolging.oogst.aantal_other": "{count} attendees have filled in the harvest.",
  "opvolging.oogst.naarEssay": "The answers are beside the essay",
  "opvolging.oogstOpgeslagen": "Your harvest has been saved. Thank you!",

  "opvolging.essay.titel": "Essay",
  "opvolging.essay.deadline": "The essay is due to be published by {datum}.",
  "opvolging.essay.gepubliceerd": "The essay has been published.",
  "opvolging.essay.geenDeadline": "No due date has been set for the essay.",
  "opvolging.essay.veld.deadline": "Due date of the essay",
  "opvolging.essay.wijzigen": "Change due date",
  "opvolging.deadlineOpgeslagen": "The essay's due date has been changed.",

  "opvolging.acties.titel": "Action items",
  "opvolging.acties.geen": "No action items have been agreed yet.",
  "opvolging.acties.kolom.actie": "Action",
  "opvolging.acties.kolom.eigenaar": "Who",
  "opvolging.acties.kolom.datum": "Due",
  "opvolging.acties.kolom.status": "Status",
  "opvolging.acties.open": "Open",
  "opvolging.acties.verlopen": "Overdue",
  "opvolging.acties.afgerond": "Done on {datum}",
  "opvolging.acties.afronden": "Mark done",
  "opvolging.acties.nieuw": "Add an action item",
  "opvolging.acties.veld.tekst": "What needs doing?",
  "opvolging.acties.veld.eigenaar": "Who takes it up?",
  "opvolging.acties.veld.datum": "Due by",
  "opvolging.acties.kiesEigenaar": "Choose someone",
  "opvolging.acties.toevoegen": "Add",
  "opvolging.acties.uitleg":
    "Whoever takes it up gets a notification, and a reminder on the day it is due.",
  "opvolging.actieToegevoegd": "The action item has been added.",
  "opvolging.actieAfgerond": "The action item is done.",

  "opvolging.antwoorden.titel": "Harvest of the attendees",
  "opvolging.antwoorden.uitleg":
    "What the attendees filled in after the meeting. Only those who write the essay see this, with the names.",
  "opvolging.antwoorden.geen": "Nobody has filled in the harvest yet.",
  "opvolging.antwoorden.geleerd": "Learnt",
  "opvolging.antwoorden.proberen": "Will try",
  "opvolging.antwoorden.vraag": "Remained",
  "opvolging.antwoorden.naarOpvolging": "Action items and due date",

  "opvolging.dashboard.titel": "Follow-up",
  "opvolging.dashboard.geen": "You have no open follow-up.",
  "opvolging.dashboard.actie": "{bijeenkomst} · due {datum}",
  "opvolging.dashboard.oogst": "Fill in your harvest: {bijeenkomst}",
  "opvolging.dashboard.essay": "Essay past its due date: {titel}",

  "opvolging.melding.oogst.titel": "What did you learn at {bijeenkomst}?",
  "opvolging.melding.oogst.tekst":
    "You came to the theme meeting ‘{bijeenkomst}’. Tell us in three short questions what you learnt, what you will try and which question remained. The essay's writers use your answers.",
  "opvolging.melding.actie.titel": "An action item for you: {tekst}",
  "opvolging.melding.actie.tekst":
    "After the theme meeting ‘{bijeenkomst}’ this action item was given to you: {tekst}. See when it is due.",
  "opvolging.melding.actieHerinnering.titel": "Reminder: {tekst}",
  "opvolging.melding.actieHerinnering.tekst":
    "The action item ‘{tekst}’ of ‘{bijeenkomst}’ is due today, or was due earlier. Mark it done in Leerkring when it is.",
  "opvolging.melding.essayBijna.titel": "Due date approaching: {titel}",
  "opvolging.melding.essayBijna.tekst": "The essay ‘{titel}’ is due to be published within a week.",
  "opvolging.melding.essayVerlopen.titel": "Due date passed: {titel}",
  "opvolging.melding.essayVerlopen.tekst":
    "The essay ‘{titel}’ is past its due date and has not been published yet.",
} as const satisfies Catalogue<typeof nl>;
