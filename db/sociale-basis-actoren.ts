// Schema C of the source document, verbatim (Dutch, as published): the roles and tasks of each
// actor in the social basis, and the challenges the document names for each. Movisie (2021),
// "Sterke beleidsinterventies, sterke sociale basis. Een verkenning", Schema C (p. 14). Reference
// data like Schema A and B: the seed loads it into every database that lacks it
// (db/seed/monitor.ts, seedSchemaC); db/seed/schema-c.test.ts checks it against the source text.

// Its citation is BRON.schemaC in db/sociale-kwaliteit.ts.

export const actorSlugs = [
  "bestuur",
  "ambtenaren",
  "buurtmakers",
  "professionals",
  "vrijwilligers",
] as const;
export type ActorSlug = (typeof actorSlugs)[number];

export const SCHEMA_C: readonly {
  slug: ActorSlug;
  /** Prefix of the challenge codes, e.g. UB01. */
  letter: string;
  name: string;
  taken: readonly string[];
  uitdagingen: readonly string[];
}[] = [
  {
    slug: "bestuur",
    letter: "B",
    name: "Gemeenteraad, B&W",
    taken: [
      "Bepaal koers op basis van behoeften en vragen alle inwoners.",
      "Stel leidende opgaven en financieel kader vast.",
      "Formuleer opdrachten voor ambtenaren.",
    ],
    uitdagingen: [
      "De diverse geluiden van álle inwoners ophalen.",
      "Een bestuursstijl en manier van ondersteunen kiezen die de sociale basis ondersteunt.",
      "In visieontwikkeling en sturing expliciet aandacht besteden aan inwoners in een kwetsbare positie.",
      "Binnen de lange-termijnbegroting, ruimte houden om flexibel in te spelen op ontwikkelingen.",
      "Optimaal draagvlak realiseren voor beleid en uitvoering onder inwoners.",
      "Evenwicht vinden tussen politieke ambities en de sociale basis.",
      "Zorgen dat álle stemmen gehoord worden, ook van inwoners die op de achtergrond staan.",
    ],
  },
  {
    slug: "ambtenaren",
    letter: "A",
    name: "Ambtenaren",
    taken: [
      "Werk opdracht van raad en B&W uit, samen met buurtmakers, inwoners, ervaringsdeskundigen, (sociaal) professionals, ondernemers, religieuze leiders en verenigingen.",
      "Vervul financieel opdrachtgeverschap voor de (gesubsidieerde) praktijk.",
      "Benader de (gesubsidieerde) praktijk als gelijkwaardige partners bij de samenwerking aan inhoudelijk opgaven.",
    ],
    uitdagingen: [
      "De financiële taakstelling van de gemeente, als een bezuiniging, combineren met inhoudelijke ambities.",
      "Zeggenschap van inwoners effectief vorm geven: samen, proactief, flexibel, dichtbij en vroegtijdig.",
      "Nieuwe wegen in durven slaan en houd niet vast aan strategieën die niet werken.",
      "Transparant zijn in de samenwerkingsrollen (partner/opdrachtgever) met sociaal professionals.",
      "Per wijk differentiëren en doen wat nodig is; een buurt- wijk- of regio-agenda opstellen.",
      "Onderkennen dat de sociaal professional/welzijn te sturen is, maar de civil society niet.",
      "Onderkennen dat versterken sociale basis een lange adem vraagt; omarm kleinschalige, tijdelijke initiatieven.",
      "Onderkennen dat de overheid soms moet participeren in inwonerinitiatieven, in plaats van andersom.",
    ],
  },
  {
    slug: "buurtmakers",
    letter: "W",
    name: "Buurtmakers (actieve inwoners)",
    taken: [
      "Denk, doe en beslis mee over hoe de leidende opgave moet worden uitgevoerd",
      "Vind de juiste balans tussen zelf doen en ondersteund worden door andere buurtmakers",
      "Geef aan wat de prioriteiten zijn in de uitvoering, op basis van de ambtelijke opdracht",
    ],
    uitdagingen: [
      "Dealen met de gebrekkige responsieve houding van de overheid.",
      "Dealen met de verkokering en projectencarrousel van de gemeente.",
      "De overheid bewegen om te participeren bij inwonersinitiatieven.",
      "Inwoners mobiliseren voor gezamenlijke beleidsbeïnvloeding.",
      "Bij een groeiend, succesvol initiatief inschatten: wel of niet professionaliseren?",
      "Inschatten in welke initiatieven van inwoners goede slaagkansen hebben en duurzame inzet waard zijn.",
      "Tijd vinden om inwoners via informele kanalen te benaderen en te betrekken.",
      "Tijd vinden om verbinding te maken met andere buurtmakers.",
    ],
  },
  {
    slug: "professionals",
    letter: "P",
    name: "Sociale professional",
    taken: [
      "Neem en claim professionele ruimte.",
      "Werk vanuit bewustzijn van de eigen kracht en rol.",
      "Werk vanuit de normen en waarden die bij je beroep horen (beroepscode)",
      "Weet wanneer een stap terug of vooruit te doen.",
      "Ondersteun en onderhoud een permanente samenwerking met diverse groepen inwoners.",
    ],
    uitdagingen: [
      "De goede balans vinden tussen 'inwoners dienen' en 'beleid uitvoeren'.",
      "De goede balans vinden tussen 'inwoners dienen' en opkomen voor het belang van de eigen organisatie.",
      "Inspraak krijgen in de keuzes van bestuurders en beleidsmakers; het beleid voeden en bijsturen.",
      "Positie bepalen als de inwoners voor wie je werkt andere dingen willen dan gemeente of welzijnsorganisatie.",
      "Ook de stemmen ophalen van inwoners die niet goed in beeld zijn en breng dit onder de aandacht.",
      "Balanceren tussen het activeren van inwoners en een stap terug doen als zij initiatief nemen.",
    ],
  },
  {
    slug: "vrijwilligers",
    letter: "V",
    name: "Vrijwilliger, kunstenaar, ondernemer, ...",
    taken: ["Denk, daartoe uitgenodigd, mee en haak aan waar mogelijk."],
    uitdagingen: [
      "Geduld en flexibiliteit opbrengen om op zoek te gaan naar, met inwoners, gedeelde belangen.",
    ],
  },
];

/** Stable short code of a challenge: U, the actor's letter and a number (UB01). */
export const uitdagingCode = (letter: string, n: number) =>
  `U${letter}${String(n).padStart(2, "0")}`;
