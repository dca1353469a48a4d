import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/bijlagen.verwijderen.$id";
import { canManageBijlagen, canReadBijlagen } from "#app/auth/rules/bijlage.ts";
import { forbidden, notFound, requireFound, requireUser } from "#app/auth/user.server.ts";
import { backToOwner, deleteBijlage, getBijlage } from "#app/bijlagen/bijlagen.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";

// Removing an attachment, after a confirmation step (works without JavaScript). The file itself
// goes when no other attachment holds the same content.

function load(request: Request, idParam: string) {
  const user = requireUser(request);
  const bijlage = requireFound(idParam, getBijlage);
  if (!bijlage.owner || !canReadBijlagen(user, bijlage.owner.resource)) throw notFound();
  if (!canManageBijlagen(user, bijlage.owner.resource)) throw forbidden();
  return { bijlage, owner: bijlage.owner };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { bijlage, owner } = load(request, params.id);
  return { title: bijlage.title, filename: bijlage.filename, back: backToOwner(owner) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { bijlage, owner } = load(request, params.id);
  const formData = await request.formData();
  if (!isConfirmed(formData)) return redirect(`/bijlagen/verwijderen/${bijlage.id}`, 303);
  deleteBijlage(bijlage);
  return redirect(backToOwner(owner, "bijlage=verwijderd"), 303);
}

export default function BijlageVerwijderen({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("bijlage.verwijderen.titel", { titel: loaderData.title })}</PageTitle>
      <Heading1>{t("bijlage.verwijderen.titel", { titel: loaderData.title })}</Heading1>
      <Paragraph>{loaderData.filename}</Paragraph>
      <ConfirmStep
        id="bevestig-verwijderen"
        consequences={[t("bijlage.verwijderen.gevolg")]}
        fields={{}}
        confirmLabel={t("bijlage.verwijderen.knop")}
        cancelTo={loaderData.back}
      />
    </div>
  );
}
