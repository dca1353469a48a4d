import type { Catalogue } from "../catalogue.ts";
import type { collab as nl } from "../nl/collab.ts";

export const collab = {
  "collab.werkbalk": "Formatting",
  "collab.kop2": "Heading",
  "collab.kop3": "Subheading",
  "collab.vet": "Bold",
  "collab.cursief": "Italic",
  "collab.lijst": "Bulleted list",
  "collab.genummerd": "Numbered list",
  "collab.citaat": "Quote",
  "collab.link": "Link",
  "collab.linkAdres": "Web address of the link",
  "collab.linkToepassen": "Apply link",
  "collab.linkVerwijderen": "Remove link",
  "collab.annuleren": "Cancel",
  "collab.voetnoot": "Footnote",
  "collab.voetnootTekst": "Text of the footnote",
  "collab.voetnootToepassen": "Apply footnote",
  "collab.voetnootVerwijderen": "Remove footnote",
  "collab.tabel": "Insert table",
  "collab.rijToevoegen": "Add row",
  "collab.rijVerwijderen": "Delete row",
  "collab.kolomToevoegen": "Add column",
  "collab.kolomVerwijderen": "Delete column",
  "collab.tabelVerwijderen": "Delete table",
  "collab.sjabloon": "Start from the template",
  "collab.ongedaanMaken": "Undo",
  "collab.opnieuw": "Redo",
  "collab.aanwezig": "Present ({aantal})",
  "collab.jij": "(you)",
  "collab.leestMee": "reading along",
  "collab.status.verbinden": "Connecting…",
  "collab.status.verbonden": "Connected: your changes are saved right away.",
  "collab.status.opnieuw":
    "Reconnecting… Your changes are kept and sent as soon as you are connected again.",
  "collab.status.offline": "Offline: changes are kept and sent as soon as you are connected again.",
  "collab.status.beeindigd": "Your session has ended. Log in again to continue writing.",
  "collab.fout.alleen-lezen": "You can only read these notes; your change was not saved.",
  "collab.fout.document-te-groot":
    "The document has become too large; your last change was not saved.",
  "collab.fout.bericht-te-groot": "This change is too large to send at once. Paste a smaller part.",
  "collab.fout.document-vol": "Too many people are in this document. Try again later.",
  "collab.fout.te-veel-verzoeken": "Too many connections from this address. Waiting…",
  "collab.fout.geen-toegang":
    "You no longer have access to this document: your rights changed. Ask the project leader if that is wrong.",
  "collab.rechtenGewijzigd.view":
    "Your rights changed: you can now only read this document. What you typed and was saved stays.",
  "collab.rechtenGewijzigd.edit": "Your rights changed: you can now write along.",
  "collab.fout.algemeen":
    "Something went wrong with the connection. Your changes stay saved in your browser.",
} satisfies Catalogue<typeof nl>;
