// Dutch texts of attachments and the document library.
export const bijlagen = {
  "bijlage.kop": "Bijlagen",
  "bijlage.geen": "Nog geen bijlagen.",
  "bijlage.toevoegen": "Bijlage toevoegen",
  "bijlage.kopBij": "Bijlagen bij ‘{titel}’",
  "bijlage.toevoegenBij": "Bijlage toevoegen bij ‘{titel}’",
  "bijlage.bestand": "Bestand",
  "bijlage.uitleg":
    "PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, WebP, CSV of tekst; hoogstens {limiet} MB. Van foto's halen we locatie- en cameragegevens weg.",
  "bijlage.titel": "Titel (niet verplicht)",
  "bijlage.uploaden": "Uploaden",
  "bijlage.toegevoegd": "De bijlage is toegevoegd.",
  "bijlage.verwijderdMelding": "De bijlage is verwijderd.",
  "bijlage.verwijderen": "Verwijderen",
  "bijlage.verwijderen.titel": "Bijlage ‘{titel}’ verwijderen",
  "bijlage.verwijderen.gevolg":
    "De bijlage verdwijnt bij dit onderdeel, en het bestand wordt gewist als het nergens anders bijgevoegd is. Dit kun je niet ongedaan maken; upload het bestand opnieuw als je het terug wilt.",
  "bijlage.verwijderen.knop": "Ja, verwijderen",
  "bijlage.kolom.naam": "Naam",
  "bijlage.kolom.bij": "Bij",
  "bijlage.kolom.soort": "Soort",
  "bijlage.kolom.grootte": "Grootte",
  "bijlage.kolom.door": "Door",
  "bijlage.kolom.wanneer": "Wanneer",
  "bijlage.kolom.acties": "Acties",
  "bijlage.fout.teGroot": "Het bestand is groter dan {limiet} MB. Kies een kleiner bestand.",
  "bijlage.fout.soort":
    "Dit soort bestand kan niet als bijlage. Kies een PDF-, Word-, Excel-, PowerPoint-, ODT-, PNG-, JPEG-, WebP-, CSV- of tekstbestand.",
  "bijlage.fout.naamPastNiet":
    "De inhoud van het bestand past niet bij de naam ervan (de extensie). Controleer of je het goede bestand koos.",
  "bijlage.fout.afbeelding": "Deze afbeelding kunnen we niet lezen, of ze is te groot.",
  "bijlage.fout.leeg": "Het bestand is leeg.",
  "bijlage.fout.geenBestand": "Kies een bestand.",
  "bijlage.fout.onleesbaar": "Het bestand kwam niet goed aan. Probeer het opnieuw.",
  "bibliotheek.titel": "Documenten: {naam}",
  "bibliotheek.uitleg":
    "Alles wat hier en bij de onderdelen eronder is bijgevoegd, voor zover je het mag zien.",
  "bibliotheek.geen": "Er zijn hier nog geen documenten.",
  "bibliotheek.link": "Documenten",
  "bibliotheek.aantal_one": "{count} document",
  "bibliotheek.aantal_other": "{count} documenten",
} as const;
