// Dutch texts of the mails Leerkring sends (their layout: app/mail/template.tsx).
export const mail = {
  "mail.bekijkInLeerkring": "‘{titel}’ bekijken in Leerkring",
  "mail.waaromDirect":
    "Je krijgt deze e-mail omdat je meldingen over {categorie} direct per e-mail ontvangt.",
  "mail.afmeldenCategorie": "Geen e-mails meer over dit onderwerp",
  "mail.keuzesAanpassen": "Kies hoe je meldingen krijgt",
} as const;
