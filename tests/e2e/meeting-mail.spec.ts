import { expect, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import ical, { type VEvent } from "node-ical";
import { login, mailRecipients, waitForMail } from "./helpers.ts";

// A moved intervision session reaches a participant's mailbox as an updated calendar invitation:
// the server sends over real SMTP to the run's mail server (global-setup.ts).

const PARTICIPANT = "deelnemer@leerkring.test";

function invitation(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(part, "a calendar invitation in the mail").toBeDefined();
  const body = part!.content.toString("utf8");
  const [event] = Object.values(ical.sync.parseICS(body)).filter(
    (c): c is VEvent => c?.type === "VEVENT",
  );
  return { method: /^METHOD:(\S+)/m.exec(body)?.[1], event: event! };
}

test("a project leader moves an intervision session; the participant's invitation gets SEQUENCE + 1", async ({
  page,
}) => {
  // Far ahead, as the date field takes it (Amsterdam), so this holds on any day.
  const later = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + 330 * 86_400_000),
  );
  const title = `Intervisie per mail ${Date.now().toString(36)}`;
  await login(page, "projectleider@leerkring.test");
  await page.goto("/agenda/nieuw?soort=intervisie");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Datum").fill(later);
  await page.getByLabel("Begintijd").fill("13:30");
  await page.getByLabel("Eindtijd").fill("16:30");
  await page.getByLabel("Locatie").fill("Raadzaal");
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();

  const forParticipant = (subject: string) => (m: ParsedMail) =>
    m.subject === subject && mailRecipients(m).includes(PARTICIPANT);
  const planned = invitation(await waitForMail(forParticipant(`Nieuwe bijeenkomst: ${title}`)));
  expect(planned.method).toBe("REQUEST");

  // Moved an hour later, in the browser.
  await page.getByRole("link", { name: "Wijzigen" }).click();
  await page.getByLabel("Begintijd").fill("14:30");
  await page.getByLabel("Eindtijd").fill("17:30");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();

  const mail = await waitForMail(forParticipant(`Gewijzigd: ${title}`));
  expect(mail.text).toContain("Begintijd van");
  const moved = invitation(mail);
  expect(moved.method).toBe("REQUEST");
  expect(moved.event.uid).toBe(planned.event.uid);
  expect(moved.event.sequence).toBe(Number(planned.event.sequence) + 1);
  expect(moved.event.start.getTime() - planned.event.start.getTime()).toBe(3_600_000);
});
