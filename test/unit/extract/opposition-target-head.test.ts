import { describe, expect, it } from "vitest";
import { extract, factsOf, keysOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A target phrase is read by the class of its head noun (opposition-head-class.ts).
describe("opposition target by head noun class", () => {
  it("gives a noun of attitude or act to the party that owns it", () => {
    // Possessive, quoted, with a second predicate after it.
    expect(
      opposes(
        'The Alliance of Sahel States issued a statement denouncing Algeria\'s "hostile posture" and voicing support for Niamey.',
      ),
    ).toEqual(["org:alliance-of-sahel-states -> country:DZA"]);
    // The doer after a participle and "from", a capital standing for its state.
    expect(
      opposes(
        "Kenyan Foreign Minister Musalia Mudavadi criticised the hostile rhetoric coming from Mogadishu in recent weeks.",
      ),
    ).toEqual(["person:musalia-mudavadi -> country:SOM"]);
    // The doer after "displayed by", told as a state's rulers by its demonym.
    expect(
      opposes(
        "Congolese President Felix Tshisekedi denounced what he called the arrogant attitude displayed by the Rwandan leadership.",
      ),
    ).toEqual(["person:felix-tshisekedi -> country:RWA"]);
  });

  it("gives acts done by a state's forces, vessels or rulers to that state", () => {
    expect(
      opposes(
        "Armenia's foreign ministry condemned the continuing aggression by Azerbaijani forces along the border.",
      ),
    ).toEqual(["country:ARM -> country:AZE"]);
    expect(
      opposes(
        "Philippine President Ferdinand Marcos criticised the dangerous manoeuvres of Chinese coast guard vessels near the shoal.",
      ),
    ).toEqual(["person:ferdinand-marcos -> country:CHN"]);
    expect(
      opposes(
        "US President Donald Trump raised tariffs on Canadian steel. Canadian Prime Minister Mark Carney rejected the coercive tactics of the Trump administration.",
      ),
    ).toContain("person:mark-carney -> country:USA");
    // Forces told by their state's demonym, in the active or the passive.
    expect(
      opposes("Human Rights Watch accused Russian troops of executing prisoners near Pokrovsk."),
    ).toEqual(["org:human-rights-watch -> country:RUS"]);
    expect(
      opposes(
        "Rwandan soldiers were accused by Congolese Foreign Minister Therese Kayikwamba Wagner of fighting alongside the rebels.",
      ),
    ).toEqual(["person:therese-kayikwamba-wagner -> country:RWA"]);
    // Rulers called by the body they are.
    expect(
      opposes(
        "Pakistani Foreign Minister Ishaq Dar criticised the Taliban authorities for sheltering militants.",
      ),
    ).toEqual(["person:ishaq-dar -> org:taliban"]);
    // A demonym as the first half of a compound does not own the forces.
    expect(opposes("Ukraine condemned Russian-backed separatist forces in Donetsk.")).not.toContain(
      "country:UKR -> country:RUS",
    );
  });

  it("takes a bare noun of how a party acts back to whoever did it in the sentence before", () => {
    expect(
      opposes(
        "Russian fighter jets flew over the Gulf of Finland twice this week. Finnish Defence Minister Antti Hakkanen condemned the provocations on Friday.",
      ),
    ).toEqual(["person:antti-hakkanen -> country:RUS"]);
    expect(
      opposes(
        "China sent 30 warships around Taiwan on Sunday. Taiwanese President Lai Ching-te denounced such intimidation.",
      ),
    ).toEqual(["person:lai-ching-te -> country:CHN"]);
    // The holder's own doing is no stance against itself.
    expect(
      opposes(
        "Hungarian Prime Minister Viktor Orban defended his veto on Monday. He said Budapest would never change its stance.",
      ),
    ).toEqual([]);
    // A sentence before that tells only a meeting or a host names no doer.
    expect(
      opposes(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris. Both leaders condemned the aggression.",
      ),
    ).not.toContain("person:emmanuel-macron -> person:olaf-scholz");
    expect(
      opposes("Kenya hosted a regional summit on Monday. Uganda condemned such intimidation."),
    ).not.toContain("country:UGA -> country:KEN");
  });

  it("gives a doing owned by 'his' or 'her' to the person the story is about, not the holder", () => {
    expect(
      opposes(
        "Israeli Prime Minister Benjamin Netanyahu spoke at the UN on Friday. Turkish President Recep Tayyip Erdogan denounced his rhetoric as inflammatory.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> person:benjamin-netanyahu"]);
    // "her government's handling": the pronoun owns the government, not the handling.
    expect(
      opposes(
        "Argentine President Javier Milei spoke in Madrid on Friday. Spanish opposition leader Alberto Nunez Feijoo criticised her government's handling of the visit.",
      ),
    ).not.toContain("person:alberto-nunez-feijoo -> person:javier-milei");
    // A person named earlier in the same sentence comes before the sentence before's opener.
    expect(
      opposes(
        "President Luis Arce spoke in La Paz on Monday. Opposition leader Juan Perez, who met Ana Gomez in Sucre, condemned her approach to the crisis.",
      ),
    ).toEqual(["person:juan-perez -> person:ana-gomez"]);
    // "his own" is the holder's.
    expect(
      opposes(
        "President Cyril Ramaphosa spoke in Pretoria on Monday. Former president Jacob Zuma criticised his own conduct in office.",
      ),
    ).not.toContain("person:jacob-zuma -> person:cyril-ramaphosa");
  });

  it("gives a content noun to the party that owns it or did it, the phrase kept as a topic", () => {
    // A possessive before the head noun, any noun: a state, a body, a firm, a person.
    expect(
      opposes("Polish President Andrzej Duda condemned Russia's invasion of Ukraine."),
    ).toEqual(["person:andrzej-duda -> country:RUS"]);
    expect(
      opposes("Human Rights Watch criticised Italy's cooperation with Tunisian security forces."),
    ).toEqual(["org:human-rights-watch -> country:ITA"]);
    expect(opposes("Sweden rejected Norway's contribution to the fund.")).toEqual([
      "country:SWE -> country:NOR",
    ]);
    expect(opposes("Britain slammed the EU's decision to cut fishing quotas.")).toEqual([
      "country:GBR -> org:european-union",
    ]);
    expect(
      keysOf(extract("Sweden rejected Norway's contribution to the fund."), "Issue"),
    ).toContain("issue:norway-s-contribution-to-the-fund");
    // The doer after "by" or "from" the head, or "by" after an "of" phrase.
    expect(
      opposes(
        "Foreign Minister Roberto Alvarez rejected an appeal by the UN refugee agency to halt returns.",
      ),
    ).toEqual(["person:roberto-alvarez -> org:un-refugee-agency"]);
    expect(
      opposes(
        "Amnesty International condemned the arrest of Levan Khabeishvili by Georgian police.",
      ),
    ).toEqual(["org:amnesty-international -> country:GEO"]);
    // A seat of government named with its article stands for its state.
    expect(opposes("Iran denounced pressure from the White House.")).toEqual([
      "country:IRN -> country:USA",
    ]);
    expect(opposes("Sweden rejected calls from the Kremlin to lift sanctions.")).toEqual([
      "country:SWE -> country:RUS",
    ]);
  });

  it("gives crews, ships and where they are sent to the state of their demonym", () => {
    expect(
      opposes(
        "Philippine Coast Guard spokesperson Jay Tarriela accused the Chinese crews of aiming at the bridge.",
      ),
    ).toEqual(["country:PHL -> country:CHN"]);
    expect(
      opposes("The Philippines protested against the deployment of Chinese coast guard ships."),
    ).toEqual(["country:PHL -> country:CHN"]);
    // The forces a doing befell are no doer.
    expect(opposes("Poland condemned the attack on Lithuanian border guards.")).toEqual([
      "country:POL -> issue:attack-on-lithuanian-border-guards",
    ]);
  });

  it("leaves a content noun to the issue when no one owns or does it, or two do, or the holder", () => {
    expect(
      opposes("Opposition leader Jean Ping criticised the conduct of the vote in Gabon."),
    ).toEqual(["person:jean-ping -> issue:conduct-of-the-vote-in-gabon"]);
    // "from" after an "of" phrase is a source, not a doer.
    expect(opposes("Greece condemned the expulsion of migrants from Turkey.")).toEqual([
      "country:GRC -> issue:expulsion-of-migrants-from-turkey",
    ]);
    expect(opposes("Kenya criticised its own decision to delay the vote.")).toEqual([
      "country:KEN -> issue:own-decision-to-delay-the-vote",
    ]);
  });

  it("gives rulers placed in a capital or named with their state to that state", () => {
    expect(
      opposes(
        "Foreign Minister Amina Hadid condemned the putschist authorities in Niamey on Monday.",
      ),
    ).toEqual(["person:amina-hadid -> country:NER"]);
    expect(
      opposes(
        "Senegalese Foreign Minister Yassine Fall criticised the military government in Conakry for postponing the election.",
      ),
    ).toEqual(["person:yassine-fall -> country:GIN"]);
    expect(
      opposes(
        "Thai Prime Minister Paetongtarn Shinawatra criticised the military rulers of Myanmar for the air strikes.",
      ),
    ).toEqual(["person:paetongtarn-shinawatra -> country:MMR"]);
    expect(
      opposes(
        "Moroccan Foreign Minister Nasser Bourita accused the rulers in Algiers of arming the rebels.",
      ),
    ).toEqual(["person:nasser-bourita -> country:DZA"]);
  });

  it("reads the head past coordinated adjectives, a speaker's label, a capital in apposition and 'the bloc's'", () => {
    expect(
      opposes(
        'Cypriot President Nikos Christodoulides condemned the "provocative and irresponsible" behaviour of Ankara off the island.',
      ),
    ).toEqual(["person:nikos-christodoulides -> country:TUR"]);
    expect(
      opposes(
        "Moroccan Foreign Minister Nasser Bourita rejected what Rabat called Algeria's hostile posture toward the kingdom.",
      ),
    ).toContain("person:nasser-bourita -> country:DZA");
    expect(
      opposes(
        "Algerian Foreign Minister Ahmed Attaf criticised the authorities in the capital, Bamako, for expelling the envoy.",
      ),
    ).toEqual(["person:ahmed-attaf -> country:MLI"]);
    expect(
      opposes(
        "The European Union agreed a new sanctions package on Friday. Russian Foreign Minister Sergei Lavrov condemned the bloc's hostile stance.",
      ),
    ).toEqual(["person:sergei-lavrov -> org:european-union"]);
  });

  it("does not end a target at the '-led' of a compound adjective", () => {
    expect(
      opposes(
        "Houthi spokesman Mohammed Abdulsalam condemned the Saudi-led coalition's air strikes on Sanaa.",
      ),
    ).toEqual(["person:mohammed-abdulsalam -> issue:saudi-led-coalition-s-air-strikes-on-sanaa"]);
    expect(
      opposes(
        "Ivorian President Alassane Ouattara criticised the junta-led government in Ouagadougou for leaving ECOWAS.",
      ),
    ).toEqual(["person:alassane-ouattara -> country:BFA"]);
  });

  it("takes an interim government told with no state as a body of its own", () => {
    expect(
      opposes(
        "Opposition leader Mirza Alam criticised the interim administration for leasing out the country's largest port.",
      ),
    ).toEqual(["person:mirza-alam -> org:interim-administration"]);
  });

  it("reads 'the Fund's' and 'the Bank' as the body of that name told before", () => {
    expect(
      opposes(
        "Ecuador has borrowed without an IMF programme since May. The Saudi Fund for Development approved a loan for a hospital in Quito. President Daniel Noboa rejected the Fund's proposed $4 billion programme last year.",
      ),
    ).toEqual(["person:daniel-noboa -> org:international-monetary-fund"]);
    // A lowercase "central bank" is no body named before.
    expect(
      opposes(
        "The Asian Development Bank approved a grant for Nepal. Nepali Finance Minister Bishnu Paudel criticised the central bank's decision to raise rates.",
      ),
    ).not.toContain("person:bishnu-paudel -> org:asian-development-bank");
  });

  it("reads a light noun by what it is for, and drops it when nothing says what it is", () => {
    expect(
      opposes(
        "Indonesian Foreign Minister Sugiono criticised the signing ceremony for the Fiji-Tonga fisheries treaty.",
      ),
    ).toEqual(["person:sugiono -> issue:fiji-tonga-fisheries-treaty"]);
    // A bare occasion is what it was held for, told in a sentence before.
    expect(
      opposes(
        "Turkmenistan and Afghanistan held a ceremony at the border to launch work on the railway. Uzbek Foreign Minister Bakhtiyor Saidov criticised the ceremony on Thursday.",
      ),
    ).toEqual(["person:bakhtiyor-saidov -> issue:work-on-the-railway"]);
    expect(
      opposes(
        "Ethiopia inaugurated the Blue Nile dam at a ceremony on Sunday. Egyptian Foreign Minister Badr Abdelatty condemned the ceremony.",
      ),
    ).toEqual(["person:badr-abdelatty -> issue:blue-nile-dam"]);
    // "on" ends what it was for only before a day or a date.
    expect(
      opposes(
        "Ethiopia held a ceremony to mark the anniversary of the dam on Monday in Guba. Egypt condemned the ceremony.",
      ),
    ).toEqual(["country:EGY -> issue:anniversary-of-the-dam"]);
    expect(
      opposes(
        "Azerbaijan held a ceremony to launch work on a new road through Lachin. Armenia condemned the ceremony.",
      ),
    ).toEqual(["country:ARM -> issue:work-on-a-new-road-through-lachin"]);
    expect(
      opposes(
        "The two presidents dined together in Lima on Friday. Chilean senator Ximena Rincon criticised the event.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "The Chinese and Russian navies held joint patrols near Hokkaido this week. Japanese Defence Minister Gen Nakatani condemned the operation on Friday.",
      ),
    ).toEqual([]);
    // Only an occasion is what it is for: a statement or a summit on a topic is not the topic.
    expect(opposes("Russia rejected the summit on Ukraine held in Switzerland.")).toEqual([
      "country:RUS -> issue:summit-on-ukraine-held-in-switzerland",
    ]);
  });

  it("leaves out when a stance was held, but keeps why", () => {
    expect(
      opposes("Senegalese President Bassirou Diomaye Faye criticised the project from the start."),
    ).toEqual(["person:bassirou-diomaye-faye -> issue:project"]);
    expect(
      opposes(
        "Zambian opposition leader Hakainde Mumba criticised the lenders for financing the mine.",
      ),
    ).toEqual(["person:hakainde-mumba -> issue:lenders-for-financing-the-mine"]);
  });
});
