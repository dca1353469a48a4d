// Dutch texts of the API keys (/beheer/api-sleutels) and the API's errors.
export const apiSleutels = {
  "apiSleutel.nav": "API-sleutels",
  "apiSleutel.titel": "API-sleutels",
  "apiSleutel.uitleg":
    "Een sleutel geeft een ander systeem leestoegang tot de JSON-API (/api/v1, zie docs/api.md). De sleutel ziet wat een persoon met de gekozen rol bij de gekozen organisatie op de pagina's ziet, en alleen de gekozen onderdelen. De sleutel zelf wordt één keer getoond en daarna nooit meer.",
  "apiSleutel.nieuw": "Nieuwe sleutel",
  "apiSleutel.veld.naam": "Naam (waarvoor of voor wie)",
  "apiSleutel.veld.rechten": "Onderdelen",
  "apiSleutel.veld.organisatie": "Kijkt als iemand van",
  "apiSleutel.veld.rol": "Met de rol",
  "apiSleutel.scope.bijeenkomsten": "Bijeenkomsten",
  "apiSleutel.scope.themas": "Thema's",
  "apiSleutel.scope.essays": "Gepubliceerde essays",
  "apiSleutel.scope.monitor": "Gedeelde cijfers van de monitor",
  "apiSleutel.maken": "Sleutel maken",
  "apiSleutel.gemaakt":
    "De sleutel ‘{naam}’ is gemaakt. Kopieer hem nu: hij wordt niet nog eens getoond.",
  "apiSleutel.sleutel": "Sleutel",
  "apiSleutel.lijst": "Sleutels",
  "apiSleutel.geen": "Er zijn nog geen sleutels.",
  "apiSleutel.gemaaktOp": "Gemaakt",
  "apiSleutel.laatstGebruikt": "Laatst gebruikt",
  "apiSleutel.nooit": "nooit",
  "apiSleutel.status": "Status",
  "apiSleutel.actief": "actief",
  "apiSleutel.ingetrokkenOp": "ingetrokken op {datum}",
  "apiSleutel.intrekken": "Intrekken",
  "apiSleutel.bevestigIntrekken":
    "De sleutel ‘{naam}’ werkt daarna niet meer: elke aanvraag ermee krijgt 401. Dit kan niet ongedaan worden gemaakt; maak zo nodig een nieuwe sleutel.",
  "apiSleutel.jaIntrekken": "Ja, sleutel ‘{naam}’ intrekken",
  "apiSleutel.ingetrokken": "De sleutel is ingetrokken.",
  "apiSleutel.nietGevonden": "Deze sleutel bestaat niet of is al ingetrokken.",
} as const;
