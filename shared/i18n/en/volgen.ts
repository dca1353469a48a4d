import type { Catalogue } from "../catalogue.ts";
import type { volgen as nl } from "../nl/volgen.ts";

export const volgen = {
  "volgen.titel": "Follow new essays by e-mail",
  "volgen.uitleg":
    "Get an e-mail when a new essay is published. We use your address for this only: for nothing else, and we give it to nobody.",
  "volgen.adres": "Your e-mail address",
  "volgen.versturen": "Follow",
  "volgen.verstuurd":
    "Almost done: if this address does not follow yet, an e-mail with a confirmation link is now in your inbox. We send new essays only after you confirm.",
  "volgen.teVeel": "Too many sign-ups from this address. Please try again in an hour.",
  "volgen.mail.onderwerp": "Confirm that you want to follow new essays from Leerkring",
  "volgen.mail.tekst":
    "Someone, hopefully you, wants to receive new essays from Leerkring at this address. Confirm with the link below. If it was not you, do nothing: without confirmation we send nothing.",
  "volgen.mail.knop": "Confirm that you want to follow new essays",
  "volgen.mail.waarom":
    "You get this e-mail because this address was entered on Leerkring's essays page. We use it for nothing else.",
  "volgen.bevestigen.titel": "Follow new essays",
  "volgen.bevestigen.vraag": "Do you want to receive new essays by e-mail at this address?",
  "volgen.bevestigen.knop": "Yes, send me new essays",
  "volgen.bevestigen.klaar":
    "Confirmed. You will get an e-mail when a new essay is published; every e-mail has a link to stop.",
  "volgen.bevestigen.ongeldig":
    "This confirmation link does not work (any more). Sign up again on the essays page.",
  "volgen.naarEssays": "To the essays",
} satisfies Catalogue<typeof nl>;
