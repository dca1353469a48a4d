import type { Catalogue } from "../catalogue.ts";
import type { leervragen as nl } from "../nl/leervragen.ts";

export const leervragen = {
  "leervraag.status.ingediend": "Submitted",
  "leervraag.status.ingepland": "Scheduled",
  "leervraag.status.besproken": "Discussed",
  "leervraag.status.opvolging": "In follow-up",
  "leervraag.status.afgerond": "Completed",
  "leervraag.status.ingetrokken": "Withdrawn",
  "werkvorm.intervisie": "Intervision",
  "werkvorm.themabijeenkomst": "Theme meeting",
  "werkvorm.lokale-ondersteuning": "Support in our own municipality",
  "leervraag.lijst": "Learning questions",
  "leervraag.lijstUitleg":
    "Municipalities bring in a learning question and a case. The project leaders put them on the agenda of an intervision session; the outcome and follow-up come after that.",
  "leervraag.filteren": "Filter learning questions",
  "leervraag.geen": "There are no learning questions (matching these filters).",
  "leervraag.nieuw": "Submit a learning question",
  "leervraag.nieuwUitleg":
    "Describe the question your municipality is struggling with and the case in which it arises. Fellow municipalities, Movisie and the Werkplaats will help you think it through.",
  "leervraag.indienen": "Submit learning question",
  "leervraag.wijzigen": "Edit learning question",
  "leervraag.van": "Learning question from {gemeente}",
  "leervraag.bijgewerkt": "Updated",
  "leervraag.geenThema": "No theme",
  "leervraag.veld.titel": "Title",
  "leervraag.veld.titelUitleg": "A short name by which others will recognise the question.",
  "leervraag.veld.vraag": "Learning question",
  "leervraag.veld.vraagUitleg":
    "What does your municipality want to learn? Phrase it as a question.",
  "leervraag.casusVertrouwelijk":
    "This case is for intervision and therefore confidential: only the own municipality, the municipalities of the first learning circle, the session's critical friends and the project leaders read it.",
  "leervraag.werkvormenTweedeKring":
    "Intervision is for the municipalities of the first learning circle. As a municipality in the second circle you work on your question in the theme meetings (or with support in your own municipality).",
  "leervraag.veld.casus": "Case",
  "leervraag.veld.casusUitleg":
    "The specific situation in which the question arises: who, what, where, and what has already been tried.",
  "leervraag.veld.context": "Context (optional)",
  "leervraag.veld.contextUitleg":
    "What others need to know about your municipality or neighbourhood to be able to contribute.",
  "leervraag.veld.thema": "Theme",
  "leervraag.veld.werkvormen": "How does your municipality want to work on this question?",
  "leervraag.veld.status": "Status",
  "leervraag.veld.uitkomst": "Outcome of the discussion",
  "leervraag.veld.opvolging": "Follow-up",
  "leervraag.bijeenkomst": "Discussed at",
  "leervraag.uitkomst": "Outcome",
  "leervraag.acties": "What can you do?",
  "leervraag.toelichting": "Explanation of the change (optional)",
  "leervraag.naar.ingediend": "Resubmit",
  "leervraag.naar.ingepland": "Schedule",
  "leervraag.naar.besproken": "Mark as discussed",
  "leervraag.naar.opvolging": "Move to follow-up",
  "leervraag.naar.afgerond": "Complete",
  "leervraag.naar.ingetrokken": "Withdraw",
  "leervraag.statusGewijzigd": "The status of the learning question has been changed.",
  "leervraag.ingediendMelding":
    "Your learning question has been submitted. The project leaders will find a slot for it.",
  "leervraag.gewijzigdMelding": "The learning question has been updated.",
  "leervraag.inplannen": "Put on an intervision session",
  "leervraag.kiesSessie": "Intervision session",
  "leervraag.geenSessies": "There is no scheduled intervision session.",
  "leervraag.uitkomstVastleggen": "Record outcome and follow-up",
  "leervraag.uitkomstOpgeslagen": "The outcome has been saved.",
  "leervraag.verloop": "History",
  "leervraag.reacties": "Comments",
  "leervraag.geenReacties": "No comments yet.",
  "leervraag.reactieLabel": "Your comment",
  "leervraag.reageren": "Post comment",
  "leervraag.reactieGeplaatst": "Your comment has been posted.",
  "leervraag.onbekend": "Unknown",
  "leervraag.vermeld": "Mention someone (optional)",
  "leervraag.vermeldUitleg":
    "Whoever you tick is notified of your comment. You can only mention people who may read this learning question.",
  "leervraag.fout.vermelding":
    "You can only mention people who may read this learning question. Choose someone from the list.",
  "leervraag.melding.ingepland.titel": "Learning question on the agenda: {titel}",
  "leervraag.melding.ingepland.tekst":
    "The learning question ‘{titel}’ is on the agenda of the meeting ‘{bijeenkomst}’.",
  "leervraag.melding.status.titel": "Learning question ‘{titel}’: $t(leervraag.status.{naar})",
  "leervraag.melding.status.tekst":
    "{door} changed the status of the learning question ‘{titel}’ from ‘$t(leervraag.status.{van})’ to ‘$t(leervraag.status.{naar})’.",
  "leervraag.melding.uitkomst.titel": "Outcome recorded: {titel}",
  "leervraag.melding.uitkomst.tekst":
    "{door} recorded the outcome and follow-up of the learning question ‘{titel}’.",
  "leervraag.melding.reactie.titel": "New comment on {titel}",
  "leervraag.melding.reactie.tekst": "{door} commented on the learning question ‘{titel}’.",
  "leervraag.melding.vermelding.titel": "{door} mentions you on {titel}",
  "leervraag.melding.vermelding.tekst":
    "{door} mentions you in a comment on the learning question ‘{titel}’.",
} satisfies Catalogue<typeof nl>;
