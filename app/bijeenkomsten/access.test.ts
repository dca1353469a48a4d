import { describe, expect, it } from "vitest";
import { canViewContactDetails } from "#app/auth/contact-access.ts";
import { canReadLeervraagCasus, canRequestIntervisie } from "#app/leervragen/access.ts";
import { canReadIntervisie, type IntervisieViewer } from "./access.ts";

// The pure rules over loaded data; the integration tests ask them through every route.
const viewer = (v: Partial<IntervisieViewer>): IntervisieViewer => ({
  role: "deelnemer",
  organisationId: 1,
  organisationKind: "gemeente",
  organisationCircle: 1,
  ...v,
});
const intervisie = { kind: "intervisie", criticalFriendIds: [7] } as const;

describe("canReadIntervisie", () => {
  it("admits the first circle, this session's critical friends and the project leaders", () => {
    expect(canReadIntervisie(viewer({}), intervisie)).toBe(true);
    expect(
      canReadIntervisie(
        viewer({ role: "projectleider", organisationKind: "programma" }),
        intervisie,
      ),
    ).toBe(true);
    expect(
      canReadIntervisie(viewer({ role: "beheerder", organisationKind: "programma" }), intervisie),
    ).toBe(true);
    const staff = {
      role: "medewerker",
      organisationKind: "werkplaats",
      organisationCircle: null,
    } as const;
    expect(canReadIntervisie(viewer({ ...staff, organisationId: 7 }), intervisie)).toBe(true);
    expect(canReadIntervisie(viewer({ ...staff, organisationId: 8 }), intervisie)).toBe(false);
  });

  it("refuses the second circle, local partners and anonymous visitors", () => {
    expect(canReadIntervisie(viewer({ organisationCircle: 2 }), intervisie)).toBe(false);
    const partner = viewer({ organisationKind: "welzijnsinstelling", organisationCircle: null });
    expect(canReadIntervisie(partner, intervisie)).toBe(false);
    expect(canReadIntervisie(null, intervisie)).toBe(false);
    expect(canReadIntervisie(partner, { kind: "thema", criticalFriendIds: [] })).toBe(true);
  });
});

describe("canReadLeervraagCasus", () => {
  const second = viewer({ organisationId: 2, organisationCircle: 2 });
  it("keeps an intervision casus within that session, the own municipality excepted", () => {
    const q = { organisationId: 2, werkvormen: ["intervisie"] as const, intervisie };
    expect(canReadLeervraagCasus(second, q)).toBe(true);
    expect(canReadLeervraagCasus(viewer({ organisationId: 3, organisationCircle: 2 }), q)).toBe(
      false,
    );
    expect(canReadLeervraagCasus(second, { ...q, organisationId: 9, intervisie: null })).toBe(
      false,
    );
    expect(
      canReadLeervraagCasus(second, {
        organisationId: 9,
        werkvormen: ["themabijeenkomst"],
        intervisie: null,
      }),
    ).toBe(true);
  });
});

describe("canRequestIntervisie", () => {
  it("is for first-circle municipalities", () => {
    expect(canRequestIntervisie(viewer({}))).toBe(true);
    expect(canRequestIntervisie(viewer({ organisationCircle: 2 }))).toBe(false);
  });
});

describe("canViewContactDetails", () => {
  const person = { id: 10, organisationId: 1, trajectIds: [5] };
  it("shows contact details to those who work with the person", () => {
    const base = { id: 20, organisationId: 2, trajectIds: [] as number[] };
    expect(canViewContactDetails({ ...base, role: "projectleider" }, person)).toBe(true);
    expect(canViewContactDetails({ ...base, role: "medewerker" }, person)).toBe(true);
    expect(canViewContactDetails({ ...base, role: "beheerder" }, person)).toBe(true);
    expect(canViewContactDetails({ ...base, role: "deelnemer", organisationId: 1 }, person)).toBe(
      true,
    );
    expect(canViewContactDetails({ ...base, role: "deelnemer", trajectIds: [5] }, person)).toBe(
      true,
    );
    expect(canViewContactDetails({ ...base, role: "deelnemer", trajectIds: [6] }, person)).toBe(
      false,
    );
    expect(canViewContactDetails(null, person)).toBe(false);
  });
});
