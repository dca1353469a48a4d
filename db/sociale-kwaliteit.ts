// The social-quality framework, verbatim from the source document (Dutch, as published):
// Movisie (2021), "Sterke beleidsinterventies, sterke sociale basis. Een verkenning" — J. Jansen,
// M. van Pelt, L. Repetur en C. Jansen, in opdracht van VWS. Reference data, not demo data: the
// seed loads it into every database that lacks it (db/seed/monitor.ts, seedFramework).
//
// Schema A prints its indicators in two two-column tables. In the text edition the second table's
// columns run together: one list that starts with the Sociale inclusie column and continues with
// the Sociale empowerment column at "De beroepsbevolking in deze wijk werkt onder een CAO." (the
// European Network on Social Quality places collective agreements, training, information,
// budgets for citizens' initiatives and say under empowerment). See docs/decisions/005-sociale-kwaliteitsmonitor.md.

export const BRON = {
  titel: "Sterke beleidsinterventies, sterke sociale basis. Een verkenning",
  uitgever: "Movisie",
  jaar: 2021,
  auteurs: "Judith Jansen, Mariël van Pelt, Lou Repetur en Carinda Jansen",
  url: "https://www.movisie.nl",
  schemaA: "Schema A — Indicatoren van sociale kwaliteit op wijkniveau, per voorwaarde (p. 9)",
  schemaB:
    "Schema B — Factoren van invloed voor interactief lokaal beleid in de sociale basis (p. 12)",
  schemaC: "Schema C — Sociale kwaliteit, uitdagingen en kansen in de sociale basis (p. 14)",
  bestuursstijlen:
    "Interactief beleid en bestuursstijlen (p. 16), naar de participatieladder van Pröpper",
  instrumenten:
    "Interactief beleid en bestuursstijlen (p. 16), de zes factoren; Beleidsinstrumenten inzetten (p. 19)",
} as const;

export const voorwaardeSlugs = ["zekerheid", "cohesie", "inclusie", "empowerment"] as const;
export type VoorwaardeSlug = (typeof voorwaardeSlugs)[number];

/** The four conditions of social quality with the value each stands for (hoofdstuk 3, Schema A). */
export const VOORWAARDEN: readonly {
  slug: VoorwaardeSlug;
  /** Prefix of the indicator codes, e.g. Z01. */
  letter: string;
  name: string;
  waarde: string;
  domeinen: readonly string[];
  description: string;
}[] = [
  {
    slug: "zekerheid",
    letter: "Z",
    name: "Sociaaleconomische zekerheid",
    waarde: "Rechtvaardigheid",
    domeinen: [
      "Financiële zekerheid",
      "Werk en werkomstandigheden",
      "Wonen en huisvesting",
      "Gezondheid en gezondheidszorg",
      "Educatie",
    ],
    description:
      "Sociaaleconomische zekerheid betekent dat de basisbehoeften van de mens geborgd zijn. Dat er sprake is van voldoende inkomen, een goede en veilige woonomgeving, gezondheid, onderwijs en veiligheid.",
  },
  {
    slug: "cohesie",
    letter: "C",
    name: "Sociale cohesie",
    waarde: "Solidariteit",
    domeinen: [
      "Sociale steun",
      "Vertrouwen",
      "Gedeelde normen",
      "Wederkerigheid in relaties",
      "Vrij van conflicten",
      "Identiteitsgevoel op verschillende niveaus",
    ],
    description:
      "Sociale Cohesie duidt op samenhang en verbondenheid vanuit normen en waarden die inwoners met elkaar delen, zich erkend en herkend voelen, het geven en ontvangen van respect en wederkerigheid in relaties.",
  },
  {
    slug: "inclusie",
    letter: "I",
    name: "Sociale inclusie",
    waarde: "Gelijkwaardigheid",
    domeinen: [
      "Burgerschap",
      "Toegankelijkheid arbeidsmarkt",
      "Toegankelijkheid van sociale netwerken",
      "Toegankelijkheid van organisaties",
      "Toegankelijkheid van systemen",
      "Tegengaan van uitsluiting",
    ],
    description:
      "Sociale Inclusie verwijst naar het tegengaan van mechanismen van uitsluiting. Het vraagt om sociale netwerken, maatschappelijke activiteiten en voorzieningen die open staan voor en toegankelijk zijn voor iedereen.",
  },
  {
    slug: "empowerment",
    letter: "E",
    name: "Sociale empowerment",
    waarde: "Waardigheid",
    domeinen: [
      "Kennisbasis",
      "Arbeidskansen",
      "Persoonlijke relaties",
      "Mogelijkheden om invloed uit te oefenen op de eigen situatie",
      "Zelfwaardering",
    ],
    description:
      "Sociale Empowerment gaat over de mogelijkheden om invloed uit te oefenen op de eigen situatie, over zelfwaardering en persoonlijke ontwikkeling.",
  },
];

