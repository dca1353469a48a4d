import { eq } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { praktijkvoorbeelden, trajecten } from "#db/schema.ts";

// The demo's practice examples: one published, from the start meeting and Hilversum's casework,
// and one concept of Haarlem. Illustrative (their texts say so): the source document names the
// casework, not what came of it.

const PUBLISHED = {
  title: "Een buurtkamer als gedeelde plek in Hilversum-Oost",
  summary:
    "Illustratief voorbeeld. Wijkteam, buurtkamer en maaltijdproject maakten samen afspraken over wie wat doet, en bewoners vinden de weg nu makkelijker.",
  body: [
    "Illustratief voorbeeld, gebaseerd op het lokale traject ‘Samen sterker in Hilversum-Oost’.",
    "Het wijkteam, de buurtkamer en het maaltijdproject werkten langs elkaar heen: bewoners werden doorverwezen van de een naar de ander. Na de startbijeenkomst spraken ze af één keer per maand samen in de buurtkamer te zitten.",
    "Wat werkte: vaste gezichten op een vaste plek, en vrijwilligers die zelf bepalen wat ze oppakken. De professionals van het wijkteam schuiven aan in plaats van het over te nemen.",
    "Wat ervoor nodig was: ruimte in de uren van het wijkteam, en een welzijnsorganisatie die de vrijwilligers ondersteunt zonder hun initiatief over te nemen.",
  ].join("\n\n"),
};

const CONCEPT = {
  title: "Bewoners kiezen zelf de opgaven voor Schalkwijk",
  summary: "Illustratief voorbeeld in concept.",
  body: [
    "Illustratief voorbeeld. Bewoners van Schalkwijk kiezen elk jaar drie opgaven voor hun wijk.",
    "Nog aan te vullen: wat het opleverde, en wat andere gemeenten ervan kunnen leren.",
  ].join("\n\n"),
};

export function seedDemoPraktijkvoorbeelden(
  tx: DbOrTx,
  ids: {
    hilversum: number;
    haarlem: number;
    samenwerken: number;
    inwoners: number;
    startId: number;
    writerId: number;
    memberId: number;
  },
  publishedAt: Date,
) {
  const hilversumTraject = tx
    .select({ id: trajecten.id })
    .from(trajecten)
    .where(eq(trajecten.organisationId, ids.hilversum))
    .get();
  tx.insert(praktijkvoorbeelden)
    .values([
      {
        slug: "buurtkamer-hilversum-oost",
        ...PUBLISHED,
        organisationId: ids.hilversum,
        themaId: ids.samenwerken,
        bijeenkomstId: ids.startId,
        trajectId: hilversumTraject?.id ?? null,
        status: "gepubliceerd",
        publishedTitle: PUBLISHED.title,
        publishedSummary: PUBLISHED.summary,
        publishedBody: PUBLISHED.body,
        firstPublishedAt: publishedAt,
        publishedAt,
        createdById: ids.writerId,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      },
      {
        slug: "bewoners-kiezen-opgaven-schalkwijk",
        ...CONCEPT,
        organisationId: ids.haarlem,
        themaId: ids.inwoners,
        createdById: ids.memberId,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      },
    ])
    .run();
}
