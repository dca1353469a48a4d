// Nieuwe essays volgen per e-mail, zonder account (dubbele bevestiging).
export const volgen = {
  "volgen.titel": "Volg nieuwe essays per e-mail",
  "volgen.uitleg":
    "Krijg een e-mail als er een nieuw essay verschijnt. We gebruiken je adres alleen hiervoor: niet voor iets anders, en we geven het aan niemand.",
  "volgen.adres": "Je e-mailadres",
  "volgen.versturen": "Volgen",
  "volgen.verstuurd":
    "Bijna klaar: als dit adres nog niet volgt, staat er nu een e-mail met een bevestigingslink in je inbox. Pas na die bevestiging sturen we nieuwe essays.",
  "volgen.teVeel": "Te veel aanmeldingen vanaf dit adres. Probeer het over een uur opnieuw.",
  "volgen.mail.onderwerp": "Bevestig dat je nieuwe essays van Leerkring wilt volgen",
  "volgen.mail.tekst":
    "Iemand, hopelijk jij, wil met dit adres nieuwe essays van Leerkring per e-mail ontvangen. Bevestig dat met de link hieronder. Was jij het niet, dan hoef je niets te doen: zonder bevestiging sturen we niets.",
  "volgen.mail.knop": "Bevestig dat je nieuwe essays wilt volgen",
  "volgen.mail.waarom":
    "Je krijgt deze e-mail omdat dit adres is opgegeven op de essaypagina van Leerkring. We gebruiken het nergens anders voor.",
  "volgen.bevestigen.titel": "Nieuwe essays volgen",
  "volgen.bevestigen.vraag": "Wil je met dit adres nieuwe essays per e-mail ontvangen?",
  "volgen.bevestigen.knop": "Ja, stuur me nieuwe essays",
  "volgen.bevestigen.klaar":
    "Bevestigd. Je krijgt een e-mail als er een nieuw essay verschijnt; in elke e-mail staat een link om te stoppen.",
  "volgen.bevestigen.ongeldig":
    "Deze bevestigingslink werkt niet (meer). Meld je opnieuw aan op de essaypagina.",
  "volgen.naarEssays": "Naar de essays",
} as const;
