// Dutch texts of municipalities and their view of the social base.
export const gemeenten = {
  "gemeente.lijst": "Gemeenten",
  "gemeente.lijstUitleg":
    "De eerste leerkring doet mee aan alle sporen van het leertraject; de tweede leerkring aan de themabijeenkomsten.",
  "gemeente.geen": "Geen gemeenten in deze leerkring.",
  "gemeente.opvatting": "Opvatting van de sociale basis",
  "gemeente.aantalLeervragen": "Leervragen",
  "gemeente.visie": "Hoe deze gemeente naar de sociale basis kijkt",
  "gemeente.geenOpvatting":
    "De gemeente heeft haar opvatting van de sociale basis nog niet beschreven.",
  "gemeente.nietIngevuld": "Nog niet ingevuld",
  "gemeente.benaderingen": "Benaderingen van de sociale basis",
  "gemeente.visieBron":
    "Smalle en brede opvatting: De Sociale Basis: het investeren waard (2018). De vier benaderingen: Sterke beleidsinterventies, sterke sociale basis (Movisie, 2021).",
  "gemeente.visieOpgeslagen": "De visie op de sociale basis en de context zijn opgeslagen.",
  "gemeente.historie": "Hoe de visie veranderde",
  "gemeente.historieUitleg":
    "Elke keer dat de opvatting of de benaderingen veranderen, blijft de vorige stand hier staan: zo is te zien hoe de gemeente tijdens het leertraject anders naar de sociale basis ging kijken.",
  "gemeente.geenHistorie": "De visie is in Leerkring nog niet vastgelegd of gewijzigd.",
  "gemeente.historie.datum": "Vastgelegd op",
  "gemeente.historie.door": "Door",
  "gemeente.filters": "Gemeenten filteren",
  "gemeente.geenMetTag": "Geen gemeenten met deze context in deze leerkring.",
  "gemeente.contactpersonen": "Contactpersonen",
  "gemeente.contactUitleg":
    "Contactgegevens ziet alleen wie met deze mensen werkt: de projectleiders, de medewerkers van Movisie en de Werkplaatsen, de beheerder, de eigen gemeente en wie samen met hen aan de slag is.",
  "gemeente.geenContactpersonen": "Er zijn nog geen accounts voor deze gemeente.",
  "gemeente.leervragen": "Leervragen",
  "gemeente.geenLeervragen": "Deze gemeente heeft nog geen leervragen ingediend.",
  "gemeente.gastheer": "Gastheer van intervisie",
  "gemeente.nogNooitGastheer": "Deze gemeente was nog geen gastheer.",
  "gemeente.geenTrajecten": "Er loopt hier nog geen traject.",
  "opvatting.smal": "Smal",
  "opvatting.breed": "Breed",
  "opvatting.uitleg.smal":
    "Smalle opvatting: de sociale basis bestaat in principe uit de mensen en hun sociale verbanden.",
  "opvatting.uitleg.breed":
    "Brede opvatting: naast mensen en hun verbanden ook het wettelijke, beleidsmatige en professionele systeem, tot en met aanpalende velden als ruimtelijke ordening, onderwijs, sport en zorg.",
  "benadering.non-institutioneel": "Non-institutionele benadering",
  "benadering.halfdelijn": "Halfde-lijn benadering",
  "benadering.basisfunctioneel": "Basis-functionele benadering",
  "benadering.infrastructureel": "Infrastructurele benadering",
  "benadering.uitleg.non-institutioneel":
    "wat burgers onderling regelen; van waarde voor alle inwoners: erbij horen, bijdragen en kunnen terugvallen.",
  "benadering.uitleg.halfdelijn":
    "wat burgers en professionals (sociaal makelaars, opbouwwerkers, buurtcoaches) in buurten bouwen en onderhouden aan initiatieven en verbindingen.",
  "benadering.uitleg.basisfunctioneel":
    "vanuit problemen: wat moet er in de sociale basis zijn om functies als ontmoeting, lichte ondersteuning en informatie en advies te vervullen?",
  "benadering.uitleg.infrastructureel":
    "algemene, preventieve en curatieve voorzieningen en verbanden, van bibliotheek en vereniging tot voedselbank.",
} as const;
