import { expect, it } from "vitest";
import { createOrganisation, createUser, createWijk, createWijkmeting } from "#tests/factories.ts";
import { deleteWijk, listWijken } from "./wijken.server.ts";

it("counts the uses of a neighbourhood every time it is asked, and refuses to delete one in use", async () => {
  const org = createOrganisation();
  const user = await createUser({ organisationId: org.id });
  // Other rows first, so no id of one table happens to equal the neighbourhood's.
  for (let i = 0; i < 3; i++) createWijkmeting({ organisationId: org.id });
  const wijk = createWijk(org.id, "In gebruik");
  const row = () => listWijken(org.id).wijken.find((w) => w.id === wijk.id)!;
  expect(row().inUse).toBe(false);
  createWijkmeting({ organisationId: org.id, wijk: "In gebruik" });
  expect(row()).toMatchObject({ metingen: 1, inUse: true });
  expect(row()).toMatchObject({ metingen: 1, inUse: true });
  expect(deleteWijk(org.id, wijk.id, user.id)).toEqual({ error: "in-gebruik" });
});
