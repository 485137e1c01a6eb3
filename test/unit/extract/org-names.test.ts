import { describe, expect, it } from "vitest";
import { extract, factsOf, fundsOf, keysOf } from "./helpers.ts";

/** Organisation keys of a one-article text. */
function orgsOf(body: string): string[] {
  return keysOf(extract(body), "Organization").sort();
}

// Each case pins one general way a body's name is written (or a near miss that is not one name).
describe("organisation names", () => {
  it("goes on through a small word before the body's cause", () => {
    expect(orgsOf("The Network of Women in Mining criticised the new royalty rules.")).toEqual([
      "org:network-of-women-in-mining",
    ]);
    expect(
      orgsOf("The Union of Fishing Villages in Defence of the Coast denounced the port."),
    ).toEqual(["org:union-of-fishing-villages-in-defence-of-the-coast"]);
    expect(orgsOf("The Institute for Studies on Water and Soil warned against the dam.")).toEqual([
      "org:institute-for-studies-on-water-and-soil",
    ]);
    expect(orgsOf("The Association of Nurses in Rural Practice rejected the cuts.")).toEqual([
      "org:association-of-nurses-in-rural-practice",
    ]);
  });

  it("ends the name where the small word opens a place, a date or another body", () => {
    expect(orgsOf("The Institute for Security Studies in Pretoria warned against it.")).toEqual([
      "org:institute-for-security-studies",
    ]);
    expect(orgsOf("The Party for Freedom and Progress in Parliament voted against it.")).toEqual([
      "org:parliament",
      "org:party-for-freedom-and-progress",
    ]);
    expect(orgsOf("The Alliance for Progress in Honduras rejected the result.")).not.toContain(
      "org:alliance-for-progress-in-honduras",
    );
    expect(orgsOf("The Army against Hamas has fought for two years.").join()).not.toContain(
      "against-hamas",
    );
  });

  it("reads a French or Spanish body's name from its head through its joiners", () => {
    expect(
      orgsOf("In Dakar, the Rassemblement pour la Justice Sociale accused the state."),
    ).toEqual(["org:rassemblement-pour-la-justice-sociale"]);
    expect(orgsOf("The Coordinadora de Pueblos del Sur said it would go to court.")).toEqual([
      "org:coordinadora-de-pueblos-del-sur",
    ]);
  });

  it("takes a plural and 'without' with a name for one body, wherever it stands", () => {
    expect(orgsOf("Lawyers without Borders condemned the arrest.")).toEqual([
      "org:lawyers-without-borders",
    ]);
    expect(orgsOf("Forests without Frontiers, a conservation group, opposed the law.")).toEqual([
      "org:forests-without-frontiers",
    ]);
    expect(orgsOf("Engineers without pay staged a strike at the port.")).toEqual([]);
  });

  it("splits a title from a body whose name goes on past its small words", () => {
    const doc = extract(
      "The head of the Union of Women in Agriculture, Rose Achieng, condemned the levy.",
    );
    expect(keysOf(doc, "Organization")).toEqual(["org:union-of-women-in-agriculture"]);
    expect(keysOf(doc, "Person")).toEqual(["person:rose-achieng"]);
    expect(orgsOf("A spokesman for Teachers without Classrooms said the cuts were cruel.")).toEqual(
      ["org:teachers-without-classrooms"],
    );
  });
});

describe("bodies named by their members", () => {
  it("keeps a capitalised members' possessive inside the body's name", () => {
    expect(orgsOf("The Ceylon Port Engineers' Union protested against the sale.")).toEqual([
      "org:ceylon-port-engineers-union",
    ]);
    expect(orgsOf("The ruling was welcomed by the Ivorian Cocoa Farmers' Cooperative.")).toEqual([
      "org:ivorian-cocoa-farmers-cooperative",
    ]);
    expect(orgsOf("Kenya's Teachers' Union rejected the new curriculum.")).toEqual([
      "org:teachers-union",
    ]);
    const doc = extract("Workers' Party leader Ana Lopes said the bill was a betrayal.");
    expect(keysOf(doc, "Organization")).toEqual(["org:workers-party"]);
    expect(keysOf(doc, "Person")).toEqual(["person:ana-lopes"]);
  });

  it("leaves a state or a known body in the possessive its owner", () => {
    expect(orgsOf("The Comoros' Supreme Court confirmed the result.")).toEqual([
      "org:supreme-court",
    ]);
    expect(orgsOf("The People's Bank of China agreed to extend the swap line.")).toEqual([
      "org:people-s-bank-of-china",
    ]);
  });

  it("takes the nouns of the members' work into a lowercase body's name, not adjectives", () => {
    expect(orgsOf("The railway workers' union condemned the plan to sell the line.")).toEqual([
      "org:railway-workers-union",
    ]);
    expect(orgsOf("The tea pickers' association said wages had not risen.")).toEqual([
      "org:tea-pickers-association",
    ]);
    expect(orgsOf("The main farmers' union rejected the reform.")).toEqual(["org:farmers-union"]);
    expect(orgsOf("The striking miners' union refused to meet him.")).toEqual(["org:miners-union"]);
  });
});

