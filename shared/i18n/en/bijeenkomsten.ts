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
  "agenda.geenInMaand": "There are no meetings this month.",
  "agenda.geenInWeek": "There are no meetings this week.",
  "agenda.vandaag": "today",
  "agenda.weekVan": "Week from {van} to {tot}",
  "agenda.weergave.label": "View",
  "agenda.weergave.lijst": "List",
  "agenda.weergave.maand": "Month",
  "agenda.weergave.week": "Week",
  "agenda.bladeren": "Browse",
  "agenda.vorigeMaand": "Previous month",
  "agenda.dezeMaand": "This month",
  "agenda.volgendeMaand": "Next month",
  "agenda.vorigeWeek": "Previous week",
  "agenda.dezeWeek": "This week",
  "agenda.volgendeWeek": "Next week",
  "agenda.filter.titel": "Filters",
  "agenda.filter.alle": "All",
  "agenda.filter.kring": "Learning circle",
  "agenda.filter.kring1": "First circle (all meetings)",
  "agenda.filter.kring2": "Second circle (theme meetings)",
  "agenda.filter.toepassen": "Filter",
  "agenda.filter.wissen": "Clear filters",
  "agenda.feedFilters":
    "Only want part of it in your calendar? Add the same filters as here to the address, for instance &soort=intervisie or &thema=… and &gemeente=… (the names from this page's address after filtering).",
  "agenda.rotatiePlannen": "Plan a season's rotation",
  "agenda.rotatieGepland_one":
    "{count} intervision session planned. Everyone invited is told about it.",
  "agenda.rotatieGepland_other":
    "{count} intervision sessions planned. Everyone invited is told about them.",
  "rotatie.sessieTitel": "Intervision session {nummer} of {aantal} ({seizoen})",
  "rotatie.regio.noord": "north",
  "rotatie.regio.midden": "middle",
  "rotatie.regio.zuid": "south",
  "rotatie.plan.titel": "Plan a season's rotation",
  "rotatie.plan.uitleg":
    "Ask for a number of intervision sessions for a season (September to July). Leerkring proposes dates and host municipalities: every first-circle municipality hosts once before any hosts a second time, also across earlier seasons. The dates fall on weekdays, not on public holidays and not in the school holidays of the host's region, and are spread evenly over the season up to the summer holidays. You can adjust each row and confirm them all at once.",
  "rotatie.plan.seizoen": "Season",
  "rotatie.plan.aantal": "Number of sessions",
  "rotatie.plan.uitsluiten": "Municipalities that do not host this season",
  "rotatie.plan.gemeenteMetRegio": "{gemeente} (school-holiday region {regio})",
  "rotatie.plan.voorstellen": "Make a proposal",
  "rotatie.plan.voorstel": "Proposal",
  "rotatie.plan.voorstelTitel": "Proposed intervision sessions in the season {seizoen}",
  "rotatie.plan.nummer": "No.",
  "rotatie.plan.criticalFriends": "Critical friends",
  "rotatie.plan.datumVan": "Date of session {nummer}",
  "rotatie.plan.gastgemeenteVan": "Host of session {nummer}",
  "rotatie.plan.bevestigUitleg":
    "If you choose another host, Movisie and that municipality's Werkplaats become the critical friends. Once confirmed, everyone invited is told about each session.",
  "rotatie.plan.bevestigen_one": "Confirm {count} session",
  "rotatie.plan.bevestigen_other": "Confirm all {count} sessions",
  "rotatie.plan.terug": "Back to the agenda",
  "rotatie.plan.nietBevestigd":
    "Nothing has been planned yet: correct the rows with an error and confirm again.",
  "rotatie.plan.buitenSeizoen": "This date lies outside the season {seizoen} (September to July).",
  "rotatie.plan.inVerleden": "This date is today or has passed. Choose a day from tomorrow on.",
  "rotatie.plan.weekend": "This date falls in a weekend. Choose a weekday.",
  "rotatie.plan.feestdag": "This date is a public holiday ({naam}). Choose another weekday.",
  "rotatie.plan.schoolvakantie.herfst":
    "This date falls in the autumn holiday of region {region}, the host's region.",
  "rotatie.plan.schoolvakantie.kerst":
    "This date falls in the Christmas holiday of region {region}, the host's region.",
  "rotatie.plan.schoolvakantie.voorjaar":
    "This date falls in the spring holiday of region {region}, the host's region.",
  "rotatie.plan.schoolvakantie.mei":
    "This date falls in the May holiday of region {region}, the host's region.",
  "rotatie.plan.schoolvakantie.zomer":
    "This date falls in the summer holiday of region {region}, the host's region.",
  "rotatie.plan.dagBezet":
    "An intervision session is already planned on this date. Choose another day.",
  "rotatie.plan.aantalOngeldig": "Ask for 1 to {max} sessions.",
  "rotatie.plan.aantalMinimaal": "Ask for at least 1 session.",
  "rotatie.plan.aantalMaximaal": "Ask for at most 30 sessions per season.",
  "rotatie.plan.seizoenOngeldig": "Choose a season, such as 2026-2027.",
  "rotatie.plan.geenGastgemeenten":
    "There is no host to choose from: the first circle has no municipalities, or all are excluded.",
  "rotatie.plan.regioOnbekend":
    "The school-holiday region of {gemeenten} is not known, so Leerkring cannot avoid its school holidays. Ask the administrator to fill it in first, or exclude the municipality.",
  "rotatie.plan.seizoenVoorbij": "The season {seizoen} is over. Choose a later season.",
  "rotatie.plan.teWeinigDagen_one":
    "You ask for {gevraagd} sessions, but the season {seizoen} has only {count} weekday left before the summer holidays. Ask for fewer sessions or choose a later season.",
  "rotatie.plan.teWeinigDagen_other":
    "You ask for {gevraagd} sessions, but the season {seizoen} has only {count} weekdays left before the summer holidays. Ask for fewer sessions or choose a later season.",
  "rotatie.plan.geenDagVoor":
    "For session {nummer} at {gemeente} there is no weekday left in the season {seizoen} outside its region's school holidays. Ask for fewer sessions or exclude the municipality.",
  "rotatie.plan.geenSchoolvakanties":
    "The school holidays of the season {seizoen} are not yet in Leerkring: check the proposed dates yourself.",
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
