import type { EssayStatus } from "#db/schema.ts";
import {
  canCommentEssay,
  canEditEssay,
  canPublishEssay,
  canReadEssayDraft,
  type EssayResource,
} from "./essay.ts";
import { ORG, ruleTable, type Row } from "./test-actors.ts";

const essay = (status: EssayStatus, attendingOrganisationIds: number[] = [ORG.eigen]) => ({
  status,
  attendingOrganisationIds,
});
const writers = ["projectleider", "medewerker", "medewerker-werkplaats"] as const;

// Reviewers are the municipalities that came to the meeting, while the essay is in review.
const draftReaders: Row<EssayResource>[] = [
  { state: "concept", resource: essay("concept"), allowed: writers },
  {
    state: "in review, the own municipality came",
    resource: essay("review"),
    allowed: [...writers, "deelnemer-eigen"],
  },
  {
    state: "in review, nobody of a municipality came",
    resource: essay("review", []),
    allowed: writers,
  },
  { state: "published", resource: essay("gepubliceerd"), allowed: writers },
];

ruleTable("canReadEssayDraft", canReadEssayDraft, draftReaders);
ruleTable("canCommentEssay", canCommentEssay, draftReaders);

ruleTable("canEditEssay", (actor) => canEditEssay(actor), [
  { state: "any essay", resource: essay("review"), allowed: writers },
]);

ruleTable("canPublishEssay", (actor) => canPublishEssay(actor), [
  {
    state: "any essay",
    resource: essay("review"),
    allowed: ["medewerker", "medewerker-werkplaats"],
  },
]);
