import { eq } from "drizzle-orm";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import type { DbOrTx } from "#db/client.ts";
import { documentVersions, essayAuteurs, essays, tagKoppelingen } from "#db/schema.ts";
import { tagIds } from "./tags.ts";
import { insertDemoDocument, listItem as item, paragraph as p } from "./documents.ts";

// The demo's one published essay: written after the start meeting, where the 13 municipalities
// chose their four themes. Its text is illustrative, drawing on the source document; it names no
// date, because the demo season moves with the calendar (db/seed.ts).

const BODY: ProseMirrorJSON = {
  type: "doc",
  content: [
    p(
      "Bij de startbijeenkomst kwamen vertegenwoordigers van dertien gemeenten in Amersfoort bijeen om het landelijk leertraject Versterken van de Sociale Basis te beginnen. Zij kozen vier thema's om het komende jaar samen uit te diepen.",
    ),
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "De vier thema's" }] },
    {
      type: "orderedList",
      attrs: { start: 1 },
      content: [
        item("Samenwerken in vertrouwen"),
        item("Zichtbaar maken en meten resultaten"),
        item("Inwoners betrekken"),
        item("Het hoe en wat van sociale steunstructuren"),
      ],
    },
    p(
      "Daarnaast vroegen verschillende gemeenten hoe zij inwoners bereiken die zij nu niet bereiken, maar die wel baat hebben bij voorzieningen en diensten. Dat is voorgesteld als vijfde thema.",
    ),
    {
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: "Een gezamenlijk vertrekpunt" }],
    },
    p(
      "Gemeenten vullen de sociale basis verschillend in: voor de een zijn het vooral de mensen en hun verbanden, voor de ander ook het hele stelsel van beleid en voorzieningen. Onomstreden is dat het gaat om de wisselwerking tussen formele organisaties en informele verbanden van inwoners.",
    ),
    {
      type: "blockquote",
      content: [
        p(
          "Een sociale basis is er niet alleen om vraagstukken op te lossen, maar draagt bij aan de kwaliteit van samenleven: het investeren waard.",
        ),
      ],
    },
    p(
      "In de themabijeenkomsten en de intervisie gaan de gemeenten met elkaar, met Movisie en met de Werkplaatsen aan de slag met deze vragen. Na elke themabijeenkomst volgt een essay zoals dit.",
    ),
  ],
};

export function seedDemoEssay(
  tx: DbOrTx,
  input: { bijeenkomstId: number; authorIds: number[]; publishedAt: Date },
): void {
  const title = "Vier thema's voor een sterke sociale basis";
  const summary =
    "Wat dertien gemeenten bij de start in Amersfoort kozen om samen te leren, en waarom de sociale basis het investeren waard is.";
  const essay = tx
    .insert(essays)
    .values({
      bijeenkomstId: input.bijeenkomstId,
      slug: "vier-themas-voor-een-sterke-sociale-basis",
      title,
      summary,
    })
    .returning({ id: essays.id })
    .get();
  const { state, rendered } = insertDemoDocument(
    tx,
    essayDocumentName(essay.id),
    BODY,
    input.publishedAt,
  );
  const version = tx
    .insert(documentVersions)
    .values({
      documentName: essayDocumentName(essay.id),
      kind: "benoemd",
      label: "Gepubliceerd",
      state: Buffer.from(state),
      html: rendered.html,
      text: rendered.text,
      createdById: input.authorIds[0] ?? null,
      createdAt: input.publishedAt,
    })
    .returning({ id: documentVersions.id })
    .get();
  tx.update(essays)
    .set({
      status: "gepubliceerd",
      publishedVersionId: version.id,
      publishedTitle: title,
      publishedSummary: summary,
      publishedJson: JSON.stringify(rendered.json),
      publishedHtml: rendered.html,
      publishedText: rendered.text,
      firstPublishedAt: input.publishedAt,
      publishedAt: input.publishedAt,
    })
    .where(eq(essays.id, essay.id))
    .run();
  tx.insert(essayAuteurs)
    .values(input.authorIds.map((userId) => ({ essayId: essay.id, userId })))
    .run();
  // Illustrative tags: what the start meeting's essay is about.
  const tagged = [
    ...tagIds(tx, "opgave", ["eenzaamheid"]),
    ...tagIds(tx, "beleidsveld", ["wmo", "ruimtelijke-ordening"]),
  ];
  for (const tagId of tagged) {
    tx.insert(tagKoppelingen).values({ tagId, ownerKind: "essay", essayId: essay.id }).run();
  }
}
