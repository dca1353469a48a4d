import type { ActorSlug } from "./sociale-basis-actoren.ts";

// Policy interventions (beleidsinterventies), from the same source as Schema A–C: Movisie (2021),
// "Sterke beleidsinterventies, sterke sociale basis. Een verkenning", hoofdstuk 5 ("Interactief
// beleid en bestuursstijlen", the six factors, after Straatman 2019, p. 141) and hoofdstuk 6
// ("Beleidsinstrumenten inzetten", the kinds of instruments, after Straatman 2019, p. 120). The
// factors are quoted verbatim (Dutch, as published); their citation is BRON in sociale-kwaliteit.ts.

/** The nature of an instrument: juridisch, economisch, communicatief of fysiek. */
export const instrumentAarden = ["juridisch", "economisch", "communicatief", "fysiek"] as const;
export type InstrumentAard = (typeof instrumentAarden)[number];

/** Stimulerend/verruimend (good behaviour rewarded) or repressief/beperkend. */
export const instrumentWerkingen = ["stimulerend", "beperkend"] as const;
/** Generic instruments need no knowledge of the target group or situation; specific ones do. */
export const instrumentReikwijdtes = ["generiek", "specifiek"] as const;
/** Instruments deployed from above, or initiatives from below supported. */
export const instrumentRichtingen = ["van-bovenaf", "van-onderop"] as const;

export const interactieFactorSlugs = [
  "openheid",
  "duidelijkheid",
  "meerwaarde",
  "samenwerkingsrelatie",
  "niet-urgent",
  "middelen",
] as const;
export type InteractieFactorSlug = (typeof interactieFactorSlugs)[number];

/** "Er is sprake van een interactieve bestuursstijl en interactief beleid wanneer zes factoren aanwezig zijn". */
export const INTERACTIEFACTOREN: Record<InteractieFactorSlug, string> = {
  openheid: "Er is openheid over inhoud, proces en gedrag.",
  duidelijkheid: "Er is vooraf duidelijkheid over de rol en invloed van alle actoren.",
  meerwaarde:
    "De interactieve werkwijze heeft meerwaarde voor iedereen. De verwachtingen van de overheid moeten overeenkomen met de bijdrage die andere actoren kunnen leveren.",
  samenwerkingsrelatie:
    "Er is een goede samenwerkingsrelatie gebaseerd op gemeenschappelijke waarden, uitgangspunten en vertrouwen.",
  "niet-urgent":
    "De problematiek is niet urgent, maar wel belangrijk. Daardoor is er draagvlak én tijd voor het proces.",
  middelen: "Er is voldoende menskracht, geld, informatie etc. beschikbaar.",
};

/**
 * The research designs the catalogue starts with (staff keep it up to date at
 * /interventies/onderzoeksdesigns). The 2018 support note (seed 000) promises "beproefde en
 * passende onderzoeksdesigns" for questions of outcome and impact, and names action research.
 */
export const START_ONDERZOEKSDESIGNS: readonly { name: string; description: string }[] = [
  {
    name: "Voor- en nameting",
    description: "De wijkmeting vóór de interventie (nulmeting) vergeleken met die erna.",
  },
  {
    name: "Contributieanalyse",
    description:
      "Aannemelijk maken welke bijdrage de interventie aan de verandering levert, naast andere invloeden.",
  },
  { name: "Casestudy", description: "De interventie in haar context diepgaand beschreven." },
  {
    name: "Actieonderzoek",
    description: "Onderzoek en verbetering in cycli, samen met bewoners en professionals.",
  },
];

/** Per actor group of Schema C (db/sociale-basis-actoren.ts), its role in the intervention. */
export type ActorRollen = Partial<Record<ActorSlug, string>>;
