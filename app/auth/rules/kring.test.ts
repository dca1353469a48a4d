import { canAskToJoinFirstCircle, isSecondCircleMember } from "./kring.ts";
import { ruleTable } from "./test-actors.ts";

// No resource: who may ask depends on the person's own municipality alone.
ruleTable("canAskToJoinFirstCircle", (actor) => canAskToJoinFirstCircle(actor), [
  { state: "any time", resource: null, allowed: ["deelnemer-kring-2"] },
]);

ruleTable("isSecondCircleMember", (actor) => isSecondCircleMember(actor), [
  { state: "any time", resource: null, allowed: ["deelnemer-kring-2"] },
]);
