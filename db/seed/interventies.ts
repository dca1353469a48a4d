import { inArray } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import {
  indicatoren,
  interventieIndicatoren,
  interventies,
  interventieWijken,
  onderzoeksdesigns,
} from "#db/schema.ts";
import { demoWijk } from "./monitor.ts";

// Demo policy interventions. Illustrative (the descriptions say so): the seeds describe the kinds
// of instruments, styles and factors, not what these municipalities did. Set in the neighbourhoods
// the demo assesses, between the previous and the current year's assessment, so that the
// assessment pages show them beside the change in scores. Runs after seedDemoWijkmetingen.

type DemoInterventie = Omit<
  typeof interventies.$inferInsert,
  "organisationId" | "onderzoeksdesignId" | "createdById"
> & {
  gemeente: string;
  wijken: string[];
  indicatoren: string[];
  design: string | null;
  by: string;
};

function demoInterventies(year: number): DemoInterventie[] {
  const previous = String(year - 1);
  const current = String(year);
  return [
    {
      gemeente: "haarlem",
      wijken: ["Schalkwijk"],
      by: "fatima.ouali@leerkring.test",
      title: "Wijkagenda Schalkwijk, samen met bewoners",
      description:
        "Illustratief voorbeeld. Bewoners, het wijkteam, de welzijnsorganisatie en de gemeente stellen samen een wijkagenda op en kiezen elk jaar drie opgaven.",
      voorwaarden: ["cohesie", "empowerment"],
      indicatoren: ["C01", "C04", "E01"],
      instrumentAarden: ["communicatief"],
      instrumentWerking: "stimulerend",
      instrumentReikwijdte: "specifiek",
      instrumentRichting: "van-onderop",
      horizontaal: true,
      bestuursstijl: "samenwerkend",
      rollen: {
        bestuur: "Stelt de wijkagenda vast en houdt er budget voor vrij.",
        ambtenaren: "Wijkregisseur verbindt de agenda met het gemeentelijk beleid.",
        buurtmakers: "Kiezen de opgaven en trekken er twee van.",
        professionals: "Ondersteunen de werkgroepen van bewoners.",
      },
      factoren: ["openheid", "duidelijkheid", "samenwerkingsrelatie", "middelen"],
      design: "Contributieanalyse",
      nulmetingPeriode: previous,
      vervolgPeriode: current,
      resultaat:
        "Illustratief. Meer bewoners zeggen dat ze invloed hebben op wat er in de wijk gebeurt; de buurtkamer is drie dagen per week open.",
      sharedWithCircle: true,
    },
    {
      gemeente: "hilversum",
      wijken: ["Hilversum-Oost"],
      by: "deelnemer@leerkring.test",
      title: "Vast aanspreekpunt voor vrijwilligersinitiatieven",
      description:
        "Illustratief voorbeeld. Het wijkteam geeft elk vrijwilligersinitiatief in Hilversum-Oost een vast aanspreekpunt en koppelt verwijzingen terug.",
      voorwaarden: ["inclusie"],
      indicatoren: ["I01"],
      instrumentAarden: ["communicatief", "economisch"],
      instrumentWerking: "stimulerend",
      instrumentReikwijdte: null,
      instrumentRichting: "van-onderop",
      horizontaal: true,
      bestuursstijl: "faciliterend",
      rollen: {
        professionals: "Het wijkteam is aanspreekpunt en koppelt terug.",
        vrijwilligers: "De buurtkamer en het maaltijdproject houden de regie.",
      },
      factoren: ["duidelijkheid", "meerwaarde"],
      design: "Actieonderzoek",
      nulmetingPeriode: previous,
      vervolgPeriode: null,
      resultaat: "",
      sharedWithCircle: true,
    },
    {
      gemeente: "amstelveen",
      wijken: ["Amstelveen-Noord"],
      by: "iris.vanleeuwen@leerkring.test",
      title: "Schuldhulp dichtbij in Amstelveen-Noord",
      description:
        "Illustratief voorbeeld. Een spreekuur voor geldzaken in het buurthuis, met vrijwilligers en een schuldhulpverlener.",
      voorwaarden: ["zekerheid"],
      indicatoren: ["Z01"],
      instrumentAarden: ["economisch", "fysiek"],
      instrumentWerking: "stimulerend",
      instrumentReikwijdte: "generiek",
      instrumentRichting: "van-bovenaf",
      horizontaal: false,
      bestuursstijl: "participatief",
      rollen: { ambtenaren: "Organiseren het spreekuur en vragen bewoners om advies." },
      factoren: ["openheid"],
      design: "Voor- en nameting",
      nulmetingPeriode: current,
      vervolgPeriode: null,
      resultaat: "",
      sharedWithCircle: false,
    },
  ];
}

export function seedDemoInterventies(
  tx: DbOrTx,
  ctx: { orgId: Map<string, number>; userId: Map<string, number>; year: number },
) {
  const all = demoInterventies(ctx.year);
  const codes = tx
    .select({ id: indicatoren.id, code: indicatoren.code })
    .from(indicatoren)
    .where(inArray(indicatoren.code, [...new Set(all.flatMap((i) => i.indicatoren))]))
    .all();
  const designs = tx.select().from(onderzoeksdesigns).all();
  for (const { gemeente, wijken, indicatoren: chosen, design, by, ...values } of all) {
    const organisationId = ctx.orgId.get(gemeente)!;
    const { id } = tx
      .insert(interventies)
      .values({
        ...values,
        organisationId,
        onderzoeksdesignId: designs.find((d) => d.name === design)?.id ?? null,
        createdById: ctx.userId.get(by) ?? null,
      })
      .returning({ id: interventies.id })
      .get();
    tx.insert(interventieWijken)
      .values(wijken.map((w) => ({ interventieId: id, wijkId: demoWijk(tx, organisationId, w) })))
      .run();
    tx.insert(interventieIndicatoren)
      .values(
        codes
          .filter((c) => chosen.includes(c.code))
          .map((c) => ({ interventieId: id, indicatorId: c.id })),
      )
      .run();
  }
}
