import { redirect } from "react-router";
import type { Route } from "./+types/beheer._index";
import { requirePermission } from "#app/auth/user.server.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "beheer:openen");
  return redirect("/beheer/uitnodigingen");
}
