import { z } from "zod";
import { deliveryModes, notificationCategories, type NotificationCategory } from "#db/schema.ts";

// The form "Meldingen" on /account: per category how the person gets its news.
const choice = z.enum(deliveryModes, { error: "fout.maakKeuze" });

export const preferencesSchema = z.object({
  intent: z.literal("meldingen"),
  ...(Object.fromEntries(notificationCategories.map((c) => [c, choice])) as Record<
    NotificationCategory,
    typeof choice
  >),
  // Only beheerders are offered the category of their own news (erasure requests, inactive
  // accounts); everyone else's form leaves it out.
  beheer: choice.optional(),
});
