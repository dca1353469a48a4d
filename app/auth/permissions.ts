import type { OrganisationKind, Role } from "#db/schema.ts";

// Who may do what: the one table every loader, action and socket handler asks. Rules that also
// depend on the resource (own municipality, own casework, confidential intervision) are pure
// functions in app/auth/rules/, one module per resource, over data their caller loaded.
const everyone = ["beheerder", "projectleider", "medewerker", "deelnemer"] as const;

export const permissions = {
  "dashboard:bekijken": everyone,
  "account:eigen-beheren": everyone,
  "beheer:openen": ["beheerder", "projectleider"],
  "uitnodiging:versturen": ["beheerder", "projectleider"],
  "organisatie:beheren": ["beheerder"],
  "gebruiker:beheren": ["beheerder"],
  // The outbox and the suppressed addresses at /beheer/e-mail: mail holds reset and invitation links.
  "e-mail:beheren": ["beheerder"],
  // The public privacy and accessibility statements (/beheer/verklaringen).
  "verklaring:beheren": ["beheerder"],
  // The audit trail at /beheer/audit: who did what, from which address (personal data).
  "audit:bekijken": ["beheerder"],
  // Carrying out a request for erasure (AVG article 17) at /beheer/verwijderverzoeken.
  "account:wissen": ["beheerder"],
  "agenda:bekijken": everyone,
  "bijeenkomst:plannen": ["projectleider"],
  // Who can be chosen to lead a session (and is offered as its leader).
  "bijeenkomst:leiden": ["projectleider"],
  "bijeenkomst:aanmelden": everyone,
  "leervraag:bekijken": everyone,
  "leervraag:indienen": ["deelnemer"],
  "leervraag:inplannen": ["projectleider"],
  "leervraag:reageren": everyone,
  "traject:bekijken": everyone,
  "traject:aanmaken": ["projectleider", "medewerker", "deelnemer"],
  // Start casework for any municipality; a deelnemer does so for their own (app/auth/rules/traject.ts).
  "traject:gemeente-kiezen": ["projectleider", "medewerker"],
  "traject:verplaatsen": ["projectleider"],
  "gemeente:bekijken": everyone,
  "gemeente:visie-bewerken": ["deelnemer", "projectleider"],
  "thema:beheren": ["projectleider"],
  // Social-quality monitor. Resource rules (own municipality, sharing): app/auth/rules/wijkmeting.ts.
  "monitor:bekijken": ["beheerder", "projectleider", "medewerker", "deelnemer"],
  "wijkmeting:alle-bekijken": ["beheerder", "projectleider", "medewerker"],
  "wijkmeting:invullen": ["deelnemer"],
  "indicator:beheren": ["beheerder"],
  // A municipality's neighbourhoods (wijken, buurten): its own members keep the list, project
  // leaders for any municipality. The resource rule: app/auth/rules/wijk.ts.
  "wijk:beheren": ["projectleider", "deelnemer"],
  "wijk:alle-beheren": ["projectleider"],
  // Schema C: a municipality marks the challenges it recognises in a neighbourhood (rule: wijk.ts);
  // project leaders, staff and the beheerder see which recur across the circle.
  "uitdaging:herkennen": ["deelnemer"],
  "uitdaging:overzicht": ["beheerder", "projectleider", "medewerker"],
  // Policy interventions (/interventies): reading follows the monitor (app/auth/rules/interventie.ts);
  // a municipality records its own, project leaders and staff record them for any municipality.
  "interventie:vastleggen": ["projectleider", "medewerker", "deelnemer"],
  "interventie:alle-vastleggen": ["projectleider", "medewerker"],
  // The catalogue of research designs that interventions choose from (/interventies/onderzoeksdesigns).
  "onderzoeksdesign:beheren": ["beheerder", "projectleider", "medewerker"],
  // The tags of social problems, policy fields and context (/tags); who may edit a record sets its tags.
  "tag:beheren": ["projectleider", "medewerker"],
  // Session notes of a meeting (co-edited): the resource rules are in app/auth/rules/notities.ts.
  "notities:lezen": ["beheerder", "projectleider", "medewerker", "deelnemer"],
  "notities:bewerken": ["projectleider", "medewerker", "deelnemer"],
  // Theme essays. Reviewing municipalities are a resource rule: app/auth/rules/essay.ts.
  "essay:schrijven": ["projectleider", "medewerker"],
  "essay:publiceren": ["medewerker"],
  "essay:reviewen": ["projectleider", "medewerker", "deelnemer"],
  // Follow-up after a theme meeting (app/auth/rules/opvolging.ts): who reads the attendees'
  // harvest (the essay's writers), who keeps the action items and the essay's due date.
  "oogst:lezen": ["projectleider", "medewerker"],
  "vervolgactie:beheren": ["projectleider"],
  "essay:deadline-wijzigen": ["projectleider"],
  // Decisions of the trajectory (/besluiten). Who may vote on one: app/auth/rules/besluit.ts.
  "besluit:bekijken": everyone,
  "besluit:voorstellen": ["projectleider"],
  "besluit:vastleggen": ["projectleider"],
  // A second-circle municipality asks to join the first circle; a project leader decides
  // (which municipality may ask: app/auth/rules/kring.ts).
  "kring:toetreden-vragen": ["deelnemer"],
  "kring:toetreding-beoordelen": ["projectleider"],
  // The season programme (/programma); which of its tracks someone sees: app/auth/rules/programma.ts.
  "programma:bekijken": everyone,
  // The accountability report per season (/rapportage, its CSV tables and PDF): counts across
  // municipalities, for those who account for the trajectory and the platform.
  "rapportage:bekijken": ["beheerder", "projectleider", "medewerker"],
  // The partners' network (/partners): who covers which region, who is active where. Staff and
  // project leaders log activities and keep the contact register (rule: partner-contact.ts).
  "partners:bekijken": everyone,
  "partners:activiteit-toevoegen": ["projectleider", "medewerker"],
  "partners:contacten": ["projectleider", "medewerker"],
  // Practice examples (/praktijkvoorbeelden): members write about their own municipality, staff
  // and project leaders about any (app/auth/rules/praktijkvoorbeeld.ts); staff and project
  // leaders publish.
  "praktijkvoorbeeld:schrijven": ["projectleider", "medewerker", "deelnemer"],
  "praktijkvoorbeeld:alle-schrijven": ["projectleider", "medewerker"],
  "praktijkvoorbeeld:publiceren": ["projectleider", "medewerker"],
  // Tokens of the read-only JSON API (/beheer/api-sleutels, docs/api.md).
  "api-sleutel:beheren": ["beheerder"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  return !!user && (permissions[action] as readonly Role[]).includes(user.role);
}

/**
 * The roles a person may hand out in an invitation, least powerful first (so a slip of the mouse
 * lands on the harmless one): a project leader never creates a beheerder.
 */
export function invitableRoles(role: Role): Role[] {
  if (role === "beheerder") return ["deelnemer", "medewerker", "projectleider", "beheerder"];
  if (role === "projectleider") return ["deelnemer", "medewerker", "projectleider"];
  return [];
}

// Which role fits which kind of organisation (DESIGN.md, "Who uses it"): the programme runs the
// platform and the trajectory; Movisie and the Werkplaatsen send staff; municipalities and local
// partners take part.
const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  programma: ["projectleider", "beheerder"],
  movisie: ["medewerker"],
  werkplaats: ["medewerker"],
  gemeente: ["deelnemer"],
  welzijnsinstelling: ["deelnemer"],
  burgerinitiatief: ["deelnemer"],
  // Knowledge partners are in the register of the network; their people have no accounts.
  planbureau: [],
  lectoraat: [],
  kennisnetwerk: [],
};

/** Whether an account of this role may belong to an organisation of this kind. */
export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return rolesByOrganisationKind[kind].includes(role);
}
