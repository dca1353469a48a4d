import type { Catalogue } from "../catalogue.ts";
import type { bijlagen as nl } from "../nl/bijlagen.ts";

export const bijlagen = {
  "bijlage.kop": "Attachments",
  "bijlage.geen": "No attachments yet.",
  "bijlage.toevoegen": "Add an attachment",
  "bijlage.kopBij": "Attachments to ‘{titel}’",
  "bijlage.toevoegenBij": "Add an attachment to ‘{titel}’",
  "bijlage.bestand": "File",
  "bijlage.uitleg":
    "PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, WebP, CSV or text; at most {limiet} MB. Location and camera data are removed from photos.",
  "bijlage.titel": "Title (optional)",
  "bijlage.uploaden": "Upload",
  "bijlage.toegevoegd": "The attachment was added.",
  "bijlage.verwijderdMelding": "The attachment was removed.",
  "bijlage.verwijderen": "Remove",
  "bijlage.verwijderen.titel": "Remove attachment ‘{titel}’",
  "bijlage.verwijderen.gevolg":
    "The attachment disappears from this item, and the file is erased unless it is attached elsewhere. This cannot be undone; upload the file again if you want it back.",
  "bijlage.verwijderen.knop": "Yes, remove",
  "bijlage.kolom.naam": "Name",
  "bijlage.kolom.bij": "With",
  "bijlage.kolom.soort": "Type",
  "bijlage.kolom.grootte": "Size",
  "bijlage.kolom.door": "By",
  "bijlage.kolom.wanneer": "When",
  "bijlage.kolom.acties": "Actions",
  "bijlage.fout.teGroot": "The file is larger than {limiet} MB. Choose a smaller file.",
  "bijlage.fout.soort":
    "This kind of file cannot be attached. Choose a PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, WebP, CSV or text file.",
  "bijlage.fout.naamPastNiet":
    "The file's content does not match its name (the extension). Check that you chose the right file.",
  "bijlage.fout.afbeelding": "This image cannot be read, or it is too large.",
  "bijlage.fout.leeg": "The file is empty.",
  "bijlage.fout.geenBestand": "Choose a file.",
  "bijlage.fout.onleesbaar": "The file did not arrive properly. Please try again.",
  "bibliotheek.titel": "Documents: {naam}",
  "bibliotheek.uitleg":
    "Everything attached here and to the items beneath it, as far as you may see it.",
  "bibliotheek.geen": "There are no documents here yet.",
  "bibliotheek.link": "Documents",
  "bibliotheek.aantal_one": "{count} document",
  "bibliotheek.aantal_other": "{count} documents",
} satisfies Catalogue<typeof nl>;
