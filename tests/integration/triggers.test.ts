import { eq } from "drizzle-orm";
import { mailContent } from "#app/mail/outbox.server.ts";
import { describe, expect, it } from "vitest";
import { addLogEntry } from "#app/aan-de-slag/trajecten.server.ts";
import { addEssayComment, requestReview, resolveEssayComment } from "#app/essays/essays.server.ts";
import {
  addComment,
  changeStatus,
  planOnMeeting,
  recordOutcome,
} from "#app/leervragen/leervragen.server.ts";
import { getDb } from "#db/client.ts";
import {
  deelnames,
  essayAuteurs,
  essayOpmerkingen,
  essays,
  leervraagReacties,
  mailOutbox,
  notificationPreferences,
  notifications,
  trajectLeden,
  trajecten,
} from "#db/schema.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createUser,
} from "#tests/factories.ts";

// Who hears of what: each trigger of learning questions, essays and casework, called as the
// routes call it, and the notifications and outbox rows it leaves — a matrix of event × role.

const newsOf = (userId: number) =>
  getDb().select().from(notifications).where(eq(notifications.userId, userId)).all();
const mailsTo = (userId: number) =>
  getDb()
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.userId, userId))
    .all()
    .map((row) => ({ ...row, ...mailContent(row) }));
const kindsOf = (userId: number) => newsOf(userId).map((n) => n.kind);

/** Clears what earlier steps left, so each step's news is seen on its own. */
function forget() {
  getDb().delete(notifications).run();
  getDb().delete(mailOutbox).run();
}

/**
 * An intervision learning question of a first-circle municipality, and around it one person per
 * role the matrix asks about.
 */
async function intervisionQuestion(
  werkvormen: ("intervisie" | "themabijeenkomst")[] = ["intervisie"],
) {
  const gemeente = createOrganisation({ circle: 1 });
  const submitter = await createUser({ organisationId: gemeente.id, name: "Ina Indiener" });
  const colleague = await createUser({ organisationId: gemeente.id, name: "Cor Collega" });
  const inactive = await createUser({ organisationId: gemeente.id, active: false });
  const leader = await createUser({ role: "projectleider", name: "Pim Projectleider" });
  const firstCircle = await createUser({ organisationId: createOrganisation({ circle: 1 }).id });
  const secondCircle = await createUser({ organisationId: createOrganisation({ circle: 2 }).id });
  const bystander = await createUser({ organisationId: createOrganisation({ circle: 1 }).id });
  const q = createLeervraag({
    organisationId: gemeente.id,
    submittedById: submitter.id,
    title: "Samen de wijk in",
    werkvormen,
  });
  return {
    gemeente,
    submitter,
    colleague,
    inactive,
    leader,
    firstCircle,
    secondCircle,
    bystander,
    q,
  };
}