/**
 * Short stable codes: Z01 is the first indicator of Sociaaleconomische zekerheid, BZ01 its first
 * Schema B factor, A01 the first general factor.
 */
export const indicatorCode = (letter: string, n: number) =>
  `${letter}${String(n).padStart(2, "0")}`;

/** The lead-in of Schema B: every factor completes this sentence. */
export const SCHEMA_B_INLEIDING =
  "Lokaal beleid draagt, op dit gebied, via de sociale basis bij aan sociale kwaliteit door:";

export const bestuursstijlSlugs = [
  "faciliterend",
  "samenwerkend",
  "delegerend",
  "participatief",
] as const;
export type BestuursstijlSlug = (typeof bestuursstijlSlugs)[number];

/** The four interactive governance styles (hoofdstuk 5), from most to least influence for others. */
export const BESTUURSSTIJLEN: Record<
  BestuursstijlSlug,
  { naam: string; participatie: string; toelichting: string }
> = {
  faciliterend: {
    naam: "Faciliterende stijl",
    participatie: "Initiatiefnemer, beleidseigenaar, bevoegd gezag",
    toelichting:
      "De invloed van deelnemende actoren is maximaal, het initiatief komt van de participanten en niet van de overheid. De initiatiefnemers nemen zelfstandig beslissingen en de overheid biedt inhoudelijk alle ruimte en faciliteert, bijvoorbeeld met deskundigheid of geld.",
  },
  samenwerkend: {
    naam: "Samenwerkende stijl",
    participatie: "Samenwerkingspartner",
    toelichting:
      "Alle actoren hebben een gelijkwaardige rol. De overheid werkt op basis van gelijkwaardigheid samen met de andere actoren. Het beleid wat zo ontstaat is te zien als een co-productie.",
  },
  delegerend: {
    naam: "Delegerende stijl",
    participatie: "Medebeslisser",
    toelichting:
      "De overheid bepaalt op hoofdlijnen het beleid, maar draagt bevoegdheden en verdere uitwerking over aan de andere actoren. Zij mogen binnen bepaalde randvoorwaarden zelf beslissen en zijn medebeslisser.",
  },
  participatief: {
    naam: "Participatieve stijl",
    participatie: "Adviseur / inspraak",
    toelichting:
      "De overheid vraagt advies aan anderen, deze vervullen de rol van adviseur. De overheid geeft de andere actoren voldoende ruimte om vroegtijdig mee te denken, ideeën aan te dragen en mee te discussiëren. Anderen hebben dus inspraak, uiteindelijk bepaalt de overheid wat er gebeurt.",
  },
};

