import type { Route } from "./+types/privacy";
import { StatementPage } from "#app/verklaringen/statement-view.tsx";
import { getStatement, visitorLocale } from "#app/verklaringen/statements.server.ts";

// The privacy statement (AVG art. 13), public: in the visitor's language, the beheerder's text if
// there is one (/beheer/verklaringen), else the shipped one.
export function loader({ request }: Route.LoaderArgs) {
  const { kind, text, updatedAt } = getStatement("privacy", visitorLocale(request));
  return { statement: { kind, text, updatedAt } };
}

export default function Privacy({ loaderData }: Route.ComponentProps) {
  return <StatementPage statement={loaderData.statement} />;
}