describe("learning-question news", () => {
  it("reaches the members of its municipality when planned, moved on and given an outcome; never the one who did it", async () => {
    const p = await intervisionQuestion();
    const meeting = createBijeenkomst({ title: "Intervisie maart" });
    forget();

    expect(planOnMeeting(p.q.id, meeting.id, p.leader)).toBe("planned");
    for (const member of [p.submitter, p.colleague]) {
      expect(kindsOf(member.id)).toEqual(["leervraag.melding.ingepland"]);
      expect(mailsTo(member.id)[0]!.subject).toBe("Leervraag op de agenda: Samen de wijk in");
      expect(mailsTo(member.id)[0]!.text).toContain("‘Intervisie maart’");
    }
    for (const other of [p.leader, p.inactive, p.firstCircle, p.secondCircle, p.bystander])
      expect(newsOf(other.id)).toEqual([]);

    forget();
    expect(changeStatus(p.q.id, "besproken", p.leader)).toBe("changed");
    expect(kindsOf(p.colleague.id)).toEqual(["leervraag.melding.status"]);
    expect(mailsTo(p.colleague.id)[0]!.text).toContain(
      "Pim Projectleider heeft de status van de leervraag ‘Samen de wijk in’ gewijzigd van ‘Ingepland’ naar ‘Besproken’.",
    );
    expect(newsOf(p.leader.id)).toEqual([]);
    expect(newsOf(p.inactive.id)).toEqual([]);

    forget();
    recordOutcome(p.q.id, { outcome: "Wijkteams", followUp: "Terugkomen" }, p.leader);
    expect(kindsOf(p.submitter.id)).toEqual(["leervraag.melding.uitkomst"]);
    // The outcome is confidential: the mail says that it is recorded, not what it is.
    expect(mailsTo(p.submitter.id)[0]!.text).not.toContain("Wijkteams");
    expect(newsOf(p.firstCircle.id)).toEqual([]);

    // A member who moves the question on does not hear of it; their colleague does.
    forget();
    expect(changeStatus(p.q.id, "afgerond", p.submitter)).toBe("changed");
    expect(newsOf(p.submitter.id)).toEqual([]);
    expect(kindsOf(p.colleague.id)).toEqual(["leervraag.melding.status"]);
    expect(kindsOf(p.leader.id)).toEqual([]);
  });

  it("of a comment reaches the municipality and earlier commenters who may read it, not a second circle that may not", async () => {
    const p = await intervisionQuestion();
    for (const earlier of [p.firstCircle, p.secondCircle])
      getDb()
        .insert(leervraagReacties)
        .values({ leervraagId: p.q.id, userId: earlier.id, body: "Eerder" })
        .run();
    forget();

    expect(addComment(p.q.id, p.leader, "Goede vraag.")).toBe("added");
    for (const hears of [p.submitter, p.colleague, p.firstCircle])
      expect(kindsOf(hears.id)).toEqual(["leervraag.melding.reactie"]);
    // The second circle may not read an intervision casus, so hears nothing of the question.
    for (const not of [p.leader, p.secondCircle, p.inactive, p.bystander])
      expect(newsOf(not.id)).toEqual([]);

    // The commenter who commented before does not hear of their own new comment.
    forget();
    expect(addComment(p.q.id, p.firstCircle, "Nog iets.")).toBe("added");
    expect(newsOf(p.firstCircle.id)).toEqual([]);
    expect(kindsOf(p.leader.id)).toEqual(["leervraag.melding.reactie"]);
  });

  it("of a question for theme meetings reaches a second-circle commenter: they may read it", async () => {
    const p = await intervisionQuestion(["themabijeenkomst"]);
    getDb()
      .insert(leervraagReacties)
      .values({ leervraagId: p.q.id, userId: p.secondCircle.id, body: "Eerder" })
      .run();
    forget();
    expect(addComment(p.q.id, p.colleague, "Dank!")).toBe("added");
    expect(kindsOf(p.secondCircle.id)).toEqual(["leervraag.melding.reactie"]);
    expect(kindsOf(p.submitter.id)).toEqual(["leervraag.melding.reactie"]);
    expect(newsOf(p.colleague.id)).toEqual([]);
  });

  it("mentions once, as a mention, only people who may read the question; anyone else is refused with nothing saved", async () => {
    const p = await intervisionQuestion();
    forget();
    const comments = () =>
      getDb()
        .select()
        .from(leervraagReacties)
        .where(eq(leervraagReacties.leervraagId, p.q.id))
        .all();

    for (const refused of [p.secondCircle.id, p.inactive.id, 999_999]) {
      expect(addComment(p.q.id, p.colleague, "Kijk eens", [p.bystander.id, refused])).toBe(
        "mention-not-allowed",
      );
    }
    expect(comments()).toEqual([]);
    expect(newsOf(p.bystander.id)).toEqual([]);

    expect(addComment(p.q.id, p.colleague, "Kijk eens", [p.bystander.id, p.submitter.id])).toBe(
      "added",
    );
    expect(comments()).toHaveLength(1);
    const [mention] = newsOf(p.bystander.id);
    expect(mention).toMatchObject({
      kind: "leervraag.melding.vermelding",
      category: "vermeldingen",
    });
    expect(mailsTo(p.bystander.id)[0]!.subject).toBe("Cor Collega noemt je bij Samen de wijk in");
    // Mentioned and member: one piece of news, the mention.
    expect(kindsOf(p.submitter.id)).toEqual(["leervraag.melding.vermelding"]);
    expect(newsOf(p.colleague.id)).toEqual([]);
  });
});

describe("casework news", () => {
  it("of a log entry reaches the active members, not the writer, not others", async () => {
    const gemeente = createOrganisation();
    const writer = await createUser({ organisationId: gemeente.id, name: "Wim Schrijver" });
    const member = await createUser({
      role: "medewerker",
      organisationId: createOrganisation({ kind: "movisie", circle: null }).id,
    });
    const inactive = await createUser({ organisationId: gemeente.id, active: false });
    const sameTown = await createUser({ organisationId: gemeente.id });
    const traject = getDb()
      .insert(trajecten)
      .values({ organisationId: gemeente.id, title: "Buurtkracht" })
      .returning()
      .get();
    getDb()
      .insert(trajectLeden)
      .values([writer, member, inactive].map((u) => ({ trajectId: traject.id, userId: u.id })))
      .run();
    forget();

    addLogEntry(traject.id, writer, { kind: "contact", date: "2026-03-02", body: "Gebeld." });
    expect(kindsOf(member.id)).toEqual(["traject.melding.logboek"]);
    expect(mailsTo(member.id)[0]!.text).toContain(
      "Wim Schrijver heeft in het logboek van ‘Buurtkracht’ geschreven (Contact).",
    );
    for (const not of [writer, inactive, sameTown]) expect(newsOf(not.id)).toEqual([]);
  });
});