export const SCHEMA_A_INDICATOREN: Record<VoorwaardeSlug, readonly string[]> = {
  zekerheid: [
    "Inwoners in deze wijk leven boven de armoedegrens.",
    "Inwoners in deze wijk zijn zeker gehuisvest.",
    "Inwoners in deze wijk zijn ingeschreven in de GBA, er zijn geen ‘verborgen’ inwoners.",
    "Huishoudens in deze wijk hebben een acceptabel woonoppervlak.",
    "Inwoners in deze wijk hebben functionerend gas, water en licht.",
    "Inwoners in deze wijk hebben een zorgverzekering.",
    "Inwoners in deze wijk hebben dagelijks de beschikking over voldoende en gezond eten.",
    "In deze wijk is medische (ambulance-)zorg voor iedereen binnen acceptabele tijd bereikbaar.",
    "In deze wijk is voldoende huisartszorg beschikbaar.",
    "In deze wijk is criminaliteit en overlast beperkt.",
    "Deze wijk is fysiek gezond en veilig.",
    "De beroepsbevolking in deze wijk heeft een arbeidsovereenkomst.",
    "Onderwijsplichtigen in deze wijk ronden het onderwijs af met een diploma.",
    "Afgestudeerden uit deze wijk vinden werkgelegenheid.",
  ],
  cohesie: [
    "In deze wijk hebben inwoners vertrouwen in overheid en politieke afgevaardigden, juridische systemen, media en overheidsdiensten.",
    "Inwoners in deze wijk zijn bereid om meer belasting te betalen ten gunste van financieel kwetsbaren.",
    "De fysieke omgeving in deze wijk is zo ingericht dat het bijdraagt aan veiligheid en natuurlijke ontmoeting voor jong en oud.",
    "In deze wijk is een rijk verenigingsleven voor jong en oud.",
    "In deze wijk zijn afspraken, gebruiken en onderlinge verbanden waardoor inwoners weten hoe te handelen als het minder goed gaat met iemand.",
    "Inwoners in deze wijk maken deel uit van dialogen over complexe maatschappelijke thema’s.",
    "Inwoners zijn bereid om iets praktisch te doen voor hun wijk.",
    "Inwoners in deze wijk zijn lid van politieke, charitatieve, vrijwillige of sportclubs.",
    "In deze wijk vertrouwen inwoners elkaar.",
    "Inwoners in deze wijk zijn tolerant over gedrag, leefstijl of overtuigingen van anderen.",
    "Inwoners in deze wijk hebben een gevoel van lokale of gemeenschaps-identiteit.",
    "Het deel van de inwoners in deze wijk dat met justitie in aanraking komt is beperkt.",
    "Inwoners in deze wijk waarderen familielevens, vrije tijd, ouderschapstaken.",
    "Inwoners in deze wijk besteden wekelijks tijd aan vrijwilligerswerk.",
    "Inwoners in deze wijk ervaren support uit hun informele netwerk.",
    "Inwoners in deze wijk voelen zich deel van een familie/gezin.",
  ],
  inclusie: [
    "Inwoners in deze wijk hebben, binnen acceptabele afstand, toegang tot sportfaciliteiten.",
    "Inwoners in deze wijk hebben, binnen acceptabele afstand, toegang tot cultuurvoorzieningen.",
    "In deze wijk bekleden etnische minderhedengroepen functies in politiek, raden van bestuur en -toezicht.",
    "In deze wijk bekleden vrouwen functies in politiek, raden van bestuur en -toezicht.",
    "In deze wijk is de gemiddelde wachttijd voor sociale huisvesting beperkt.",
    "In deze wijk is de gemiddelde wachttijd tot zorg-, hulp- en dienstverlening (inclusief kinderopvang) beperkt.",
    "Deze wijk heeft door haar wegennetwerk en beschikbare OV een toegankelijke infrastructuur.",
    "In deze wijk is sprake van een onderlinge open houding",
    "Diversiteit zorgt in deze wijk voor interesse en nieuwsgierigheid in plaats van angst en afwijzing.",
    "In deze wijk is een sterk netwerk van formele en informele spelers in de sociale basis; professionals, vrijwilligers, inwoners en ervaringsdeskundigen kennen elkaar en werken goed samen.",
    "Inwoners voelen zich welkom bij algemene voorzieningen in deze wijk zoals bibliotheek, buurthuis, gezondheidscentrum en wijkcentrum.",
    "Ervaringsdeskundigen hebben in deze wijk een zichtbare positie in de sociale basis",
    "In deze wijk benutten inwoners hun stemrecht.",
    "In deze wijk ervaren inwoners dat zij gelijk behandeld worden in gelijke situaties.",
    "Inwoners in deze wijk hebben goed contact met mensen in de buurt.",
    "Inwoners in deze wijk voelen zich verbonden met anderen.",
    "Inwoners in deze wijk ontvangen steun van hun informele netwerk.",
    "Inwoners in deze wijk hebben goed contact met vrienden.",
  ],
  empowerment: [
    "De beroepsbevolking in deze wijk werkt onder een CAO.",
    "Inwoners van deze wijk kunnen (vrijwillige) werknemers gebruik maken van deskundigheidsbevordering.",
    "Werkgevers in deze wijk investeren in vitaal werknemerschap.",
    "In deze wijk is ruimte voor (culturele) zelforganisaties.",
    "Informatie van maatschappelijke voorzieningen in deze wijk wordt in meer talen aangeboden.",
    "Inwoners in deze wijk hebben toegang tot gratis juridische bijstand.",
    "Inwoners in deze wijk hebben toegang tot gratis media.",
    "Inwoners in deze wijk hebben toegang tot het internet.",
    "Inwoners en zelfstandig ondernemers (bijvoorbeeld kunstenaars en winkeliers) in deze wijk hebben ruimte om actief mee te denken en mee te beslissen (zeggenschap).",
    "Een deel van het budget van deze wijk wordt besteed aan de sociale basis.",
    "Een deel van het budget van deze wijk wordt besteed aan culturele activiteiten.",
    "Inwoners in deze wijk kunnen lezen en rekenen, of worden daarbij ondersteund.",
    "Inwoners in deze wijk zijn digitaal vaardig, of worden daarbij ondersteund.",
    "In deze wijk wordt geluisterd naar inwoners met andere inzichten.",
    "Deze wijk kent volop mogelijkheden voor bewoners om taken te vervullen waardoor zij van betekenis zijn.",
    "Er is in deze wijk aandacht en waardering voor elkaars talenten en inzet.",
    "In deze wijk weten inwoners hoe ze elkaar kunnen aanspreken en wie ze kunnen betrekken als dat nodig is.",
  ],
};

