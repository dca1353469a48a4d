// Dutch texts of the co-editor: toolbar, presence and connection state.
export const collab = {
  "collab.werkbalk": "Opmaak",
  "collab.kop2": "Kop",
  "collab.kop3": "Tussenkop",
  "collab.vet": "Vet",
  "collab.cursief": "Cursief",
  "collab.lijst": "Opsomming",
  "collab.genummerd": "Genummerde lijst",
  "collab.citaat": "Citaat",
  "collab.link": "Link",
  "collab.linkAdres": "Webadres van de link",
  "collab.linkToepassen": "Link toepassen",
  "collab.linkVerwijderen": "Link verwijderen",
  "collab.annuleren": "Annuleren",
  "collab.voetnoot": "Voetnoot",
  "collab.voetnootTekst": "Tekst van de voetnoot",
  "collab.voetnootToepassen": "Voetnoot toepassen",
  "collab.voetnootVerwijderen": "Voetnoot verwijderen",
  "collab.tabel": "Tabel invoegen",
  "collab.rijToevoegen": "Rij toevoegen",
  "collab.rijVerwijderen": "Rij verwijderen",
  "collab.kolomToevoegen": "Kolom toevoegen",
  "collab.kolomVerwijderen": "Kolom verwijderen",
  "collab.tabelVerwijderen": "Tabel verwijderen",
  "collab.sjabloon": "Begin met het sjabloon",
  "collab.ongedaanMaken": "Ongedaan maken",
  "collab.opnieuw": "Opnieuw",
  "collab.aanwezig": "Aanwezig ({aantal})",
  "collab.jij": "(jij)",
  "collab.leestMee": "leest mee",
  "collab.status.verbinden": "Verbinden…",
  "collab.status.verbonden": "Verbonden: je wijzigingen worden direct bewaard.",
  "collab.status.opnieuw":
    "Opnieuw verbinden… Je wijzigingen worden bewaard en verstuurd zodra je weer verbonden bent.",
  "collab.status.offline":
    "Offline: wijzigingen worden bewaard en verstuurd zodra je weer verbonden bent.",
  "collab.status.beeindigd": "Je sessie is beëindigd. Log opnieuw in om verder te schrijven.",
  "collab.fout.alleen-lezen": "Je kunt deze notities alleen lezen; je wijziging is niet bewaard.",
  "collab.fout.document-te-groot":
    "Het document is te groot geworden; je laatste wijziging is niet bewaard.",
  "collab.fout.bericht-te-groot":
    "Deze wijziging is te groot om in één keer te versturen. Plak een kleiner stuk.",
  "collab.fout.document-vol":
    "Er zijn al te veel mensen in dit document. Probeer het later opnieuw.",
  "collab.fout.te-veel-verzoeken": "Te veel verbindingen vanaf dit adres. Even wachten…",
  "collab.fout.geen-toegang":
    "Je hebt geen toegang meer tot dit document: je rechten zijn gewijzigd. Vraag de projectleider als dat niet klopt.",
  "collab.rechtenGewijzigd.view":
    "Je rechten zijn gewijzigd: je kunt dit document nu alleen lezen. Wat je al had getypt en bewaard is, blijft staan.",
  "collab.rechtenGewijzigd.edit": "Je rechten zijn gewijzigd: je kunt nu meeschrijven.",
  "collab.fout.algemeen":
    "Er ging iets mis met de verbinding. Je wijzigingen blijven in je browser bewaard.",
} as const;
