import type { Catalogue } from "../catalogue.ts";
import type { uitdagingen as nl } from "../nl/uitdagingen.ts";

export const uitdagingen = {
  "uitdaging.kader.titel": "Schema C: roles, tasks and challenges of the actors",
  "uitdaging.kader.uitleg":
    "Who does what in the social basis, and what do they run into? For each actor the roles and tasks and the challenges the document names (quoted in Dutch, as published). A municipality records per neighbourhood which challenges it recognises.",
  "uitdaging.kader.taken": "Roles and tasks",
  "uitdaging.kader.uitdagingen": "Challenges",
  "uitdaging.wijkTitel": "Challenges in {wijk}",
  "uitdaging.wijkUitleg":
    "Which challenges of Schema C does your municipality recognise in this neighbourhood, and for which actor? A recognised challenge becomes a learning question in one step.",
  "uitdaging.naarKader": "All actors, tasks and challenges in the framework",
  "uitdaging.herkend.titel": "Recognised challenges",
  "uitdaging.herkend.geen": "No challenges have been recognised in this neighbourhood yet.",
  "uitdaging.kolom.code": "Code",
  "uitdaging.kolom.uitdaging": "Challenge",
  "uitdaging.kolom.actor": "For actor",
  "uitdaging.kolom.notitie": "Note",
  "uitdaging.kolom.leervraag": "Learning question",
  "uitdaging.kolom.actie": "Action",
  "uitdaging.kolom.gemeenten": "Municipalities",
  "uitdaging.kolom.wijken": "Neighbourhoods",
  "uitdaging.kolom.welke": "Which municipalities",
  "uitdaging.herkennenTitel": "Recognise a challenge",
  "uitdaging.herkennenUitleg":
    "Choose the challenge and the actor for whom you recognise it. Recognising the same challenge again for the same actor updates the note.",
  "uitdaging.veld.uitdaging": "Challenge",
  "uitdaging.veld.actor": "For actor",
  "uitdaging.veld.actorUitleg":
    "By default the actor Schema C names the challenge for; choose another if you recognise it elsewhere.",
  "uitdaging.actorZoalsSchema": "As in Schema C",
  "uitdaging.veld.notitie": "Note",
  "uitdaging.veld.notitieUitleg": "Optional: where do you see this in the neighbourhood?",
  "uitdaging.herkennen": "Recognise",
  "uitdaging.herkend": "The challenge has been recorded as recognised.",
  "uitdaging.vergeten": "The challenge is no longer recorded as recognised.",
  "uitdaging.vergeten.knop": "No longer recognise",
  "uitdaging.bevestigVergeten":
    "“{tekst}” will no longer be recorded as recognised in this neighbourhood, nor its note. You can recognise it again later.",
  "uitdaging.jaVergeten": "Yes, no longer recognise",
  "uitdaging.maakLeervraag": "Turn into a learning question",
  "uitdaging.fout.kies": "Choose a challenge from the list.",
  "uitdaging.fout.actor": "Choose an actor from the list.",
  "uitdaging.fout.onbekend": "This recognised challenge does not exist (any more).",
  "uitdaging.leervraag.titel": "{wijk}: {tekst}",
  "uitdaging.leervraag.vraag": "How do we deal with this challenge in {wijk}: {tekst}",
  "uitdaging.leervraag.casus": "Recognised in {wijk}, for {actor}.",
  "uitdaging.leervraag.vooringevuld":
    "Pre-filled from a recognised challenge of Schema C. Change what you like and submit; the challenge then links to this learning question.",
  "uitdaging.leervraag.bron": "Came from a recognised challenge",
  "uitdaging.leervraag.bronRegel": "{code} {tekst} — in {wijk}, for {actor}",
  "uitdaging.terugkerend.titel": "Challenges that recur in the learning circle",
  "uitdaging.terugkerend.uitleg":
    "Which challenges of Schema C do several municipalities recognise in their neighbourhoods? A starting point when choosing cases for intervision.",
  "uitdaging.terugkerend.csv": "Download as CSV",
  "uitdaging.terugkerend.geen": "No challenges have been recognised yet.",
} as const satisfies Catalogue<typeof nl>;
