import type { Catalogue } from "../catalogue.ts";
import type { praktijkvoorbeelden as nl } from "../nl/praktijkvoorbeelden.ts";

export const praktijkvoorbeelden = {
  "praktijk.nav": "Practice examples",
  "praktijk.lijst": "Practice examples",
  "praktijk.lijstUitleg":
    "Successes of municipalities, written down so others can learn from them: what worked, for whom, and what it took. So knowledge spreads beyond the meeting where it came up.",
  "praktijk.feed": "Subscribe to new practice examples (Atom feed)",
  "praktijk.feedTitel": "Leerkring – practice examples from municipalities",
  "praktijk.nieuw": "Write a practice example",
  "praktijk.nieuwUitleg":
    "Describe a success of a municipality in a theme. It stays a draft until a staff member or project leader publishes it; then anyone can read it.",
  "praktijk.wijzigen": "Change {titel}",
  "praktijk.bewerken": "Edit draft",
  "praktijk.opslaanConcept": "Save draft",
  "praktijk.opgeslagen": "The draft has been saved.",
  "praktijk.publiceren": "Publish",
  "praktijk.isGepubliceerd": "The practice example has been published.",
  "praktijk.naarConcept": "Back to draft to make changes",
  "praktijk.isConcept":
    "The practice example is back in draft. Readers see the published version until you publish again.",
  "praktijk.conceptUitleg":
    "This is a draft: only those who may write it see it, until it is published.",
  "praktijk.herzieningUitleg":
    "You see the version being edited. Readers see the published version until it is published again.",
  "praktijk.kop": "Practice example from {gemeente}",
  "praktijk.regel": "{gemeente}, {thema}",
  "praktijk.gepubliceerd": "Published",
  "praktijk.gepubliceerdeVoorbeelden": "Published",
  "praktijk.inBewerking": "In progress",
  "praktijk.aantal_one": "{count} practice example",
  "praktijk.aantal_other": "{count} practice examples",
  "praktijk.geenVoorbeelden": "No practice examples have been published yet.",
  "praktijk.geenFilter": "No published practice examples with these filters.",
  "praktijk.geen": "None",
  "praktijk.status.concept": "Draft",
  "praktijk.bron": "Leerkring – Strengthening the Social Basis",
  "praktijk.filter.titel": "Filters",
  "praktijk.filter.alle": "All",
  "praktijk.filter.toepassen": "Filter",
  "praktijk.veld.titel": "Title",
  "praktijk.veld.thema": "Theme",
  "praktijk.veld.bijeenkomst": "Theme meeting",
  "praktijk.veld.bijeenkomstUitleg": "The held theme meeting the example came from.",
  "praktijk.veld.traject": "Local work",
  "praktijk.veld.trajectUitleg": "The local work of this municipality it is about.",
  "praktijk.veld.samenvatting": "Short summary",
  "praktijk.veld.samenvattingUitleg":
    "One or two sentences: what succeeded, and why is it worth reading?",
  "praktijk.veld.tekst": "Text",
  "praktijk.veld.tekstUitleg": "Plain text. An empty line starts a new paragraph.",
  "praktijk.starten": "Write a practice example from this meeting",
  "praktijk.startenUitleg":
    "Is there a success of a municipality that helps others further? Describe it as a practice example.",
  "praktijk.bijThema": "Practice examples",
  "praktijk.geenBijThema": "No practice examples in this theme yet.",
  "praktijk.geenBijGemeente": "No practice examples of this municipality yet.",
  "praktijk.melding.gepubliceerd.titel": "New practice example: {titel}",
  "praktijk.melding.gepubliceerd.tekst":
    "The practice example ‘{titel}’ about {gemeente} has been published.",
} as const satisfies Catalogue<typeof nl>;
