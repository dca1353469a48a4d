import { notFound } from "#app/auth/user.server.ts";

export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
