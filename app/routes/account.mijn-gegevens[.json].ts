import type { Route } from "./+types/account.mijn-gegevens[.json]";
import { notFound, requirePermission } from "#app/auth/user.server.ts";
import { exportPersonalData } from "#app/gegevens/personal-data.server.ts";

// The person's own data as JSON (AVG articles 15 and 20): only one's own, and recorded in the
// audit trail (gegevens.geexporteerd).
export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "account:eigen-beheren");
  const data = exportPersonalData(user.id);
  if (!data) throw notFound();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(
    JSON.stringify({ bron: "Leerkring", gemaakt: new Date(), ...data }, null, 2),
    {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="leerkring-mijn-gegevens-${day}.json"`,
      },
    },
  );
}
