import { describe, expect, it } from "vitest";
import { roles } from "#db/schema.ts";
import { can, invitableRoles, permissions, type Action } from "./permissions.ts";

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
  });

  it("lets only a beheerder hand out the beheerder role", () => {
    expect(invitableRoles("beheerder")).toContain("beheerder");
    expect(invitableRoles("projectleider")).toEqual(["projectleider", "medewerker", "deelnemer"]);
    expect(invitableRoles("medewerker")).toEqual([]);
    expect(invitableRoles("deelnemer")).toEqual([]);
  });
});