describe("bodies taken up by their keyword", () => {
  it("reads 'the Movement', 'the Assembly', 'the Court' as the latest body so named", () => {
    const doc = extract(
      "The Movement for Democratic Renewal won 40 seats. On Monday the Movement denounced the count as a fraud.",
    );
    expect(keysOf(doc, "Organization")).toEqual(["org:movement-for-democratic-renewal"]);
    expect(
      orgsOf(
        "The Supreme Court of Kenya annulled the election. The Court criticised the electoral commission.",
      ),
    ).not.toContain("org:court");
  });

  it("leaves a keyword alone when no body of that name came before", () => {
    expect(orgsOf("The Federation said the levy would cost jobs.")).toEqual(["org:federation"]);
  });
});

describe("bodies two states share", () => {
  it("reads a joint or bilateral body told as known", () => {
    expect(orgsOf("The Kenya-Somalia joint commission met in Nairobi on Tuesday.")).toEqual([
      "org:kenya-somalia-joint-commission",
    ]);
    expect(orgsOf("A meeting of the two countries' joint working group was postponed.")).toEqual([
      "org:joint-working-group",
    ]);
    expect(orgsOf("A joint technical committee will follow up on the water deal.")).toEqual([
      "org:joint-technical-committee",
    ]);
  });

  it("reads no body in one only agreed to, before a noun, or with no body's noun", () => {
    expect(orgsOf("The two presidents agreed to set up a joint working group on trade.")).toEqual(
      [],
    );
    expect(orgsOf("Officials said joint commission meetings would resume in May.")).toEqual([]);
    expect(orgsOf("Ghana and Togo issued a joint statement condemning the attack.")).toEqual([]);
  });
});

describe("a state's own offices and outlets", () => {
  it("reads a presidential office or press service as the state's body", () => {
    expect(
      orgsOf("The Uzbek presidential press service said the leaders discussed energy."),
    ).toEqual(["org:uzbek-presidential-press-service"]);
    expect(orgsOf("The Kenyan presidential election was held in August.")).toEqual([]);
  });

  it("takes a state outlet's stance for its state's", () => {
    expect(
      factsOf(
        extract("Venezuelan state television denounced the sanctions as economic war."),
        "OPPOSES",
      ),
    ).toEqual(["country:VEN -> issue:sanctions"]);
  });
});

describe("a seat of government speaking", () => {
  it("reads the seat as the office there only when it speaks", () => {
    const doc = extract("State House said on Monday that the visit had been postponed.");
    expect(keysOf(doc, "Organization")).toEqual(["org:state-house"]);
    expect(keysOf(doc, "Person")).toEqual([]);
    expect(orgsOf("Miraflores Palace said the decree would be published.")).toEqual([
      "org:miraflores-palace",
    ]);
    expect(orgsOf("The visitors were received at State House with a salute.")).toEqual([]);
    // The speakers are officials there, the seat is where they are.
    expect(orgsOf("Officials at State House said Ruto would travel on Monday.")).toEqual([]);
  });
});

describe("legislatures named in their own language", () => {
  it("ends a body's name at a legislature's own word", () => {
    expect(orgsOf("The People's Majlis voted on Monday to reject the agreement.")).toEqual([
      "org:people-s-majlis",
    ]);
    expect(orgsOf("Oil output in Sabha fell after clashes.")).toEqual([]);
  });
});

