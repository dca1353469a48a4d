import { redirect } from "react-router";
import type { Route } from "./+types/beheer._index";
import { requirePermission } from "#app/auth/user.server.ts";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "beheer:openen");
  return redirect("/beheer/uitnodigingen");
}

// A route without a component is a resource route: its thrown 403 would reach the browser as raw
// JSON instead of the error page. The loader always redirects, so this never renders.
export default function BeheerIndex() {
  return null;
}
