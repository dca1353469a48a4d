import { redirect } from "react-router";
import type { Route } from "./+types/uitloggen";
import { logOut } from "#app/auth/accounts.server.ts";
import { blankSessionCookie } from "#app/auth/session.server.ts";
import { getAuth } from "#app/auth/user.server.ts";

// Logging out changes state, so it is a POST (the header's button); a GET only goes home.
export function loader() {
  return redirect("/");
}

export function action({ request }: Route.ActionArgs) {
  const auth = getAuth(request);
  if (auth) logOut(auth.user.id, auth.session.id);
  return redirect("/", { headers: { "Set-Cookie": blankSessionCookie() } });
}
