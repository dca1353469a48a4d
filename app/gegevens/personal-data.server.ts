import { and, asc, count, desc, eq, max, min, or, sql } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getProfile, listSessions } from "#app/auth/accounts.server.ts";
import { getPreferences } from "#app/notifications/preferences.server.ts";
import { getDb } from "#db/client.ts";
import {
  auditLog,
  bijeenkomsten,
  calendarFeeds,
  deelnames,
  documentUpdates,
  documentVersions,
  erasureRequests,
  essayAuteurs,
  essayOpmerkingen,
  essays,
  interventies,
  leervraagReacties,
  leervragen,
  logboek,
  mailOutbox,
  notifications,
  oogstAntwoorden,
  organisations,
  praktijkvoorbeelden,
  trajecten,
  users,
  toetredingen,
  vervolgacties,
  visieWijzigingen,
} from "#db/schema.ts";

// Everything Leerkring holds about one person (AVG articles 15 and 20): shown at
// /account/mijn-gegevens and downloaded there as JSON. One function gathers it, so the page and
// the download never differ. What it leaves out on purpose: secrets (password hash, the TOTP
// secret, hashes of tokens), which are not information about the person but keys to the account.

export function personalData(userId: number) {
  const db = getDb();
  const profile = getProfile(userId);
  if (!profile) return null;
  const account = db
    .select({ createdAt: users.createdAt, lastLoginAt: users.lastLoginAt, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .get()!;
  return {
    profiel: {
      nummer: profile.id,
      naam: profile.name,
      email: profile.email,
      rol: profile.role,
      organisatie: profile.organisationName,
      taal: profile.locale,
      actief: account.active,
      tweestaps: profile.mfaEnabled,
      aangemaakt: account.createdAt,
      laatstIngelogd: account.lastLoginAt,
    },
    sessies: listSessions(userId).map((s) => ({
      begonnen: s.createdAt,
      laatstActief: s.lastActiveAt,
      browser: s.userAgent,
      adres: s.ipAddress,
    })),
    aanmeldingen: db
      .select({
        bijeenkomst: bijeenkomsten.title,
        bijeenkomstNummer: bijeenkomsten.id,
        begint: bijeenkomsten.startsAt,
        antwoord: deelnames.response,
        wachtlijst: deelnames.waitlisted,
        aanwezig: deelnames.attended,
        beantwoord: deelnames.respondedAt,
      })
      .from(deelnames)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, deelnames.bijeenkomstId))
      .where(eq(deelnames.userId, userId))
      .orderBy(asc(bijeenkomsten.startsAt))
      .all(),
    leervragen: db
      .select({
        nummer: leervragen.id,
        titel: leervragen.title,
        vraag: leervragen.question,
        casus: leervragen.casus,
        status: leervragen.status,
        ingediend: leervragen.createdAt,
      })
      .from(leervragen)
      .where(eq(leervragen.submittedById, userId))
      .orderBy(asc(leervragen.createdAt))
      .all(),
    reacties: [
      ...db
        .select({
          waar: leervragen.title,
          nummer: leervragen.id,
          tekst: leervraagReacties.body,
          geschreven: leervraagReacties.createdAt,
        })
        .from(leervraagReacties)
        .innerJoin(leervragen, eq(leervragen.id, leervraagReacties.leervraagId))
        .where(eq(leervraagReacties.userId, userId))
        .all()
        .map((r) => ({ soort: "leervraag" as const, ...r })),
      ...db
        .select({
          waar: essays.title,
          nummer: essays.id,
          tekst: essayOpmerkingen.body,
          geschreven: essayOpmerkingen.createdAt,
        })
        .from(essayOpmerkingen)
        .innerJoin(essays, eq(essays.id, essayOpmerkingen.essayId))
        .where(eq(essayOpmerkingen.userId, userId))
        .all()
        .map((r) => ({ soort: "essay" as const, ...r })),
      ...db
        .select({
          waar: trajecten.title,
          nummer: trajecten.id,
          tekst: logboek.body,
          geschreven: logboek.createdAt,
        })
        .from(logboek)
        .innerJoin(trajecten, eq(trajecten.id, logboek.trajectId))
        .where(eq(logboek.userId, userId))
        .all()
        .map((r) => ({ soort: "logboek" as const, ...r })),
    ].sort((a, b) => a.geschreven.getTime() - b.geschreven.getTime()),
    documentbijdragen: db
      .select({
        document: documentUpdates.documentName,
        wijzigingen: count(),
        eerste: min(documentUpdates.createdAt),
        laatste: max(documentUpdates.createdAt),
      })
      .from(documentUpdates)
      .where(eq(documentUpdates.userId, userId))
      .groupBy(documentUpdates.documentName)
      .orderBy(asc(documentUpdates.documentName))
      .all(),
    documentversies: db
      .select({
        document: documentVersions.documentName,
        soort: documentVersions.kind,
        naam: documentVersions.label,
        gemaakt: documentVersions.createdAt,
      })
      .from(documentVersions)
      .where(eq(documentVersions.createdById, userId))
      .orderBy(asc(documentVersions.createdAt))
      .all(),
    essayAuteurschap: db
      .select({ essay: essays.title, nummer: essays.id, status: essays.status })
      .from(essayAuteurs)
      .innerJoin(essays, eq(essays.id, essayAuteurs.essayId))
      .where(eq(essayAuteurs.userId, userId))
      .all(),
    toetredingsverzoeken: db
      .select({
        tekst: toetredingen.motivation,
        status: toetredingen.status,
        gemaakt: toetredingen.createdAt,
      })
      .from(toetredingen)
      .where(eq(toetredingen.requestedById, userId))
      .orderBy(asc(toetredingen.createdAt))
      .all(),
    interventies: db
      .select({ titel: interventies.title, gemaakt: interventies.createdAt })
      .from(interventies)
      .where(eq(interventies.createdById, userId))
      .orderBy(asc(interventies.createdAt))
      .all(),
    praktijkvoorbeelden: db
      .select({
        titel: praktijkvoorbeelden.title,
        status: praktijkvoorbeelden.status,
        gemaakt: praktijkvoorbeelden.createdAt,
      })
      .from(praktijkvoorbeelden)
      .where(eq(praktijkvoorbeelden.createdById, userId))
      .orderBy(asc(praktijkvoorbeelden.createdAt))
      .all(),
    visiewijzigingen: db
      .select({
        gemeente: organisations.name,
        opvatting: visieWijzigingen.opvatting,
        benaderingen: visieWijzigingen.benaderingen,
        gewijzigd: visieWijzigingen.changedAt,
      })
      .from(visieWijzigingen)
      .innerJoin(organisations, eq(organisations.id, visieWijzigingen.organisationId))
      .where(eq(visieWijzigingen.changedById, userId))
      .orderBy(asc(visieWijzigingen.changedAt))
      .all(),
    // Follow-up after theme meetings (docs/opvolging.md): my harvest, the action items I own.
    oogst: db
      .select({
        bijeenkomst: bijeenkomsten.title,
        geleerd: oogstAntwoorden.geleerd,
        proberen: oogstAntwoorden.proberen,
        vraag: oogstAntwoorden.vraag,
        bijgewerkt: oogstAntwoorden.updatedAt,
      })
      .from(oogstAntwoorden)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, oogstAntwoorden.bijeenkomstId))
      .where(eq(oogstAntwoorden.userId, userId))
      .all(),
    vervolgacties: db
      .select({
        actie: vervolgacties.text,
        bijeenkomst: bijeenkomsten.title,
        uiterlijk: vervolgacties.dueDate,
        afgerond: vervolgacties.doneAt,
      })
      .from(vervolgacties)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, vervolgacties.bijeenkomstId))
      .where(eq(vervolgacties.ownerId, userId))
      .all(),
    meldingsvoorkeuren: getPreferences(userId),
    agendaKoppeling:
      db
        .select({ gemaakt: calendarFeeds.createdAt, laatstGebruikt: calendarFeeds.lastUsedAt })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId))
        .get() ?? null,
    meldingen: db
      .select({
        soort: notifications.kind,
        categorie: notifications.category,
        link: notifications.link,
        gemaakt: notifications.createdAt,
        gelezen: notifications.readAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt))
      .all(),
    mails: db
      .select({
        onderwerp: mailOutbox.subject,
        status: mailOutbox.status,
        gemaakt: mailOutbox.createdAt,
        verzonden: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(eq(mailOutbox.userId, userId))
      .orderBy(desc(mailOutbox.createdAt))
      .all(),
    auditregels: db
      .select({
        wanneer: auditLog.at,
        actie: auditLog.action,
        doorMijzelf: sql<number>`${auditLog.actorId} is ${userId}`,
        soort: auditLog.subjectType,
        record: auditLog.subjectId,
        adres: auditLog.ip,
        details: auditLog.detail,
      })
      .from(auditLog)
      .where(
        or(
          eq(auditLog.actorId, userId),
          and(eq(auditLog.subjectType, "gebruiker"), eq(auditLog.subjectId, String(userId))),
        ),
      )
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .all()
      .map((r) => ({ ...r, doorMijzelf: Boolean(r.doorMijzelf) })),
    verwijderverzoek:
      db
        .select({ gevraagd: erasureRequests.createdAt })
        .from(erasureRequests)
        .where(eq(erasureRequests.userId, userId))
        .get() ?? null,
  };
}

export type PersonalData = NonNullable<ReturnType<typeof personalData>>;

/** The download, recorded in the audit trail (the person exported their own data). */
export function exportPersonalData(userId: number): PersonalData | null {
  return getDb().transaction((tx) => {
    const data = personalData(userId);
    if (!data) return null;
    recordAudit(tx, {
      action: "gegevens.geexporteerd",
      actor: userId,
      subject: { type: "gebruiker", id: userId },
      detail: { soort: "mijn-gegevens" },
    });
    return data;
  });
}
