import { z } from "zod";
import { idField } from "#app/utils/fields.ts";

// The forms of the AVG pages, checked alike in the browser and in the action.

/** /account/mijn-gegevens: the person asks for erasure. */
export const erasureRequestSchema = z.object({ intent: z.literal("wissen-vragen") });

/** /beheer/verwijderverzoeken: a beheerder erases the account of a request. */
export const eraseSchema = z.object({ intent: z.literal("wissen"), requestId: idField });