export const SCHEMA_B_ALGEMEEN: readonly string[] = [
  "Participatief te werken, dat wil zeggen er is op dit terrein zeggenschap en actieve betrokkenheid voor alle partijen, waaronder inwoners. Inwoners worden daartoe nadrukkelijk uitgenodigd en gefaciliteerd",
  "In te zetten op het bereiken van mensen die zich niet zelf melden.",
  "In dialoog de indicatoren bij deze voorwaarde te operationaliseren en prioriteren.",
  "Een sterk netwerk van formele en informele spelers te ondersteunen en duidelijkheid te creëren over de rol en invloed van alle actoren.",
  "Draagvlak te creëren én tijd te nemen om het participatief proces te organiseren.",
  "Te werken aan een goede samenwerkingsrelatie gebaseerd op gemeenschappelijke waarden, uitgangspunten en vertrouwen. Er is openheid over inhoud, proces en gedrag.",
  "Voldoende menskracht, geld, informatie etc. beschikbaar te stellen om participatief te werken.",
  "Openheid te bieden over inhoud, proces en gedrag.",
  "Vooraf duidelijkheid te creëren over de rol en invloed van alle actoren in de sociale basis. Periodiek en op basis van gesprekken met inwoners, vrijwilligers en professionals vast te stellen wat ertoe doet, hoe de stand van zaken is en hoe je dat met elkaar kunt realiseren.",
  "Periodiek en op basis van resultaten vast te stellen hoe de stand van zaken op dit gebied is*.",
];

