import type { Route } from "./+types/toegankelijkheid";
import { StatementPage } from "#app/verklaringen/statement-view.tsx";
import { getStatement, visitorLocale } from "#app/verklaringen/statements.server.ts";

// The accessibility statement (digitoegankelijk.nl's model), public: in the visitor's language, the beheerder's text if
// there is one (/beheer/verklaringen), else the shipped one.
export function loader({ request }: Route.LoaderArgs) {
  const { kind, text, updatedAt } = getStatement("toegankelijkheid", visitorLocale(request));
  return { statement: { kind, text, updatedAt } };
}

export default function Toegankelijkheid({ loaderData }: Route.ComponentProps) {
  return <StatementPage statement={loaderData.statement} />;
}
