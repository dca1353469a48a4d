// The tags the source documents use, in three families. Movisie & Werkplaatsen Sociaal Domein
// (2018), "De Sociale Basis: het investeren waard" (seed 000), "Het effectief aanpakken van oude
// en nieuwe sociale problemen" (the social problems), the paragraph on narrow and broad
// conceptions of the social basis (the adjacent policy fields) and the trajectory's
// municipalities (G-40, "plattelandskenmerken", "een klein dorp in een krimpregio",
// "grootstedelijke contexten"). Names are Dutch, as the users say them; English labels are in
// the catalogue (tag.label.<slug>). Staff add and retire tags at /tags.

export const tagFamilies = ["opgave", "beleidsveld", "context"] as const;
export type TagFamily = (typeof tagFamilies)[number];

export const START_TAGS: Record<TagFamily, readonly { slug: string; name: string }[]> = {
  opgave: [
    { slug: "armoede", name: "armoede" },
    { slug: "schulden", name: "schulden" },
    { slug: "eenzaamheid", name: "eenzaamheid" },
    { slug: "segregatie", name: "segregatie" },
    { slug: "polarisatie", name: "polarisatie" },
    { slug: "superdiversiteit", name: "superdiversiteit" },
  ],
  beleidsveld: [
    { slug: "wmo", name: "Wmo" },
    { slug: "jeugdwet", name: "Jeugdwet" },
    { slug: "participatiewet", name: "Participatiewet" },
    { slug: "ruimtelijke-ordening", name: "ruimtelijke ordening" },
    { slug: "onderwijs", name: "onderwijs" },
    { slug: "veiligheid", name: "veiligheid" },
    { slug: "cultuur", name: "cultuur" },
    { slug: "sport", name: "sport" },
    { slug: "zorg", name: "zorg" },
    { slug: "huisartszorg", name: "huisartszorg" },
  ],
  context: [
    { slug: "g40", name: "G40" },
    { slug: "plattelandsgemeente", name: "plattelandsgemeente" },
    { slug: "krimpregio", name: "krimpregio" },
    { slug: "grootstedelijk", name: "grootstedelijk" },
  ],
};