export const SCHEMA_B_PER_VOORWAARDE: Record<VoorwaardeSlug, readonly string[]> = {
  zekerheid: [
    "Samen te werken tussen 'sociaal en fysiek'.",
    "Wijkshouwen te organiseren met inwoners (jong en oud), vrijwilligers, professionals en gemeenteambtenaren.",
    "Gemeentelijk armoedebeleid interactief op te stellen.",
    "Te voorzien in huiswerkbegeleiding dicht bij huis.",
    "Te voorzien in toegankelijke wijksteunpunten.",
  ],
  cohesie: [
    "Inzicht te krijgen in de wijk: wie, wat, waar en welk (sociaal) kapitaal is aanwezig.",
    "Netwerken van inwoners te betrekken, te verstevigen en uit te breiden.",
    "Hulpbronnen en voorzieningen (zoals verenigingen, kerken, dienstverlening en winkeliers, scholen, actieve bewoners) te betrekken en een steentje bij te laten dragen in de sociale basis.",
    "Contacten tussen inwoners te stimuleren. Zowel tussen mensen in een kwetsbare positie onderling (lotgenotencontact) als tussen actieve bewoners en groepen en de mensen die vanwege hun kwetsbare positie steun kunnen gebruiken.",
    "Wederkerigheid tussen inwoners te stimuleren.",
  ],
  inclusie: [
    "Stigmatisering tegen te gaan.",
    "Responsief te zijn en goed te luisteren naar inwoners, waardoor zij weinig drempels ervaren bij het vragen van ondersteuning.",
    "Actief te investeren in ervaringsdeskundigheid.",
    "Te investeren in betaalbaarheid, bereikbaarheid (fysiek maar ook telefonisch/online), beschikbaarheid, begrijpbaarheid en bruikbaarheid van voorzieningen.",
  ],
  empowerment: [
    "Waarderen, benutten en versterken kwaliteiten en talenten van inwoners.",
    "Actief te investeren in ervaringsdeskundigheid en ervaringswerkers",
    "Ruimte te creëren voor kritische tegengeluiden",
    "Mogelijkheden te bieden om te beslissen over zaken die de levensomstandigheden van inwoners direct raken.",
  ],
};

export const SCHEMA_B_MEETSUGGESTIES: Record<VoorwaardeSlug, readonly string[]> = {
  zekerheid: [
    "Leefbaarometer Home",
    "Waarstaatjegemeente.nl - cijfers en statistieken van gemeenten",
    "Huishoudinkomen in euro's",
    "Deprivatie-index (vragen met betrekking tot het zich kunnen veroorloven van essentiële uitgaven)",
    "Financiële mogelijkheid om voeding te betalen.",
    "Vragen over de eigen inschatting van de toereikendheid van het eigen inkomen.",
  ],
  cohesie: [
    "Vragen over vertrouwen (algemeen)",
    "Vragen over vertrouwen in de overheid",
    "Vragen over sociale netwerken",
    "Waarneming van sociaal conflict/sociale verschillen, spanningen",
  ],
  inclusie: [
    "Vragen over eigen inschatting/beleving van steun, toegang tot welzijn, zorg en eigen welzijn.",
    "Vragen over de mate waarin inwoners zich gehoord voelen door de lokale overheid.",
    "Vragen over frequentie van contacten met vrienden en familie.",
    "Vragen over samenlevingsvorm.",
    "Vragen over gebruik van stemrecht.",
    "Vragen over vakbondslidmaatschap.",
    "Vragen over de mate waarin inwoners zich buiten de samenleving geplaatst voelen.",
  ],
  empowerment: [
    "Hoogst voltooide opleiding (als indicator van cultureel kapitaal).",
    "Zelfevaluatie van gezondheid (als indicator van gezondheid).",
    "Vragen over de mate waarin mensen gevoel van regie over het eigen leven ervaren (zeggenschap).",
  ],
};
