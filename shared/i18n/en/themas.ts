import type { Catalogue } from "../catalogue.ts";
import type { themas as nl } from "../nl/themas.ts";

export const themas = {
  "thema.lijst": "Themes",
  "thema.lijstUitleg":
    "At the meeting of 20 September in Amersfoort, the 13 municipalities chose four themes; a theme meeting is devoted to each theme, followed by an essay.",
  "thema.gekozen": "Chosen themes",
  "thema.voorgesteld": "Proposed themes",
  "thema.gekozenEnkel": "Chosen theme",
  "thema.voorgesteldEnkel": "Proposed theme",
  "thema.afgewezen": "Rejected themes",
  "thema.afgewezenEnkel": "Rejected theme",
  "thema.besluit": "Decision on this theme",
  "thema.besloten": "Decided on {datum}.",
  "thema.stemmingLoopt": "A vote is open, until {datum}.",
  "thema.naarBesluit": "Go to the decision",
  "thema.stemmingStarten": "Start a vote on this theme",
  "thema.geen": "No themes.",
  "thema.markeerGekozen": "Mark as chosen",
  "thema.terugNaarVoorgesteld": "Return to proposed",
  "thema.statusGewijzigd": "The theme has been updated.",
  "thema.voorstellen": "Propose a theme",
  "thema.voorgesteldMelding": "The theme has been added as a proposal.",
  "thema.bijeenkomsten": "Meetings on this theme",
  "thema.geenBijeenkomsten": "There are no meetings on this theme yet.",
  "thema.leervragen": "Learning questions on this theme",
  "thema.geenLeervragen": "There are no learning questions on this theme yet.",
  "thema.essays": "Essays on this theme",
  "thema.geenEssays": "No essay on this theme has been published yet.",
} satisfies Catalogue<typeof nl>;
