import { expect, it } from "vitest";
import { createOrganisation, createUser, createWijk, createWijkmeting } from "#tests/factories.ts";
import { deleteWijk, listWijken } from "./wijken.server.ts";

it("counts the uses of a neighbourhood every time it is asked, and refuses to delete one in use", async () => {
  const org = createOrganisation();
  const user = await createUser({ organisationId: org.id });
  const wijk = createWijk(org.id, "In gebruik");
  expect(listWijken(org.id).wijken[0]!.inUse).toBe(false);
  createWijkmeting({ organisationId: org.id, wijk: "In gebruik" });
  expect(listWijken(org.id).wijken[0]).toMatchObject({ metingen: 1, inUse: true });
  expect(deleteWijk(org.id, wijk.id, user.id)).toEqual({ error: "in-gebruik" });
});
