import { describe, expect, it } from "vitest";
import { roles } from "#db/schema.ts";
import {
  can,
  invitableRoles,
  permissions,
  roleFitsOrganisation,
  type Action,
} from "./permissions.ts";

describe("the permission table", () => {
  it("answers every action for every role exactly as the table says", () => {
    for (const action of Object.keys(permissions) as Action[]) {
      for (const role of roles) {
        expect(can({ role }, action)).toBe(
          (permissions[action] as readonly string[]).includes(role),
        );
      }
    }
  });

  it("gives nobody anything without an account", () => {
    for (const action of Object.keys(permissions) as Action[]) {
      expect(can(null, action)).toBe(false);
    }
  });

  it("keeps account and organisation management with the beheerder", () => {
    expect(permissions["gebruiker:beheren"]).toEqual(["beheerder"]);
    expect(permissions["organisatie:beheren"]).toEqual(["beheerder"]);
    // The outbox holds invitation and reset links: for the beheerder only.
    expect(permissions["e-mail:beheren"]).toEqual(["beheerder"]);
    // The public statements speak for the organisation that runs Leerkring.
    expect(permissions["verklaring:beheren"]).toEqual(["beheerder"]);
    // The audit trail holds who did what from which address: for the beheerder only.
    expect(permissions["audit:bekijken"]).toEqual(["beheerder"]);
    // Erasure removes a person for good: the beheerder only, after a confirmation step.
    expect(permissions["account:wissen"]).toEqual(["beheerder"]);
  });

  it("lets only a beheerder hand out the beheerder role", () => {
    // Least powerful first, so the list does not open on "Beheerder".
    expect(invitableRoles("beheerder")).toEqual([
      "deelnemer",
      "medewerker",
      "projectleider",
      "beheerder",
    ]);
    expect(invitableRoles("projectleider")).toEqual(["deelnemer", "medewerker", "projectleider"]);
    expect(invitableRoles("medewerker")).toEqual([]);
    expect(invitableRoles("deelnemer")).toEqual([]);
  });

  it("fits each role to the kind of organisation it belongs to", () => {
    expect(roleFitsOrganisation("beheerder", "programma")).toBe(true);
    expect(roleFitsOrganisation("projectleider", "programma")).toBe(true);
    expect(roleFitsOrganisation("beheerder", "gemeente")).toBe(false);
    expect(roleFitsOrganisation("projectleider", "werkplaats")).toBe(false);
    expect(roleFitsOrganisation("medewerker", "movisie")).toBe(true);
    expect(roleFitsOrganisation("medewerker", "werkplaats")).toBe(true);
    expect(roleFitsOrganisation("medewerker", "gemeente")).toBe(false);
    expect(roleFitsOrganisation("deelnemer", "gemeente")).toBe(true);
    expect(roleFitsOrganisation("deelnemer", "burgerinitiatief")).toBe(true);
    expect(roleFitsOrganisation("deelnemer", "programma")).toBe(false);
    // Knowledge partners are organisations of the network register, without accounts.
    for (const role of roles) expect(roleFitsOrganisation(role, "planbureau")).toBe(false);
  });

  it("keeps the partners' contact register with staff and project leaders", () => {
    expect(permissions["partners:contacten"]).toEqual(["projectleider", "medewerker"]);
  });
});