describe("firms named by initials and what they sell, or as holdings and investment arms", () => {
  const peopleOf = (body: string) => keysOf(extract(body), "Person");

  it("takes initials followed by a product ('Power', 'Data', 'Solar') for a firm, not a person", () => {
    const doc = extract("Egypt's KRB Power will build a wind farm near Suez.");
    expect(keysOf(doc, "Organization")).toEqual(["org:krb-power"]);
    expect(keysOf(doc, "Person")).toEqual([]);
    expect(orgsOf("India's TLK Data opened a campus in Hyderabad.")).toEqual(["org:tlk-data"]);
    expect(orgsOf("The contract went to MZA Solar last week.")).toEqual(["org:mza-solar"]);
  });

  it("keeps the state that owns such a firm from paying for it", () => {
    const doc = extract("Kuwait's DRT Power will invest $900 million in Oman.");
    expect(factsOf(doc, "FUNDS")).toEqual(["org:drt-power -> country:OMN"]);
  });

  it("takes a name ending in 'Holding' or 'Invest' for a firm", () => {
    expect(orgsOf("Qatar's Lusail Holding will build a port in Tartus.")).toEqual([
      "org:lusail-holding",
    ]);
    expect(peopleOf("Qatar's Lusail Holding will build a port in Tartus.")).toEqual([]);
    expect(orgsOf("Brazil's Agro Invest programme backs small farmers.")).toEqual([
      "org:agro-invest",
    ]);
  });

  it("leaves people named Power, initialled names and a lone 'Holding' alone", () => {
    expect(peopleOf("Former envoy Samantha Power criticised the cuts.")).toEqual([
      "person:samantha-power",
    ]);
    expect(peopleOf("Vice President JD Vance met the delegation.")).toEqual(["person:jd-vance"]);
    expect(orgsOf("Holding the talks in Doha, the ministers agreed on a truce.")).toEqual([]);
    expect(orgsOf("Invest in people, the president urged.")).toEqual([]);
  });
});

describe("an office named after a field that opens with an adjective", () => {
  const peopleOf = (body: string) => keysOf(extract(body), "Person");

  it("keeps the field's noun after 'Foreign', 'Public', 'Rural' in the body's name", () => {
    expect(orgsOf("The Office of Foreign Property Control froze the accounts.")).toEqual([
      "org:office-of-foreign-property-control",
    ]);
    expect(peopleOf("The Office of Foreign Property Control froze the accounts.")).toEqual([]);
    expect(orgsOf("The Bureau of Public Roads Management said it would act.")).toEqual([
      "org:bureau-of-public-roads-management",
    ]);
    expect(orgsOf("The Department of Rural Water Supply opened new wells.")).toEqual([
      "org:department-of-rural-water-supply",
    ]);
  });

  it("still reads a name after a whole portfolio as a person", () => {
    expect(peopleOf("Minister of Foreign Affairs Ana Lopez met the envoy.")).toEqual([
      "person:ana-lopez",
    ]);
    expect(peopleOf("Minister of Public Works Jorge Ruiz met the envoy.")).toEqual([
      "person:jorge-ruiz",
    ]);
  });
});

describe("a place or people joined to 'based' or 'led' before a name", () => {
  const peopleOf = (body: string) => keysOf(extract(body), "Person");

  it("leaves the modifier out of the body's name", () => {
    expect(orgsOf("The Geneva-based Alpine Water Bank lent $40 million to Nepal.")).toEqual([
      "org:alpine-water-bank",
    ]);
    expect(fundsOf("The Geneva-based Alpine Water Bank lent $40 million to Nepal.")).toEqual([
      "org:alpine-water-bank -> country:NPL 40000000 USD",
    ]);
  });

  it("takes a name after a two-word place's 'based' for a body, not a person", () => {
    const doc = extract("The Hong Kong-based Harbour Line agreed to sell its ports.");
    expect(keysOf(doc, "Organization")).toEqual(["org:harbour-line"]);
    expect(keysOf(doc, "Person")).toEqual([]);
  });

  it("opposes the body itself when the modifier stands before it", () => {
    expect(
      factsOf(extract("Armenia condemned the Moscow-led Eastern Defence Alliance."), "OPPOSES"),
    ).toEqual(["country:ARM -> org:eastern-defence-alliance"]);
  });

  it("keeps hyphenated surnames and other compounds in a person's name", () => {
    expect(peopleOf("Foreign Minister Jean Villa-Lobos met the envoy.")).toEqual([
      "person:jean-villa-lobos",
    ]);
    expect(peopleOf("The Paris-born economist Ana Duval met the envoy.")).toEqual([
      "person:ana-duval",
    ]);
  });
});

describe("a state's firm whose name joins two trades with 'and'", () => {
  it("keeps both halves of the name", () => {
    expect(orgsOf("Ghana Road and Bridge Company won the contract.")).toEqual([
      "org:ghana-road-and-bridge-company",
    ]);
    expect(orgsOf("Zambia Water and Sewerage Corporation raised its tariffs.")).toEqual([
      "org:zambia-water-and-sewerage-corporation",
    ]);
  });

  it("does not join two bodies that each end in a keyword", () => {
    expect(orgsOf("Ghana Airways and Nigeria Airlines signed a code-share deal.")).toEqual([
      "org:ghana-airways",
      "org:nigeria-airlines",
    ]);
    expect(orgsOf("Ghana Police Service and Togo agreed on patrols.")).toEqual([
      "org:gha-ghana-police-service",
    ]);
  });
});
