import type { Catalogue } from "../catalogue.ts";
import type { beheer as nl } from "../nl/beheer.ts";

export const beheer = {
  "beheer.titel": "Administration",
  "beheer.onderdelen": "Administration sections",
  "beheer.uitnodigingen": "Invitations",
  "beheer.organisaties": "Organisations",
  "beheer.accounts": "Accounts",
  "uitnodigen.titel": "Invite someone",
  "uitnodigen.uitleg":
    "The invitee receives a link that is valid for seven days and works once. Until Leerkring sends emails, you pass that link on yourself.",
  "uitnodigen.knop": "Create invitation",
  "uitnodigen.rolUitleg":
    "Participants belong to a municipality or local partner, staff to Movisie or a Werkplaats, project leaders and administrators to the programme.",
  "uitnodigen.bevestigBeheerder":
    "Yes, this person becomes an administrator and may manage all organisations and accounts.",
  "uitnodigen.aangemaakt": "The invitation has been created.",
  "uitnodigen.linkVoor": "Send this link to {email}:",
  "uitnodigen.open": "Pending invitations",
  "uitnodigen.geenOpen": "There are no pending invitations.",
  "uitnodigen.verloopt": "Valid until",
  "uitnodigen.intrekken": "Withdraw",
  "uitnodigen.ingetrokken": "The invitation has been withdrawn; the link no longer works.",
  "organisaties.nieuw": "Add organisation",
  "organisaties.wijzigen": "Edit {naam}",
  "organisaties.toevoegen": "Add organisation",
  "organisaties.opslaan": "Save changes",
  "organisaties.aangemaakt": "The organisation has been added.",
  "organisaties.gewijzigd": "The organisation has been updated.",
  "organisaties.lijst": "All organisations",
  "organisaties.accounts": "Accounts",
  "organisaties.accountsVan": "accounts of {naam}",
  "organisaties.leerkringUitleg":
    "For municipalities only: the first learning circle takes part in all tracks, the second in the theme meetings.",
  "organisaties.geenLeerkring": "None (not a municipality)",
  "organisaties.geenWerkplaats": "None",
  "accounts.alle": "All accounts",
  "accounts.vanOrganisatie": "Accounts of {naam}",
  "accounts.filter": "Show accounts of",
  "accounts.filterKnop": "Show",
  "accounts.alleOrganisaties": "All organisations",
  "accounts.geen": "This organisation has no accounts yet.",
  "accounts.status": "Status",
  "accounts.actief": "Active",
  "accounts.inactief": "Deactivated",
  "accounts.rolVan": "Role of {naam}",
  "accounts.rolGewijzigd": "The role has been changed.",
  "accounts.rolGewijzigdUitgelogd":
    "The role has been changed and the account has been logged out everywhere; the new role applies after logging in again.",
  "accounts.sessiesBeeindigen": "Log out everywhere",
  "accounts.sessiesBevestigen":
    "End all sessions of {naam}? {naam} will be logged out on every device and has to log in again.",
  "accounts.sessiesBevestigenKnop": "Yes, log {naam} out everywhere",
  "accounts.sessiesBeeindigd":
    "The account has been logged out everywhere: all sessions have ended.",
  "accounts.deactiveren": "Deactivate",
  "accounts.activeren": "Activate",
  "accounts.gedeactiveerd": "The account has been deactivated and logged out everywhere.",
  "accounts.bevestigDeactiveren":
    "The account of {naam} ({email}) will be deactivated: this person can no longer log in and is logged out everywhere. What this person wrote is kept.",
  "accounts.bevestigDeactiverenTerug":
    "This can be undone: with ‘Activate’ in the list this person can log in again.",
  "accounts.jaDeactiveren": "Yes, deactivate {naam}",
  "accounts.geactiveerd": "The account is active again.",
  "accounts.herstellink": "Create reset link",
  "accounts.herstellinkAangemaakt": "The reset link has been created.",
  "accounts.herstellinkVoor": "Send this link to {email}; it is valid for two hours:",
} satisfies Catalogue<typeof nl>;
