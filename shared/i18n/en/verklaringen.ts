import type { Catalogue } from "../catalogue.ts";
import type { verklaringen as nl } from "../nl/verklaringen.ts";

export const verklaringen = {
  "verklaringen.privacy.titel": "Privacy statement",
  "verklaringen.toegankelijkheid.titel": "Accessibility statement",
  "verklaringen.voettekst": "About this website",
  "verklaringen.bijgewerkt": "Last updated on {datum}.",
  "verklaringen.duur.uren_one": "{count} hour",
  "verklaringen.duur.uren_other": "{count} hours",
  "verklaringen.duur.dagen_one": "{count} day",
  "verklaringen.duur.dagen_other": "{count} days",
  "verklaringen.privacy.standaard": `Leerkring is the online platform of the learning trajectory "Strengthening the Social Base" (Versterken van de Sociale Basis), a programme of the Ministry of Health, Welfare and Sport (VWS) and the Association of Netherlands Municipalities (VNG), carried out with Movisie and the Werkplaatsen Sociaal Domein. On Leerkring, municipalities, Movisie, the Werkplaatsen and local partners work together on learning questions, meetings and essays. This statement says which personal data Leerkring processes, why, on which legal basis, for how long, who helps us with it and what your rights are.

## Who is responsible

The controller is [name of the organisation that runs Leerkring on behalf of the programme], [address]. The data protection officer can be reached at [e-mail address of the data protection officer].

## Which data we process

- Your account: name, e-mail address, organisation, role and language, and a hashed form of your password.
- Sessions: when you are logged in, the IP address and the browser (user agent) you logged in with, and the devices you used before (a hashed key only).
- Your responses to meetings and your attendance.
- What you write: learning questions and cases, comments, log entries, and your contributions to co-edited documents (notes and essays), with who wrote what and when.
- Notifications in Leerkring, your settings for them, and the e-mails Leerkring sends you (the outbox).
- The audit log: who did what, to which record, when and from which IP address (among others logins, refused access, changes of roles and accounts).
- Followers of essays without an account: only the e-mail address and the language.

## Why we process these data

- To give you access to the platform and show what belongs to your role and organisation.
- To work together in the learning trajectory: planning meetings, discussing learning questions, writing notes and essays together.
- To tell you what changes for you (notifications and e-mail), as you set it yourself.
- To keep the platform secure: recognising abuse, limiting login attempts and being able to trace afterwards who did what.

## Legal basis

The learning trajectory is a programme of VWS and VNG in the public interest. For accounts, collaboration and notifications the legal basis is the performance of a task carried out in the public interest (article 6(1)(e) GDPR); insofar as the controller is not a public body, it is the legitimate interest in carrying out the programme (article 6(1)(f) GDPR). For security, sessions and the audit log the legal basis is the legitimate interest in a secure platform (article 6(1)(f) GDPR). Whoever follows essays without an account does so with consent (article 6(1)(a) GDPR), which can be withdrawn at any time with the unsubscribe link in every e-mail.

## How long we keep data

- Sessions: a session expires after {sessieInactief} without use and at the latest {sessieMax} after logging in; logging out ends it at once.
- Audit log: 12 months by default, after which the entries are removed automatically.
- E-mails in the outbox: [period], so that the administrator can check whether a message was sent.
- Accounts: as long as you take part in the learning trajectory. An account that has not been used for a long time is flagged and removed after consultation.
- What you wrote in shared records (comments, notes, essays) is kept after your account is removed, but is then attributed to "former participant".

## Processors

We engage these parties; a data processing agreement has been concluded with each:

- Hosting: [name of the hosting provider], in [country within the EU].
- Sending e-mail: [name of the e-mail provider].

We do not sell data and use no tracking or advertising cookies. Leerkring only sets a cookie that is needed to stay logged in.

## Your rights

- Access: on the page My data under Account you see what Leerkring keeps about you.
- Portability: on the same page you download your data as a JSON file.
- Rectification: you change your name and language yourself under Account; for other data, contact the administrator.
- Erasure: you can ask for your account to be removed; an administrator carries it out after a confirmation.
- Objection and restriction: you can object to processing based on the legitimate interest or the public interest.
- Complaint: if you disagree with how we handle your data, you can file a complaint with the Dutch Data Protection Authority (https://autoriteitpersoonsgegevens.nl).

We answer a request within one month.

## Contact

Questions about this statement or a request about your data: [e-mail address for privacy questions].`,
  "verklaringen.toegankelijkheid.standaard": `The learning trajectory "Strengthening the Social Base" (VWS, VNG and Movisie) wants everyone to be able to use Leerkring. That is why we follow the European standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.

## Organisation and scope

This statement applies to the platform Leerkring: [web address of Leerkring], run by [name of the organisation].

## Status: partially compliant

Leerkring partially complies with WCAG 2.1 level AA. We base this on:

- an automated accessibility check (axe-core, all criteria of WCAG 2.1 A and AA) in every end-to-end test of the platform, run with every change;
- tests that go through the main tasks with the keyboard only, such as logging in, filling in forms and confirming;
- tests on a screen 320 pixels wide, without horizontal scrolling;
- the components of NL Design System, which are themselves tested for accessibility.

A full evaluation by an independent party following the WCAG-EM method has not been done yet; [date of the planned evaluation].

## Known exceptions

- The PDF download of essays and notes is a tagged PDF: a screen reader reads its headings, lists, tables (with header cells) and images (with their alternative text) in reading order, and the document's language and title are in it. It has not yet been fully tested against PDF/UA: links are not yet structure elements of their own. If needed, use the HTML or Word download, which has the same content.
- When a document is edited together, each writer gets a colour for their caret. These colours do not always have enough contrast and are not passed on to a screen reader; who is writing is shown in the list of people present at the document.

We are working to resolve these exceptions.

## Reporting a problem

Can you not use something on Leerkring, or do you see an accessibility error? Report it at [e-mail address], and say on which page it was and what went wrong. You will get a response within 5 working days and a solution or an explanation within 3 weeks.

If you are not satisfied with our response, you can contact the National Ombudsman (https://www.nationaleombudsman.nl).

## About this statement

This statement follows the model of https://www.digitoegankelijk.nl. The date of the last change is shown at the top of this page.`,
  "verklaringen.beheer.nav": "Statements",
  "verklaringen.beheer.titel": "Privacy and accessibility statement",
  "verklaringen.beheer.uitleg":
    "These texts are public at /privacy and /toegankelijkheid, in both languages. As long as you change nothing, the pages show Leerkring's standard text.",
  "verklaringen.beheer.concept":
    "The standard texts are a draft: have them checked by the data protection officer and fill in the details between [brackets].",
  "verklaringen.beheer.opmaak":
    "A blank line starts a new paragraph. A line that starts with ## is a heading, with ### a subheading, with - a list item. Web addresses (https://…) and e-mail addresses become links. HTML is shown as plain text.",
  "verklaringen.beheer.tekstNl": "Text in Dutch",
  "verklaringen.beheer.tekstEn": "Text in English",
  "verklaringen.beheer.opslaan": "Save {verklaring}",
  "verklaringen.beheer.standaard": "Back to the standard text",
  "verklaringen.beheer.bekijken": "View {verklaring}",
  "verklaringen.beheer.status.standaard": "Shown now: the standard text.",
  "verklaringen.beheer.status.eigen": "Shown now: your own text, last changed on {datum}.",
  "verklaringen.beheer.opgeslagen": "The statement has been saved.",
  "verklaringen.beheer.teruggezet": "The page shows the standard text again.",
  "verklaringen.beheer.bevestigStandaard":
    "Your own text of the {verklaring} is removed in both languages; the page shows Leerkring's standard text again.",
  "verklaringen.beheer.bevestigStandaardTerug":
    "If you want to keep your text, copy it from the form below first.",
  "verklaringen.beheer.jaStandaard": "Yes, back to the standard text",
} satisfies Catalogue<typeof nl>;