describe("essay news", () => {
  async function essayInConcept() {
    const meeting = createBijeenkomst({ kind: "thema" });
    const essay = getDb()
      .insert(essays)
      .values({ bijeenkomstId: meeting.id, slug: `essay-${meeting.id}`, title: "Vertrouwen" })
      .returning()
      .get();
    const movisie = createOrganisation({ kind: "movisie", circle: null });
    const author = await createUser({
      role: "medewerker",
      organisationId: movisie.id,
      name: "Ada Auteur",
    });
    const coAuthor = await createUser({ role: "medewerker", organisationId: movisie.id });
    const otherStaff = await createUser({ role: "medewerker", organisationId: movisie.id });
    getDb()
      .insert(essayAuteurs)
      .values([author, coAuthor].map((u) => ({ essayId: essay.id, userId: u.id })))
      .run();
    const present = createOrganisation();
    const reviewer = await createUser({ organisationId: present.id, name: "Ria Reviewer" });
    const inactiveReviewer = await createUser({ organisationId: present.id, active: false });
    const absent = await createUser();
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: reviewer.id,
        response: "ja",
        respondedAt: new Date(),
      })
      .run();
    return { essay, author, coAuthor, otherStaff, reviewer, inactiveReviewer, absent };
  }

  it("of a review request reaches the reviewers of municipalities at the meeting, nobody else", async () => {
    const e = await essayInConcept();
    forget();
    expect(requestReview(e.essay.id, e.author)).toBe(true);
    expect(kindsOf(e.reviewer.id)).toEqual(["essay.melding.review"]);
    expect(mailsTo(e.reviewer.id)[0]!.subject).toBe("Gevraagd om mee te lezen: Vertrouwen");
    expect(newsOf(e.inactiveReviewer.id)).toEqual([]);
    for (const not of [e.author, e.absent, e.otherStaff]) expect(newsOf(not.id)).toEqual([]);
    // Asking again changes nothing and is no news.
    forget();
    expect(requestReview(e.essay.id, e.author)).toBe(false);
    expect(newsOf(e.reviewer.id)).toEqual([]);
  });

  it("of a comment and of a resolved one reaches the authors, not who made it", async () => {
    const e = await essayInConcept();
    requestReview(e.essay.id, e.author);
    forget();
    expect(addEssayComment(e.essay.id, e.reviewer, { body: "Mooi.", passage: "" })).toBe("added");
    for (const a of [e.author, e.coAuthor])
      expect(kindsOf(a.id)).toEqual(["essay.melding.opmerking"]);
    for (const not of [e.reviewer, e.otherStaff, e.absent]) expect(newsOf(not.id)).toEqual([]);

    forget();
    const comment = getDb()
      .select()
      .from(essayOpmerkingen)
      .where(eq(essayOpmerkingen.essayId, e.essay.id))
      .get()!;
    expect(resolveEssayComment(e.essay.id, comment.id, e.author)).toBe(true);
    expect(kindsOf(e.coAuthor.id)).toEqual(["essay.melding.opgelost"]);
    expect(newsOf(e.author.id)).toEqual([]);
    expect(newsOf(e.reviewer.id)).toEqual([]);
  });

  it("mentions only people who may read the draft; a mention of someone else saves nothing", async () => {
    const e = await essayInConcept();
    requestReview(e.essay.id, e.author);
    forget();
    expect(
      addEssayComment(e.essay.id, e.reviewer, { body: "Zie", passage: "", vermeld: [e.absent.id] }),
    ).toBe("mention-not-allowed");
    expect(
      getDb().select().from(essayOpmerkingen).where(eq(essayOpmerkingen.essayId, e.essay.id)).all(),
    ).toEqual([]);
    expect(newsOf(e.author.id)).toEqual([]);

    expect(
      addEssayComment(e.essay.id, e.reviewer, {
        body: "Zie",
        passage: "",
        vermeld: [e.otherStaff.id],
      }),
    ).toBe("added");
    expect(newsOf(e.otherStaff.id)).toMatchObject([
      { kind: "essay.melding.vermelding", category: "vermeldingen" },
    ]);
    expect(kindsOf(e.author.id)).toEqual(["essay.melding.opmerking"]);
  });

  it("keeps to the person's choice: a category turned to in-app gives no mail", async () => {
    const e = await essayInConcept();
    getDb()
      .insert(notificationPreferences)
      .values({ userId: e.reviewer.id, category: "essays", delivery: "alleen-in-app" })
      .run();
    forget();
    requestReview(e.essay.id, e.author);
    expect(kindsOf(e.reviewer.id)).toEqual(["essay.melding.review"]);
    expect(mailsTo(e.reviewer.id)).toEqual([]);
  });
});
