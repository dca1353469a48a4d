import type { Catalogue } from "../catalogue.ts";
import type { gemeenten as nl } from "../nl/gemeenten.ts";

export const gemeenten = {
  "gemeente.lijst": "Municipalities",
  "gemeente.lijstUitleg":
    "The first learning circle takes part in all tracks of the learning programme; the second learning circle in the theme meetings.",
  "gemeente.geen": "No municipalities in this learning circle.",
  "gemeente.opvatting": "View of the social basis",
  "gemeente.aantalLeervragen": "Learning questions",
  "gemeente.visie": "How this municipality views the social basis",
  "gemeente.geenOpvatting": "The municipality has not yet described its view of the social basis.",
  "gemeente.nietIngevuld": "Not yet filled in",
  "gemeente.benaderingen": "Approaches to the social basis",
  "gemeente.visieBron":
    "Narrow and broad view: De Sociale Basis: het investeren waard (2018). The four approaches: Sterke beleidsinterventies, sterke sociale basis (Movisie, 2021).",
  "gemeente.visieOpgeslagen": "The view of the social basis and the context have been saved.",
  "gemeente.historie": "How the view changed",
  "gemeente.historieUitleg":
    "Each time the view or the approaches change, the previous state stays here: it shows how the municipality came to see the social basis differently during the learning programme.",
  "gemeente.geenHistorie": "The view has not yet been recorded or changed in Leerkring.",
  "gemeente.historie.datum": "Recorded on",
  "gemeente.historie.door": "By",
  "gemeente.filters": "Filter municipalities",
  "gemeente.geenMetTag": "No municipalities with this context in this learning circle.",
  "gemeente.contactpersonen": "Contacts",
  "gemeente.contactUitleg":
    "Contact details are shown only to those who work with these people: the project leaders, the staff of Movisie and the Werkplaatsen, the beheerder, their own municipality and those who work with them in local casework.",
  "gemeente.geenContactpersonen": "There are no accounts for this municipality yet.",
  "gemeente.leervragen": "Learning questions",
  "gemeente.geenLeervragen": "This municipality has not submitted any learning questions yet.",
  "gemeente.gastheer": "Intervision host",
  "gemeente.nogNooitGastheer": "This municipality has not been host yet.",
  "gemeente.geenTrajecten": "There is no local project here yet.",
  "opvatting.smal": "Narrow",
  "opvatting.breed": "Broad",
  "opvatting.uitleg.smal":
    "Narrow view: the social basis essentially consists of people and their social networks.",
  "opvatting.uitleg.breed":
    "Broad view: besides people and their networks, also the statutory, policy and professional system, up to and including adjacent fields such as spatial planning, education, sport and care.",
  "benadering.non-institutioneel": "Non-institutional approach",
  "benadering.halfdelijn": "“Half-line” approach",
  "benadering.basisfunctioneel": "Basic-functional approach",
  "benadering.infrastructureel": "Infrastructural approach",
  "benadering.uitleg.non-institutioneel":
    "what citizens arrange among themselves; of value to all residents: belonging, contributing and having something to fall back on.",
  "benadering.uitleg.halfdelijn":
    "the initiatives and connections that citizens and professionals (social brokers, community workers, neighbourhood coaches) build and maintain in neighbourhoods.",
  "benadering.uitleg.basisfunctioneel":
    "starting from problems: what needs to be in the social basis to fulfil functions such as meeting others, light support, and information and advice?",
  "benadering.uitleg.infrastructureel":
    "general, preventive and curative facilities and networks, from the library and clubs to the food bank.",
} satisfies Catalogue<typeof nl>;
