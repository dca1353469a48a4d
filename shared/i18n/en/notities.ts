import type { Catalogue } from "../catalogue.ts";
import type { notities as nl } from "../nl/notities.ts";

export const notities = {
  "notities.titel": "Notes: {titel}",
  "notities.kop": "Notes",
  "notities.terug": "Back to the meeting",
  "notities.alleenLezen":
    "You are reading along. Only participants who may edit the notes can write.",
  "notities.leeg": "There are no notes yet.",
  "notities.inhoud": "Notes of the meeting",
  "notities.editor": "Notes, edited together",
  "notities.laden": "Loading the editor…",
  "notities.versies": "Versions",
  "notities.versiesUitleg":
    "Leerkring saves versions automatically while people write. Restoring a version adds a new change; nothing is lost.",
  "notities.geenVersies": "There are no versions yet.",
  "notities.versieNaam": "Name of the version",
  "notities.versieNaamUitleg": "For example: after the case discussion. May be left empty.",
  "notities.versieOpslaan": "Save version",
  "notities.versieOpgeslagen": "The version has been saved.",
  "notities.versieBekijken": "View",
  "notities.versieVan": "Version of {tijd}",
  "notities.versieHerstellen": "Restore this version",
  "notities.versieHersteld":
    "The version has been restored. The text before it was saved as a version.",
  "notities.versieNietGevonden": "This version does not exist.",
  "notities.terugNaarActueel": "Back to the current notes",
  "notities.soort.automatisch": "Saved automatically",
  "notities.soort.benoemd": "Saved",
  "notities.soort.herstel": "Before a version was restored",
  "notities.versieDoor": "by {naam}",
  "notities.moment": "Moment",
  "notities.omschrijving": "Description",
  "notities.acties": "Actions",
} satisfies Catalogue<typeof nl>;
