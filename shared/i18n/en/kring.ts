import type { Catalogue } from "../catalogue.ts";
import type { kring as nl } from "../nl/kring.ts";

export const kring = {
  "kring.titel": "First and second circle",
  "kring.tweedeKring": "Second circle",
  "kring.tweedeKringUitleg":
    "Your municipality belongs to the second learning circle. Municipalities in the second circle take part in the theme meetings and read the essays. Intervision and casework (Aan de slag) are for the municipalities of the first circle, each of which brings a learning question and a case.",
  "kring.vragenUitleg":
    "Would your municipality like to take part in intervision and casework too? Then ask whether it may join the first circle. The project leaders decide, and everyone in your municipality hears their decision.",
  "kring.motivatie": "Why does your municipality want to join?",
  "kring.motivatieUitleg":
    "For example, which learning question your municipality wants to bring and who takes part on its behalf.",
  "kring.vragen": "Ask to join",
  "kring.gevraagdMelding": "Your request has been sent to the project leaders.",
  "kring.status.open": "Your municipality's request of {datum} is with the project leaders.",
  "kring.status.aanvaard": "Your municipality joined the first circle on {datum}.",
  "kring.status.afgewezen": "Your municipality's request was declined on {datum}.",
  "kring.redenen": "Reasons",
  "kring.motivatieGegeven": "Motivation",
  "kring.openVerzoeken": "Requests to join",
  "kring.geenOpen": "There are no open requests.",
  "kring.eerdereBesluiten": "Earlier decisions",
  "kring.gevraagdDoor": "Asked by {naam} on {datum}",
  "kring.besluit": "Decision on {gemeente}",
  "kring.besluit.aanvaard": "Accept: the municipality moves to the first circle",
  "kring.besluit.afgewezen": "Decline",
  "kring.redenenVeld": "Reasons",
  "kring.redenenUitleg": "Required when declining; the municipality reads them.",
  "kring.beoordelen": "Record decision",
  "kring.beoordeeldMelding": "The decision has been recorded; the municipality will hear of it.",
  "kring.uitslag.aanvaard": "Accepted",
  "kring.uitslag.afgewezen": "Declined",
  "kring.uitslag.open": "Open",
  "kring.naarPagina": "What the second circle means, and joining",
  "kring.openOpDashboard_one": "{count} municipality asks to join the first circle.",
  "kring.openOpDashboard_other": "{count} municipalities ask to join the first circle.",
  "kring.naarVerzoeken": "View requests",
  "kring.melding.gevraagd.titel": "{gemeente} asks to join the first circle",
  "kring.melding.gevraagd.tekst": "Read the motivation and record the decision.",
  "kring.melding.aanvaard.titel": "{gemeente} has joined the first circle",
  "kring.melding.aanvaard.tekst":
    "From now on the municipality takes part in intervision and casework, and can submit learning questions for intervision.",
  "kring.melding.afgewezen.titel": "Request of {gemeente} to join declined",
  "kring.melding.afgewezen.tekst": "The reasons are on the request's page.",
} as const satisfies Catalogue<typeof nl>;
