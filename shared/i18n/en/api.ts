import type { Catalogue } from "../catalogue.ts";
import type { apiSleutels as nl } from "../nl/api.ts";

export const apiSleutels = {
  "apiSleutel.nav": "API keys",
  "apiSleutel.titel": "API keys",
  "apiSleutel.uitleg":
    "A key gives another system read access to the JSON API (/api/v1, see docs/api.md). The key sees what a person with the chosen role at the chosen organisation sees on the pages, and only the parts chosen. The key itself is shown once and never again.",
  "apiSleutel.nieuw": "New key",
  "apiSleutel.veld.naam": "Name (what or who it is for)",
  "apiSleutel.veld.rechten": "Parts",
  "apiSleutel.veld.organisatie": "Sees as someone of",
  "apiSleutel.veld.rol": "With the role",
  "apiSleutel.scope.bijeenkomsten": "Meetings",
  "apiSleutel.scope.themas": "Themes",
  "apiSleutel.scope.essays": "Published essays",
  "apiSleutel.scope.monitor": "Shared monitor figures",
  "apiSleutel.maken": "Make key",
  "apiSleutel.gemaakt": "The key ‘{naam}’ has been made. Copy it now: it is not shown again.",
  "apiSleutel.sleutel": "Key",
  "apiSleutel.lijst": "Keys",
  "apiSleutel.geen": "There are no keys yet.",
  "apiSleutel.gemaaktOp": "Made",
  "apiSleutel.laatstGebruikt": "Last used",
  "apiSleutel.nooit": "never",
  "apiSleutel.status": "Status",
  "apiSleutel.actief": "active",
  "apiSleutel.ingetrokkenOp": "revoked on {datum}",
  "apiSleutel.intrekken": "Revoke",
  "apiSleutel.bevestigIntrekken":
    "The key ‘{naam}’ stops working: every request with it gets 401. This cannot be undone; make a new key if needed.",
  "apiSleutel.jaIntrekken": "Yes, revoke key ‘{naam}’",
  "apiSleutel.ingetrokken": "The key has been revoked.",
  "apiSleutel.nietGevonden": "This key does not exist or has already been revoked.",
} as const satisfies Catalogue<typeof nl>;
