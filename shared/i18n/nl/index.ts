import { algemeen } from "./algemeen.ts";
import { start } from "./start.ts";
import { auth } from "./auth.ts";
import { audit } from "./audit.ts";
import { beheer } from "./beheer.ts";
import { bijeenkomsten } from "./bijeenkomsten.ts";
import { leervragen } from "./leervragen.ts";
import { gemeenten } from "./gemeenten.ts";
import { themas } from "./themas.ts";
import { aanDeSlag } from "./aan-de-slag.ts";
import { besluiten } from "./besluiten.ts";
import { datumprikker } from "./datumprikker.ts";
import { kring } from "./kring.ts";
import { partners } from "./partners.ts";
import { opvolging } from "./opvolging.ts";
import { apiSleutels } from "./api.ts";
import { zoeken } from "./zoeken.ts";
import { bijlagen } from "./bijlagen.ts";
import { monitor } from "./monitor.ts";
import { notities } from "./notities.ts";
import { collab } from "./collab.ts";
import { essays } from "./essays.ts";
import { gegevens } from "./gegevens.ts";
import { exporteren } from "./export.ts";
import { mail } from "./mail.ts";
import { meldingen } from "./meldingen.ts";
import { verklaringen } from "./verklaringen.ts";
import { vermeldingen } from "./vermeldingen.ts";
import { tweestaps } from "./tweestaps.ts";
import { volgen } from "./volgen.ts";
import { wijken } from "./wijken.ts";
import { uitdagingen } from "./uitdagingen.ts";
import { programma } from "./programma.ts";
import { rapportage } from "./rapportage.ts";
import { interventies } from "./interventies.ts";
import { praktijkvoorbeelden } from "./praktijkvoorbeelden.ts";
import { tags } from "./tags.ts";

// The Dutch catalogue, the source of every key: one file per feature (a key's first segment says
// which), merged into one namespace so that `t("zoeken.titel")` works on every page.
export const nl = {
  ...aanDeSlag,
  ...apiSleutels,
  ...besluiten,
  ...datumprikker,
  ...kring,
  ...partners,
  ...algemeen,
  ...audit,
  ...auth,
  ...beheer,
  ...bijeenkomsten,
  ...bijlagen,
  ...collab,
  ...essays,
  ...exporteren,
  ...gegevens,
  ...gemeenten,
  ...leervragen,
  ...mail,
  ...meldingen,
  ...monitor,
  ...notities,
  ...opvolging,
  ...start,
  ...themas,
  ...verklaringen,
  ...tweestaps,
  ...vermeldingen,
  ...volgen,
  ...wijken,
  ...uitdagingen,
  ...programma,
  ...rapportage,
  ...interventies,
  ...praktijkvoorbeelden,
  ...tags,
  ...zoeken,
};
