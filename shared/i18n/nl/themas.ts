// Dutch texts of themes.
export const themas = {
  "thema.lijst": "Thema's",
  "thema.lijstUitleg":
    "Op de bijeenkomst van 20 september in Amersfoort kozen de 13 gemeenten vier thema's; aan elk thema wordt een themabijeenkomst gewijd, met daarna een essay.",
  "thema.gekozen": "Gekozen thema's",
  "thema.voorgesteld": "Voorgestelde thema's",
  "thema.gekozenEnkel": "Gekozen thema",
  "thema.voorgesteldEnkel": "Voorgesteld thema",
  "thema.geen": "Geen thema's.",
  "thema.markeerGekozen": "Markeren als gekozen",
  "thema.terugNaarVoorgesteld": "Terugzetten naar voorgesteld",
  "thema.statusGewijzigd": "Het thema is bijgewerkt.",
  "thema.voorstellen": "Thema voorstellen",
  "thema.voorgesteldMelding": "Het thema is toegevoegd als voorstel.",
  "thema.bijeenkomsten": "Bijeenkomsten over dit thema",
  "thema.geenBijeenkomsten": "Er is nog geen bijeenkomst over dit thema.",
  "thema.leervragen": "Leervragen bij dit thema",
  "thema.geenLeervragen": "Er zijn nog geen leervragen bij dit thema.",
  "thema.essays": "Essays over dit thema",
  "thema.geenEssays": "Er is nog geen essay over dit thema gepubliceerd.",
} as const;
