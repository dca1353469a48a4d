import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { getDb } from "#db/client.ts";
import { doneOnce, documents, essays, notifications } from "#db/schema.ts";
import { createBijeenkomst, createThema } from "#tests/factories.ts";
import { eventually, openEditor, type Editor } from "#tests/setup/collab.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// @mentions: the suggestion list offers only people who may read the document, and a mention
// typed into the shared document over a real socket notifies a permitted person once, and a
// person who may not read the document never.

const app = startTestApp({ collab: { compactIntervalMs: 50 } });

const tag = Math.random().toString(36).slice(2, 8);

/** A concept essay: writers (medewerkers) read and write it, participants do not see it. */
async function conceptEssay() {
  const thema = createThema({ name: `Thema ${tag} ${Math.random().toString(36).slice(2, 6)}` });
  const meeting = createBijeenkomst({
    kind: "thema",
    themaId: thema.id,
    startsAt: new Date(Date.now() - 7_200_000),
  });
  const leader = await signedIn(app, { role: "projectleider" });
  await leader.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "gehouden" });
  return getDb().select().from(essays).where(eq(essays.bijeenkomstId, meeting.id)).get()!;
}

async function people() {
  const tag = Math.random().toString(36).slice(2, 8);
  const writer = await signedIn(app, { role: "medewerker", name: `Wim Schrijver ${tag}` });
  const colleague = await signedIn(app, { role: "medewerker", name: `Vera Vermeld ${tag}` });
  const outsider = await signedIn(app, { role: "deelnemer", name: `Victor Vermeld ${tag}` });
  return { writer, colleague, outsider, tag };
}

const ask = (client: Client, document: string, q: string) =>
  client.get(
    `/api/vermeldbaar?document=${encodeURIComponent(document)}&q=${encodeURIComponent(q)}`,
  );

/** Appends a paragraph with text and mentions, as the browser editor writes it. */
function typeMentions(editor: Editor, text: string, mentioned: { id: number; name: string }[]) {
  const fragment = editor.doc.getXmlFragment(FRAGMENT);
  const paragraph = new Y.XmlElement("paragraph");
  const children: (Y.XmlText | Y.XmlElement)[] = [new Y.XmlText(text)];
  for (const person of mentioned) {
    const mention = new Y.XmlElement("mention");
    mention.setAttribute("id", String(person.id));
    mention.setAttribute("label", person.name);
    children.push(mention, new Y.XmlText(" "));
  }
  paragraph.insert(0, children);
  fragment.insert(fragment.length, [paragraph]);
}

const storedText = (name: string) =>
  getDb().select({ text: documents.text }).from(documents).where(eq(documents.name, name)).get()
    ?.text ?? "";

const mentionNotifications = (userId: number) =>
  getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.category, "vermeldingen")))
    .all();

describe("the suggestion list (/api/vermeldbaar)", () => {
  it("offers only people who may read the document, never the asker", async () => {
    const essay = await conceptEssay();
    const { writer, colleague, outsider, tag } = await people();
    const response = await ask(writer.client, essayDocumentName(essay.id), `Vermeld ${tag}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const { people: offered } = (await response.json()) as { people: { id: number }[] };
    expect(offered.map((p) => p.id)).toEqual([colleague.user.id]);
    expect(offered.map((p) => p.id)).not.toContain(outsider.user.id);

    const self = await ask(writer.client, essayDocumentName(essay.id), `Schrijver ${tag}`);
    expect(((await self.json()) as { people: unknown[] }).people).toEqual([]);
  });

  it("treats % and _ in the query as letters, not as wildcards", async () => {
    const essay = await conceptEssay();
    const { writer } = await people();
    const response = await ask(writer.client, essayDocumentName(essay.id), "%");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { people: unknown[] }).people).toEqual([]);
  });

  it("refuses a document the asker may not read, one that does not exist, and bad questions", async () => {
    const essay = await conceptEssay();
    const { outsider, writer } = await people();
    expect((await ask(outsider.client, essayDocumentName(essay.id), "")).status).toBe(403);
    expect((await ask(writer.client, "essay:987654321", "")).status).toBe(404);
    expect((await ask(writer.client, "onbekend:1", "")).status).toBe(404);
    expect((await writer.client.get("/api/vermeldbaar")).status).toBe(400);
    expect((await ask(writer.client, "../../etc/passwd", "")).status).toBe(400);
    expect((await ask(writer.client, essayDocumentName(essay.id), "x".repeat(51))).status).toBe(
      400,
    );
    const anonymous = await ask(new Client(app), essayDocumentName(essay.id), "");
    expect(anonymous.status).toBe(401);
  });
});

describe("a mention typed into a document", () => {
  it("notifies a person who may read it once, and one who may not never", async () => {
    const essay = await conceptEssay();
    const { writer, colleague, outsider } = await people();
    const name = essayDocumentName(essay.id);
    const editor = await openEditor(app, writer.client.cookieHeader, name);
    typeMentions(editor, `Vraag ${tag} voor `, [
      { id: colleague.user.id, name: colleague.user.name },
      { id: outsider.user.id, name: outsider.user.name },
      { id: writer.user.id, name: writer.user.name },
    ]);
    await eventually(() => editor.provider.pendingCount === 0);
    // Processed when the engine stores the text (compaction, here every 50 ms).
    await eventually(() => mentionNotifications(colleague.user.id).length > 0);
    expect(storedText(name)).toContain(`@${colleague.user.name}`);

    const [news] = mentionNotifications(colleague.user.id);
    expect(news).toMatchObject({
      kind: "vermeldingen.melding.genoemd",
      link: `/essays/${essay.slug}/schrijven`,
      params: { wie: writer.user.name, document: essay.title },
    });

    // A later change, stored again, with the mention still there: no second notification.
    typeMentions(editor, `Nog een alinea ${tag}-2 voor `, [
      { id: colleague.user.id, name: colleague.user.name },
    ]);
    await eventually(() => editor.provider.pendingCount === 0);
    await eventually(() => storedText(name).includes(`${tag}-2`));
    editor.close();

    expect(mentionNotifications(colleague.user.id)).toHaveLength(1);
    // The outsider may not read the concept: the mention is not delivered, and the writer is
    // told so (once, though the text was stored twice); mentioning oneself is no news.
    expect(mentionNotifications(outsider.user.id)).toHaveLength(0);
    expect(mentionNotifications(writer.user.id)).toMatchObject([
      {
        kind: "vermeldingen.melding.geweigerd",
        params: { naam: outsider.user.name, document: essay.title },
      },
    ]);
    expect(
      getDb()
        .select()
        .from(doneOnce)
        .where(like(doneOnce.key, `vermelding:${name}:%`))
        .all()
        .map((row) => row.key)
        .sort(),
    ).toEqual(
      [`vermelding:${name}:${colleague.user.id}`, `vermelding:${name}:${writer.user.id}`].sort(),
    );
  });
});
