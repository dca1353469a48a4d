import type { Catalogue } from "../catalogue.ts";
import type { bijeenkomsten as nl } from "../nl/bijeenkomsten.ts";

export const bijeenkomsten = {
  "bijeenkomst.soort.thema": "Theme meeting",
  "bijeenkomst.soort.intervisie": "Intervision session",
  "agenda.titel": "Calendar",
  "agenda.themaPlannen": "Schedule a theme meeting",
  "agenda.intervisiePlannen": "Schedule an intervision session",
  "agenda.standaardTitelIntervisie": "Intervision session",
  "agenda.plannen": "Schedule meeting",
  "agenda.periode": "Period",
  "agenda.komend": "Upcoming",
  "agenda.voorbij": "Past",
  "agenda.geenKomend": "There are no upcoming meetings.",
  "agenda.geenVoorbij": "No meetings have taken place yet.",
  "agenda.feedTitel": "Calendar subscription",
  "agenda.feedUitleg":
    "With a personal calendar address, you can see the meetings in your own calendar (Outlook, Google, Apple). Changes and cancellations are included automatically.",
  "agenda.feedMaken": "Create calendar address",
  "agenda.feedVernieuwen": "Create a new calendar address",
  "agenda.feedIntrekken": "Withdraw calendar address",
  "agenda.feedGemaakt":
    "Your calendar address has been created. Any previous address no longer works.",
  "agenda.feedIngetrokken":
    "Your calendar address has been withdrawn; calendars will no longer receive meetings.",
  "agenda.feedEenmalig":
    "Copy this address now and add it to your calendar program as a subscription. It is secret and will only be shown once:",
  "agenda.feedActief": "You have had a calendar address since {datum}.",
  "agenda.feedGebruikt": "Last retrieved on {datum}.",
  "agenda.feedNaam": "Leerkring – {naam}",
  "agenda.feedOnbekend":
    "This calendar address does not exist (any more). Create a new address in Leerkring.",
  "rotatie.titel": "Host municipality in rotation",
  "rotatie.voorstel_one":
    "Suggestion: {gemeente}. This municipality has been host once, the fewest and the longest ago. You can choose another municipality below.",
  "rotatie.voorstel_other":
    "Suggestion: {gemeente}. This municipality has been host {count} times, the fewest and the longest ago. You can choose another municipality below.",
  "rotatie.geenKandidaten":
    "There are no municipalities in the first learning circle to choose from.",
  "rotatie.historie": "How often each municipality of the first learning circle has been host",
  "rotatie.aantal": "Times host",
  "rotatie.laatst": "Most recently",
  "rotatie.nooit": "Never",
  "rsvp.ja": "yes",
  "rsvp.nee": "no",
  "rsvp.misschien": "maybe",
  "rsvp.knop.ja": "Yes, I will come",
  "rsvp.knop.nee": "No, I will not come",
  "rsvp.knop.misschien": "Maybe",
  "bijeenkomst.status.gepland": "Scheduled",
  "bijeenkomst.status.gehouden": "Held",
  "bijeenkomst.status.geannuleerd": "Cancelled",
  "bijeenkomst.veld.titel": "Title",
  "bijeenkomst.veld.soort": "Type",
  "bijeenkomst.veld.status": "Status",
  "bijeenkomst.veld.wanneer": "When",
  "bijeenkomst.veld.datum": "Date",
  "bijeenkomst.veld.begin": "Start time",
  "bijeenkomst.veld.einde": "End time",
  "bijeenkomst.veld.tijdzone": "Times are Dutch time.",
  "bijeenkomst.veld.alGehouden": "Already held",
  "bijeenkomst.veld.alGehoudenUitleg":
    "Tick this to record a meeting that has already taken place. Only then may the date lie in the past; the meeting then counts in the rotation of hosts.",
  "bijeenkomst.veld.locatie": "Location",
  "bijeenkomst.veld.gastgemeente": "Host municipality",
  "bijeenkomst.veld.gastgemeenteUitleg":
    "Intervision takes place at one of the 13 municipalities of the first learning circle, in turn.",
  "bijeenkomst.veld.thema": "Theme",
  "bijeenkomst.veld.themaOptioneel": "Theme (optional)",
  "bijeenkomst.veld.leider": "Led by",
  "bijeenkomst.veld.criticalFriends": "Critical friends",
  "bijeenkomst.veld.criticalFriendsUitleg":
    "Movisie and the Werkplaats for the host municipality's region attend as critical friend.",
  "bijeenkomst.veld.capaciteit": "Number of places",
  "bijeenkomst.veld.capaciteitUitleg":
    "Leave empty if there is no maximum. Anyone who signs up when all places are taken goes on the waiting list.",
  "bijeenkomst.veld.omschrijving": "Description",
  "bijeenkomst.veld.agendapunt": "New programme item",
  "bijeenkomst.veld.tijdOptioneel": "Time (optional)",
  "bijeenkomst.geenThema": "No theme",
  "bijeenkomst.geenLeider": "No one yet",
  "bijeenkomst.bewerken": "Edit {titel}",
  "bijeenkomst.nietMeerTeWijzigen":
    "This meeting has been held or cancelled and can no longer be changed.",
  "bijeenkomst.terug": "Back to the meeting",
  "bijeenkomst.geplandMelding": "The meeting has been scheduled.",
  "bijeenkomst.vastgelegdMelding": "The meeting has been recorded as held.",
  "bijeenkomst.agendaBuitenTijd":
    "Note: these programme items fall outside the meeting's time ({begin}–{einde}). Change their time or remove them.",
  "bijeenkomst.buitenTijd": "outside the meeting's time",
  "bijeenkomst.gewijzigdMelding":
    "The changes have been saved. Participants can see what has changed.",
  "bijeenkomst.isGeannuleerd": "This meeting has been cancelled. Reason: {reden}",
  "bijeenkomst.isGehouden": "This meeting has been held.",
  "bijeenkomst.icsDownload": "Add to my calendar (.ics)",
  "bijeenkomst.plaatsenBezet_one": "{bezet} of {count} place taken",
  "bijeenkomst.plaatsenBezet_other": "{bezet} of {count} places taken",
  "bijeenkomst.aanmelden": "Are you coming?",
  "bijeenkomst.nogGeenAntwoord": "You have not yet said whether you are coming.",
  "bijeenkomst.jouwAntwoord": "Your answer: {antwoord}.",
  "bijeenkomst.jouwAntwoordWachtlijst":
    "You are on the waiting list. If a place becomes available, you will move up automatically.",
  "bijeenkomst.rsvpOpgeslagen": "Your answer has been saved.",
  "bijeenkomst.opWachtlijst": "The meeting is full: you are on the waiting list.",
  "bijeenkomst.programma": "Programme",
  "bijeenkomst.geenProgramma": "The programme will follow.",
  "bijeenkomst.agendapuntToevoegen": "Add to the programme",
  "bijeenkomst.agendapuntToegevoegd": "The programme item has been added.",
  "bijeenkomst.agendapuntVerwijderd": "The programme item has been removed.",
  "bijeenkomst.agendapuntVerplaatst": "The programme has been reordered.",
  "bijeenkomst.omhoog": "Move up",
  "bijeenkomst.omlaag": "Move down",
  "bijeenkomst.leervragen": "Learning questions and cases",
  "bijeenkomst.geenLeervragen": "There are no learning questions on the agenda yet.",
  "bijeenkomst.geenWachtendeVragen":
    "There are no submitted learning questions waiting for a slot.",
  "bijeenkomst.leervraagKiezen": "Learning question to put on the agenda",
  "bijeenkomst.opAgendaZetten": "Put on the agenda",
  "bijeenkomst.leervraagIngepland": "The learning question is on the agenda.",
  "bijeenkomst.vanAgendaHalen": "Remove from the agenda",
  "bijeenkomst.leervraagUitgepland":
    "The learning question has been removed from the agenda and is waiting for a slot again.",
  "bijeenkomst.deelnemers": "Participants",
  "bijeenkomst.aantallen_one":
    "{count} coming, {misschien} maybe, {nee} not coming, {wachtlijst} on the waiting list.",
  "bijeenkomst.aantallen_other":
    "{count} coming, {misschien} maybe, {nee} not coming, {wachtlijst} on the waiting list.",
  "bijeenkomst.aanwezigheid": "Who attended?",
  "bijeenkomst.aanwezigheidOpslaan": "Save attendance",
  "bijeenkomst.aanwezigheidOpgeslagen": "Attendance has been saved.",
  "bijeenkomst.aanwezig": "present",
  "bijeenkomst.afwezig": "absent",
  "bijeenkomst.wijzigingen": "Changes",
  "bijeenkomst.veldVanNaar": "{veld} changed from {van} to {naar}",
  "bijeenkomst.veldGewijzigd": "{veld} changed",
  "bijeenkomst.afronden": "Complete or cancel",
  "bijeenkomst.markeerGehouden": "Mark as held",
  "bijeenkomst.gehoudenNaBegin": "Once the meeting has started, you can mark it as held.",
  "bijeenkomst.gehoudenMelding":
    "The meeting has been marked as held. Its learning questions are now set to ‘discussed’.",
  "bijeenkomst.redenAnnuleren": "Reason for cancelling (participants will see this)",
  "bijeenkomst.annuleren": "Cancel meeting",
  "bijeenkomst.bevestigAnnuleren":
    "‘{titel}’ will be cancelled. Everyone invited sees the cancellation, in calendars too. Responses: {deelnemers}. Learning questions on the agenda: {leervragen}; they go back to the waiting list.",
  "bijeenkomst.bevestigAnnulerenTerug":
    "This can be undone: a project leader can then plan the meeting again with ‘Undo cancellation’. The learning questions must then be put on the agenda again.",
  "bijeenkomst.jaAnnuleren": "Yes, cancel the meeting",
  "bijeenkomst.heractiveren": "Undo cancellation",
  "bijeenkomst.heractiveerdMelding":
    "The cancellation has been undone: the meeting is planned again.",
  "bijeenkomst.geannuleerdMelding":
    "The meeting has been cancelled. Its learning questions are waiting for a slot again; calendars will receive the cancellation.",
  "bijeenkomst.vertrouwelijk":
    "Intervision is confidential. The programme, the learning questions discussed, the participants and the notes are visible only to the municipalities of the first learning circle, this session's critical friends and the project leaders.",
  "bijeenkomst.notities": "Notes",
  "bijeenkomst.essay": "Essay",
  "bijeenkomst.melding.gepland.titel": "New meeting: {titel}",
  "bijeenkomst.melding.gepland.tekst": "{titel} has been planned for {wanneer}, {waar}.",
  "bijeenkomst.melding.gewijzigd.titel": "Changed: {titel}",
  "bijeenkomst.melding.gewijzigd.tekst":
    "{titel} ({wanneer}, {waar}) has been changed. This is what changed:\n\n{wijzigingen}\n\nThe invitation in your calendar has been updated.",
  "bijeenkomst.melding.geannuleerd.titel": "Cancelled: {titel}",
  "bijeenkomst.melding.geannuleerd.tekst":
    "{titel} on {wanneer} will not take place.\n\nReason: {reden}",
  "bijeenkomst.melding.heractiveerd.titel": "Going ahead after all: {titel}",
  "bijeenkomst.melding.heractiveerd.tekst":
    "The cancellation of {titel} has been undone: the meeting is planned again for {wanneer}, {waar}.",
  "bijeenkomst.melding.plaatsVrij.titel": "There is a place for you: {titel}",
  "bijeenkomst.melding.plaatsVrij.tekst":
    "A place has become free: you are no longer on the waiting list for {titel} on {wanneer}, {waar}.\n\nCan you not come after all? Then cancel, so that someone else gets your place.",
  "bijeenkomst.melding.herinneringWeek.titel": "Are you coming? {titel}",
  "bijeenkomst.melding.herinneringWeek.tekst":
    "{titel} is a week from now: {wanneer}, {waar}. You have not yet said whether you are coming; would you let us know?",
  "bijeenkomst.melding.herinneringDag.titel": "Reminder: {titel}",
  "bijeenkomst.melding.herinneringDag.tekst":
    "You said you would come to {titel}. It begins soon: {wanneer}, {waar}.",
  "bijeenkomst.melding.agenda.titel": "Agenda of {titel}",
  "bijeenkomst.melding.agenda.tekst":
    "{titel} is a week from now: {wanneer}, {waar}. On the agenda:\n\n{agenda}",
  "bijeenkomst.melding.geenLeervragen": "There are no learning questions on the agenda yet.",
  "bijeenkomst.melding.leervraagRegel": "{titel} ({gemeente})",
  "bijeenkomst.melding.leervraagMetCasus": "{titel} ({gemeente}). Case: {casus}",
} satisfies Catalogue<typeof nl>;
