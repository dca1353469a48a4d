import { describe, expect, it } from "vitest";
import { interventieSchema } from "./interventie-schema.ts";

const valid = {
  organisationId: "3",
  title: "Wijkagenda",
  wijkIds: ["4", "5", "4"],
  bestuursstijl: "delegerend",
  nulmetingPeriode: "2024-H2",
  vervolgPeriode: "2025",
  rollen: { buurtmakers: " Trekken het. ", bestuur: "" },
  horizontaal: "on",
};

describe("the intervention form's schema", () => {
  it("reads ticked boxes, optional choices and the actors' roles", () => {
    expect(interventieSchema.parse(valid)).toMatchObject({
      wijkIds: [4, 5],
      voorwaarden: [],
      instrumentWerking: null,
      onderzoeksdesignId: null,
      horizontaal: true,
      sharedWithCircle: false,
      rollen: { buurtmakers: "Trekken het." },
    });
  });

  it("asks for a follow-up after the baseline, in a period of the monitor", () => {
    const issues = (input: object) =>
      interventieSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => i.message);
    expect(issues({ vervolgPeriode: "2024-H2" })).toEqual(["interventie.fout.vervolgNaNulmeting"]);
    expect(issues({ vervolgPeriode: "2024" })).toEqual(["interventie.fout.vervolgNaNulmeting"]);
    expect(issues({ vervolgPeriode: "" })).toBeUndefined();
    expect(issues({ nulmetingPeriode: "2024-H3" })).toEqual(["interventie.fout.periode"]);
    expect(issues({ nulmetingPeriode: "1990" })).toEqual(["interventie.fout.periode"]);
  });

  it("needs at least one neighbourhood and a governance style", () => {
    const { wijkIds: _, ...withoutWijk } = valid;
    const issues = interventieSchema
      .safeParse({ ...withoutWijk, bestuursstijl: "" })
      .error?.issues.map((i) => i.message);
    expect(issues).toEqual(["interventie.fout.kiesWijk", "interventie.fout.kiesStijl"]);
  });
});
