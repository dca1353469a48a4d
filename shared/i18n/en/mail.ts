import type { Catalogue } from "../catalogue.ts";
import type { mail as nl } from "../nl/mail.ts";

export const mail = {
  "mail.bekijkInLeerkring": "View ‘{titel}’ in Leerkring",
  "mail.waaromDirect":
    "You receive this e-mail because you get notifications about {categorie} by e-mail straight away.",
  "mail.afmeldenCategorie": "No more e-mails about this",
  "mail.keuzesAanpassen": "Choose how you get notifications",
} as const satisfies Catalogue<typeof nl>;
