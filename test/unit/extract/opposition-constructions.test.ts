import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { articleOf, extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Each case pins one general way English states a stance against something.
describe("opposition constructions", () => {
  it("reads a passive with an adverb between auxiliary and participle", () => {
    expect(opposes("The embargo was also condemned by Brazil and Mexico.")).toEqual([
      "country:BRA -> issue:embargo",
      "country:MEX -> issue:embargo",
    ]);
  });

  it("gives a stance repeated by another party ('as did X', 'X followed suit', 'joined X in') to that party too", () => {
    expect(opposes("Chile rejected the Bolivian tariff, as did Peru and Uruguay.")).toEqual([
      "country:CHL -> issue:bolivian-tariff",
      "country:PER -> issue:bolivian-tariff",
      "country:URY -> issue:bolivian-tariff",
    ]);
    expect(
      opposes(
        "Norway condemned the whaling quota on Friday. Iceland's neighbour Denmark followed suit.",
      ),
    ).toEqual(["country:DNK -> issue:whaling-quota", "country:NOR -> issue:whaling-quota"]);
    expect(opposes("Kenya denounced the border closure. So did Tanzania.")).toEqual([
      "country:KEN -> issue:border-closure",
      "country:TZA -> issue:border-closure",
    ]);
    expect(opposes("Ghana joined Togo in criticising the levy on cocoa.")).toEqual([
      "country:GHA -> issue:levy-on-cocoa",
      "country:TGO -> issue:levy-on-cocoa",
    ]);
    expect(
      opposes("Oxfam criticised the logging permits. Human Rights Watch echoed that criticism."),
    ).toContain("org:human-rights-watch -> issue:logging-permits");
    // Repeating something other than a stance is no stance.
    expect(
      opposes("Japan pledged $5 million to Fiji. Korea followed suit, as did Australia."),
    ).toEqual([]);
    // Joining the opposition or the protests is joining a party or a crowd.
    expect(
      opposes(
        "Kenya condemned the Ugandan border closure. Tanzania joined the opposition in 2019.",
      ),
    ).toEqual(["country:KEN -> issue:ugandan-border-closure"]);
    // A round of voting or of talks is no reproach.
    expect(
      opposes(
        "Peru held the first round on Sunday. Chile expects a new round on Gaza truce talks.",
      ),
    ).toEqual([]);
  });

  it("keeps a person as the holder when adverbs stand between their aside and the verb", () => {
    expect(
      opposes("Pedro Sánchez, the Spanish prime minister, has also condemned the Moroccan quota."),
    ).toEqual(["person:pedro-sanchez -> issue:moroccan-quota"]);
    expect(
      opposes("Ngozi Adeyemi, the Nigerian trade minister, again rejected the Ghanaian levy."),
    ).toEqual(["person:ngozi-adeyemi -> issue:ghanaian-levy"]);
  });

  it("reads 'the party', 'the organisation', 'the bloc', 'the House' as the body of that kind named before", () => {
    expect(
      opposes(
        "The opposition Justice Front party held a congress in Lusaka on Saturday. The party rejected the Zambian budget.",
      ),
    ).toEqual(["org:justice-front -> issue:zambian-budget"]);
    expect(
      opposes(
        "Oxfam published a report on Monday. The organisation criticised the Kenyan fuel tax.",
      ),
    ).toEqual(["org:oxfam -> issue:kenyan-fuel-tax"]);
    // Named last as a place ("in Brussels"), the body still holds the stance its kind word opens.
    expect(
      opposes(
        "The European Union held a summit in Brussels on Friday. The bloc condemned the Belarusian crackdown.",
      ),
    ).toEqual(["org:european-union -> issue:belarusian-crackdown"]);
    // "the House" is a legislature named before, not any house.
    expect(
      opposes(
        "The Freedom House group published a report on Monday. The House condemned the Cuban embargo.",
      ),
    ).toEqual([]);
  });

  it("reads a bare 'the ministry' as a state's organ, like 'the foreign ministry'", () => {
    expect(
      opposes(
        "Peru's foreign ministry published a statement on Monday. The ministry rejected the Bolivian tariff.",
      ),
    ).toEqual(["country:PER -> issue:bolivian-tariff"]);
  });

  it("reads 'the Ministry of … of <state>' as that state", () => {
    expect(
      opposes("The Ministry of Foreign Affairs of Chile rejected the Bolivian tariff on Monday."),
    ).toEqual(["country:CHL -> issue:bolivian-tariff"]);
    expect(
      opposes("On Friday, the Ministry of Defence of Estonia condemned the Russian overflight."),
    ).toEqual(["country:EST -> issue:russian-overflight"]);
  });

  it("reads one speaking for an unnamed organ ('a foreign ministry spokesperson', 'a government official') as the organ's state", () => {
    expect(
      opposes(
        "Chile's president spoke in Santiago on Monday. A foreign ministry spokesperson rejected the Bolivian tariff.",
      ),
    ).toEqual(["country:CHL -> issue:bolivian-tariff"]);
    expect(
      opposes(
        "Kenya's president spoke in Nairobi on Monday. A government official condemned the Ugandan levy.",
      ),
    ).toEqual(["country:KEN -> issue:ugandan-levy"]);
  });

  it("reads 'the Federal Foreign Office' as a state's organ named by its kind", () => {
    expect(
      opposes(
        "German Chancellor Friedrich Merz spoke in Munich on Monday. The Federal Foreign Office condemned the Belarusian crackdown.",
      ),
    ).toEqual(["country:DEU -> issue:belarusian-crackdown"]);
  });

  it("reads 'officials in <capital>' as that capital's state", () => {
    expect(opposes("Officials in Canberra condemned the Chinese flares.")).toEqual([
      "country:AUS -> issue:chinese-flares",
    ]);
  });

  it("reads 'A and <Title> B said they…' as both people, the title before B being B's", () => {
    expect(
      opposes(
        "Peru's Dina Boluarte and Chilean President Gabriel Boric said on Friday that they rejected the Bolivian tariff.",
      ),
    ).toEqual([
      "person:dina-boluarte -> issue:bolivian-tariff",
      "person:gabriel-boric -> issue:bolivian-tariff",
    ]);
  });

  it("reads members named after their body ('senior Civic Dawn figures', 'Civic Dawn lawmakers') as the body", () => {
    expect(opposes("Civic Dawn lawmakers accused Armenia of stalling the peace talks.")).toEqual([
      "org:civic-dawn -> country:ARM",
    ]);
    expect(
      opposes("On Monday, senior Civic Dawn figures condemned the Azerbaijani blockade."),
    ).toEqual(["org:civic-dawn -> issue:azerbaijani-blockade"]);
    // A one-word name is a state's people, not a body's.
    expect(opposes("Belgian lawmakers condemned the Dutch levy.")).toEqual([
      "country:BEL -> issue:dutch-levy",
    ]);
  });

  it("never reads 'it' after speech as a person: 'the Boric administration said it…' is the state", () => {
    expect(
      opposes(
        "Chilean President Gabriel Boric spoke in Santiago on Monday. The Boric administration said it rejected the Bolivian tariff.",
      ),
    ).toEqual(["country:CHL -> issue:bolivian-tariff"]);
  });

  it("reads a body no list knows told by whose it is and its kind ('the farmers' union Agrofront')", () => {
    expect(opposes("On Monday, the farmers' union Agrofront condemned the Polish quota.")).toEqual([
      "org:agrofront -> issue:polish-quota",
    ]);
    expect(opposes("The proposal drew criticism from the teachers' union Uniteach.")).toEqual([
      "org:uniteach -> issue:proposal",
    ]);
  });

  it("reads 'A and her party' as a list, and 'the party of leader A' as the party", () => {
    expect(
      opposes("Opposition leader Ana Ruiz and her Civic Dawn party rejected the Chilean quota."),
    ).toEqual(["org:civic-dawn -> issue:chilean-quota", "person:ana-ruiz -> issue:chilean-quota"]);
    expect(
      opposes("The Civic Dawn party of opposition leader Ana Ruiz condemned the Chilean quota."),
    ).toEqual(["org:civic-dawn -> issue:chilean-quota"]);
  });

  it("reads members named after their body as the holder after 'by' and 'from' too", () => {
    expect(opposes("The Chilean quota was criticised by senior Civic Dawn figures.")).toEqual([
      "org:civic-dawn -> issue:chilean-quota",
    ]);
    expect(opposes("The Chilean quota drew criticism from Civic Dawn lawmakers.")).toEqual([
      "org:civic-dawn -> issue:chilean-quota",
    ]);
  });

  it("skips a relative clause opened by a preposition ('…, in which three were killed,') before a passive", () => {
    expect(
      opposes(
        "A Turkish drone strike on a convoy near Sinjar, in which three fighters were killed, was condemned by Iraq.",
      ),
    ).toEqual(["country:IRQ -> issue:turkish-drone-strike-on-a-convoy-near-sinjar"]);
  });

  it("skips a relative clause that describes the passive subject", () => {
    expect(
      opposes(
        "Peru's new mining law, which would double royalties, was criticised by Chile on Tuesday.",
      ),
    ).toEqual(["country:CHL -> country:PER"]);
  });

  it("takes those alarmed or angered by something as opposing it", () => {
    expect(
      opposes("The airport deal with Turkey, which alarmed Greece and Cyprus, was signed in May."),
    ).toEqual([
      "country:CYP -> issue:airport-deal-with-turkey",
      "country:GRC -> issue:airport-deal-with-turkey",
    ]);
  });

  it("gives a second verb joined by 'and' the subject of the first", () => {
    expect(
      opposes("Kenya criticised a new border tax and accused Uganda of stalling the talks."),
    ).toEqual(["country:KEN -> country:UGA"]);
  });

  it("reads a verdict: 'called the vote a disgrace'", () => {
    expect(opposes('Polish President Andrzej Duda called the vote "a disgrace".')).toEqual([
      "person:andrzej-duda -> issue:vote",
    ]);
    expect(opposes("Austria described the border closure as illegal.")).toEqual([
      "country:AUT -> issue:border-closure",
    ]);
  });

  it("reads 'voiced concern over' and 'summoned the ambassador over'", () => {
    expect(opposes("Japan voiced serious concern over the missile launches.")).toEqual([
      "country:JPN -> issue:missile-launches",
    ]);
    expect(
      opposes("Poland summoned Russia's ambassador over the drone incursion on Thursday."),
    ).toEqual(["country:POL -> country:RUS"]);
  });

  it("reads a protest note handed to an envoy as a stance against the envoy's state", () => {
    expect(
      opposes(
        "Vietnam's foreign ministry handed a protest note to the Chinese chargé d'affaires over the fishing ban.",
      ),
    ).toEqual(["country:VNM -> country:CHN"]);
    expect(opposes("Ghana delivered a note of protest to the Embassy of Togo in Accra.")).toEqual([
      "country:GHA -> country:TGO",
    ]);
  });

  it("reads a ban on a state's goods, or on a party kept from acting, as a stance against it", () => {
    expect(opposes("Vietnam banned imports of Cambodian rice after the dispute.")).toEqual([
      "country:VNM -> country:KHM",
    ]);
    expect(
      opposes(
        "Aid groups praised the World Health Organization, which Nicaragua has barred from operating in the country.",
      ),
    ).toEqual(["country:NIC -> org:world-health-organization"]);
    expect(opposes("Opposition parties in Cambodia were banned from contesting the vote.")).toEqual(
      [],
    );
  });

  it("reads a measure raised, reaffirmed or announced on a state's goods as against the state", () => {
    expect(opposes("Brazil announced duties of 40% on all goods from Argentina.")).toEqual([
      "country:BRA -> country:ARG",
    ]);
    expect(opposes("Kenya reaffirmed sanctions on Eritrea.")).toEqual([
      "country:KEN -> country:ERI",
    ]);
  });

  it("reads a member's suspension, or a party freezing its part in a body, as a stance", () => {
    expect(opposes("The African Union suspended Guinea's membership after the coup.")).toEqual([
      "org:african-union -> country:GIN",
    ]);
    expect(
      opposes("Nicaragua has suspended its cooperation with the Organization of American States."),
    ).toEqual(["country:NIC -> org:organization-of-american-states"]);
  });

  it("reads legal action brought against a party, by a verb or a noun, as a stance against it", () => {
    expect(
      opposes("Canada filed a complaint against China at the World Trade Organization."),
    ).toEqual(["country:CAN -> country:CHN"]);
    expect(
      opposes("Australia took Japan to the International Court of Justice over whaling."),
    ).toEqual(["country:AUS -> country:JPN"]);
    expect(
      opposes(
        "Gambia's genocide case against Myanmar opened at the International Court of Justice.",
      ),
    ).toEqual(["country:GMB -> country:MMR"]);
    expect(opposes("Guyana will take the dispute to the International Court of Justice.")).toEqual(
      [],
    );
  });

  it("reads an envoy recalled for a stated reason as a stance against the reason", () => {
    expect(
      opposes("Rwanda recalled its envoy, a veteran diplomat, in protest at the expulsions."),
    ).toEqual(["country:RWA -> issue:expulsions"]);
  });

  it("reads a call for a measure against a party, by a verb or a renewed call, as a stance", () => {
    expect(opposes("Ukraine called for tougher sanctions on Russia.")).toEqual([
      "country:UKR -> country:RUS",
    ]);
    expect(
      opposes(
        "Green Party leader Carla Denyer renewed her party's call for a ban on arms sales to Israel.",
      ),
    ).toEqual(["person:carla-denyer -> issue:arms-sales-to-israel"]);
  });

  it("reads walking out, staying away and a statement's 'strongly protests' as stances", () => {
    expect(opposes("Canada walked out of the conference on Tuesday.")).toEqual([
      "country:CAN -> issue:conference",
    ]);
    expect(opposes("Japan's government stayed away from the ceremony.")).toEqual([
      "country:JPN -> issue:ceremony",
    ]);
    expect(opposes("Vietnam strongly protests the illegal survey by Chinese ships.")).toEqual([
      "country:VNM -> country:CHN",
    ]);
    expect(opposes("Mass protests the government could not contain spread to Hue.")).toEqual([]);
  });

  it("reads a party added to a sanctions or blacklist as opposed by the one listing it", () => {
    expect(opposes("Britain added two Iranian banks to its sanctions list.")).toEqual([
      "country:GBR -> country:IRN",
    ]);
    expect(opposes("Britain added two Iranian banks to its list of trusted partners.")).toEqual([]);
  });

  it("reads a person declared persona non grata as opposed by the one declaring", () => {
    expect(
      opposes("Guatemala declared Honduran President Xiomara Castro persona non grata on Friday."),
    ).toEqual(["country:GTM -> person:xiomara-castro"]);
  });

  it("takes the body, not the country in its name, as the one who criticises", () => {
    expect(opposes("The Central Bank of Chile criticised the tariff increase.")).not.toContain(
      "country:CHL -> issue:tariff-increase",
    );
  });

  it("does not take an accused party described by a participle for an accuser", () => {
    expect(
      opposes("Brussels listed two shipping firms, accused of helping Iran evade sanctions."),
    ).toEqual([]);
  });

  it("does not take a country named as a place as the one who warns", () => {
    expect(
      opposes(
        "Moscow has backed the war in Ukraine, and Washington warned Pyongyang against arms deliveries.",
      ),
    ).toEqual(["country:USA -> country:PRK"]);
  });
});

describe("opposition constructions: speakers and subjects", () => {
  it("takes a leader told only as 'the <demonym> president', never named, for the state", () => {
    expect(opposes("Ukraine condemned the Russian president for his threats.")).toEqual([
      "country:UKR -> country:RUS",
    ]);
    expect(
      opposes(
        "The South Korean foreign ministry denounced the North Korean leader over the missile launch.",
      ),
    ).toEqual(["country:KOR -> country:PRK"]);
    // A leader the article names stays the person.
    expect(
      opposes(
        "Colombian President Gustavo Petro arrived. Peru criticised the Colombian president for his remarks.",
      ),
    ).toEqual(["country:PER -> person:gustavo-petro"]);
  });

  it("gives a participle right after a named object ('wrote to X accusing…') to the subject", () => {
    expect(
      opposes(
        "Argentine President Javier Milei wrote to Brazilian President Luiz Inácio Lula da Silva criticising Venezuela's elections.",
      ),
    ).toEqual(["person:javier-milei -> country:VEN"]);
    expect(
      opposes(
        "Turkish President Recep Tayyip Erdoğan called Russian President Vladimir Putin denouncing Israel's strikes on Gaza.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> country:ISR"]);
  });

  it("gives 'it' after a participle of saying ('…, saying it rejects') to the sentence's subject", () => {
    expect(
      opposes(
        "The Kenyan government released a statement on Monday, saying it rejects the Ugandan tariffs.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
    expect(
      opposes("Nigeria and Ghana issued a joint statement, saying they reject the Togolese levy."),
    ).toEqual(["country:GHA -> issue:togolese-levy", "country:NGA -> issue:togolese-levy"]);
    // The last party named is the object, not the one speaking: no guess.
    expect(
      opposes(
        "France summoned the Iranian ambassador, adding it condemned the detention of two French citizens.",
      ),
    ).not.toContain("country:IRN -> issue:detention-of-two-french-citizens");
  });

  it("gives 'he' after a sentence naming a person only as an owner ('X's speech…') to that owner", () => {
    expect(
      opposes(
        "Polish President Andrzej Duda arrived. The Polish foreign ministry protested the incursion. Duda's address ran long. He accused Belarus of provocation.",
      ),
    ).toEqual(["country:POL -> issue:incursion", "person:andrzej-duda -> country:BLR"]);
    // A sentence naming someone outright keeps that person, not the owner beside them.
    expect(
      opposes(
        "Kenyan President William Ruto arrived. Tanzanian President Samia Suluhu Hassan praised Ruto's speech. She criticised the new Ugandan tariffs.",
      ),
    ).toEqual(["person:samia-suluhu-hassan -> country:UGA"]);
  });

  it("keeps 'U.S.' inside the thing opposed", () => {
    expect(opposes("China strongly opposes the U.S. arms sale to Taiwan.")).toEqual([
      "country:CHN -> issue:u-s-arms-sale-to-taiwan",
    ]);
  });

  it("gives a quoted 'we reject' to the speaker named after the quotation", () => {
    expect(
      opposes('"We firmly reject these sanctions," Russian Foreign Minister Sergei Lavrov said.'),
    ).toEqual(["person:sergei-lavrov -> issue:sanctions"]);
  });

  it("gives an infinitive of purpose the main subject", () => {
    expect(
      opposes("Iran summoned the British ambassador to protest against the sanctions."),
    ).toEqual(["country:IRN -> country:GBR"]);
  });

  it("lets a state's body named in lowercase speak for the state", () => {
    expect(opposes("Pakistan's foreign office rejected India's remarks as baseless.")).toEqual([
      "country:PAK -> country:IND",
    ]);
    expect(opposes("In Tokyo, the foreign ministry warned against unilateral moves.")).toEqual([
      "country:JPN -> issue:unilateral-moves",
    ]);
  });

  it("reads the antecedent of 'which has blacklisted' and skips an appositive aside", () => {
    expect(
      opposes(
        "The United States, which has blacklisted Bosnian Serb leader Milorad Dodik since 2017, said the visit was a mistake.",
      ),
    ).toContain("country:USA -> person:milorad-dodik");
    expect(
      opposes(
        "The military governments of Niger and Guinea, both suspended from the bloc, warned against any blockade.",
      ),
    ).toEqual(["country:GIN -> issue:blockade", "country:NER -> issue:blockade"]);
  });
});

describe("opposition constructions: one stance per speaker", () => {
  it("reads lambast, ridicule and regret as stances", () => {
    expect(
      opposes("Kenya's opposition leader Kalonzo Musyoka lambasted the deportations."),
    ).toEqual(["person:kalonzo-musyoka -> issue:deportations"]);
    // A decision named only by the state that took it stands for that state.
    expect(opposes("Slovakia said it regretted the Czech decision.")).toEqual([
      "country:SVK -> country:CZE",
    ]);
  });

  it("merges what one party says against several things, a party named later included", () => {
    expect(
      opposes(
        "U.S. Secretary of State Marco Rubio accused Pretoria of bad faith and criticised a new expropriation law.",
      ),
    ).toEqual(["person:marco-rubio -> country:ZAF"]);
    expect(
      opposes(
        "Dominican President Luis Abinader condemned the canal project and accused Haitian authorities of bad faith.",
      ),
    ).toEqual(["person:luis-abinader -> country:HTI"]);
  });
});

describe("opposition constructions: groups of states", () => {
  it("reads 'the three countries said they rejected' as each of the countries just named", () => {
    expect(
      opposes(
        "Kenya, Uganda and Tanzania met in Arusha on Friday. In a joint communiqué, the three countries said they rejected all external meddling.",
      ),
    ).toEqual([
      "country:KEN -> issue:external-meddling",
      "country:TZA -> issue:external-meddling",
      "country:UGA -> issue:external-meddling",
    ]);
  });
});

describe("opposition constructions: small forms", () => {
  it("reads 'drew an angry response from', a demonstrative object and a trailing adverb", () => {
    expect(opposes("The ruling drew an angry response from Moscow.")).toEqual([
      "country:RUS -> issue:ruling",
    ]);
    expect(
      opposes("Lithuanian President Gitanas Nausėda criticised that visit at the time."),
    ).toEqual(["person:gitanas-nauseda -> issue:visit"]);
    expect(opposes("The Kremlin rejected the proposal outright.")).toEqual([
      "country:RUS -> issue:proposal",
    ]);
  });
});

describe("not stances", () => {
  it("does not take turning away an accusation for opposition", () => {
    expect(
      opposes("Nepali Prime Minister Pushpa Kamal Dahal rejected the charge in parliament."),
    ).toEqual([]);
    expect(
      opposes("Taliban spokesman Zabihullah Mujahid dismissed the accusations as baseless."),
    ).toEqual([]);
  });
});

describe("opposition constructions: votes, states and reported verdicts", () => {
  it("reads 'voted against', 'is against' and 'said X was illegitimate'", () => {
    expect(opposes("Hungary voted against the resolution on Thursday.")).toEqual([
      "country:HUN -> issue:resolution",
    ]);
    expect(opposes("Poland is firmly against the proposal.")).toEqual([
      "country:POL -> issue:proposal",
    ]);
    expect(
      opposes(
        "Belarus's foreign ministry said the sanctions were illegitimate and would hurt its neighbours.",
      ),
    ).toEqual(["country:BLR -> issue:sanctions"]);
  });
});

describe("opposition: diplomatic measures", () => {
  it("opposes each person of a list declared persona non grata", () => {
    expect(
      opposes(
        "Georgia declared Russian lawmakers Pyotr Tolstoy and Leonid Slutsky persona non grata.",
      ),
    ).toEqual(["country:GEO -> person:leonid-slutsky", "country:GEO -> person:pyotr-tolstoy"]);
    expect(
      opposes(
        "Venezuela declared Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar and Foreign Minister Sean Sobers persona non grata.",
      ),
    ).toEqual([
      "country:VEN -> person:kamla-persad-bissessar",
      "country:VEN -> person:sean-sobers",
    ]);
  });

  it("reads envoys expelled or summoned as a stance against their state", () => {
    expect(opposes("Poland expelled three Russian diplomats.")).toEqual([
      "country:POL -> country:RUS",
    ]);
    expect(opposes("Morocco summoned Spain's ambassador.")).toEqual(["country:MAR -> country:ESP"]);
  });

  it("reads an ambassador recalled from a state as a stance against it", () => {
    expect(opposes("Kenya recalled its ambassador from Sudan in protest.")).toEqual([
      "country:KEN -> country:SDN",
    ]);
  });

  it("reads a stated reason that names no party against the envoys' state, and nothing when denied", () => {
    expect(opposes("Poland expelled Russian diplomats over the sabotage plot.")).toEqual([
      "country:POL -> country:RUS",
    ]);
    expect(opposes("Poland did not expel Russian diplomats.")).toEqual([]);
    expect(opposes("Venezuela broke off diplomatic relations with Argentina.")).toEqual([]);
  });
});

describe("opposition: what is opposed", () => {
  it("takes forces told only by a demonym ('Eritrean soldiers', 'Chadian gunmen') for their state", () => {
    expect(opposes("Amnesty International accused Eritrean soldiers of looting homes.")).toEqual([
      "org:amnesty-international -> country:ERI",
    ]);
    expect(opposes("Sudan condemned Chadian gunmen for the ambush.")).toEqual([
      "country:SDN -> country:TCD",
    ]);
    // A deployment of forces is their state's doing.
    expect(opposes("China opposed the Japanese troops' deployment.")).toEqual([
      "country:CHN -> country:JPN",
    ]);
  });

  it("takes the person behind a state's possessive and a title ('Russia's Foreign Minister X')", () => {
    expect(
      opposes("Ukraine condemned Russia's Foreign Minister Sergei Lavrov for his remarks."),
    ).toEqual(["country:UKR -> person:sergei-lavrov"]);
    expect(
      opposes(
        "Slovenia condemned Israel's National Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich.",
      ),
    ).toEqual(["country:SVN -> person:bezalel-smotrich", "country:SVN -> person:itamar-ben-gvir"]);
    // A state's own act stays the state's.
    expect(opposes("Britain criticised Russia's decision.")).toEqual([
      "country:GBR -> country:RUS",
    ]);
  });

  it("skips where a protest stood ('protested outside the embassy against X') for what it opposed", () => {
    expect(
      opposes("Greenpeace protested outside the Norwegian embassy against deep-sea mining."),
    ).toEqual(["org:greenpeace -> issue:deep-sea-mining"]);
    expect(
      opposes("Kenya's Law Society protested outside parliament against the finance bill."),
    ).toEqual(["org:law-society -> issue:finance-bill"]);
    // A place with nothing opposed after it is no target; "outside" describing the object stays.
    expect(opposes("The opposition party Lelo protested outside parliament.")).toEqual([]);
    expect(opposes("China firmly opposed outside powers meddling in the Mekong.")).not.toEqual([]);
  });

  it("takes the words after 'what it described as' as the thing opposed", () => {
    expect(opposes("China warned against what it described as Japan's attempts to rearm.")).toEqual(
      ["country:CHN -> country:JPN"],
    );
  });

  it("takes 'his Slovak colleague' as the state the demonym names", () => {
    expect(
      opposes("The Hungarian minister took aim at his Slovak colleague in a radio interview."),
    ).toEqual(["country:HUN -> country:SVK"]);
  });

  it("reads a bare general noun ('the agreement', 'the attack') as the more specific one named before", () => {
    expect(
      opposes(
        "Norway and Iceland signed a new fisheries accord in Reykjavik. Denmark criticised the agreement on Friday.",
      ),
    ).toEqual(["country:DNK -> issue:fisheries-accord"]);
    expect(
      opposes(
        "Kenya signed the treaty in Arusha on Monday. Somalia rejected the agreement on Tuesday.",
      ),
    ).toEqual(["country:SOM -> issue:treaty"]);
    expect(
      opposes(
        "A Russian missile strike hit a school in Sumy on Friday. Poland condemned the attack.",
      ),
    ).toEqual(["country:POL -> issue:russian-missile-strike"]);
    // A specific noun does not take a general one's words, nor "similar deals" another's.
    expect(
      opposes(
        "Chile agreed similar deals with Peru last year. Bolivia rejected the accord in March.",
      ),
    ).toEqual(["country:BOL -> issue:accord"]);
    // "Togo strike a deal": a verb before its object names no attack.
    expect(
      opposes("Ghana and Togo strike a border deal in Lome. Benin condemned the attack."),
    ).toEqual(["country:BEN -> issue:attack"]);
    // "This is a historic agreement": what the thing is said to be does not name it.
    expect(
      opposes(
        'Kenya and Uganda signed a border treaty in May. "This is a historic agreement," a Kenyan official said. Tanzania criticised the agreement.',
      ),
    ).toEqual(["country:TZA -> issue:border-treaty"]);
  });

  it("reads 'any <general noun> that <clause>' by its clause, unless the noun points back to one named", () => {
    expect(
      opposes("Morocco rejected any solution that divides the Sahara into two states."),
    ).toEqual(["country:MAR -> issue:solution-that-divides-the-sahara-into-two-states"]);
    expect(
      opposes(
        "Seoul and Canberra signed a defence pact on Monday. Pyongyang warned against any agreement that threatens the peninsula.",
      ),
    ).toContain("country:PRK -> issue:defence-pact");
  });

  it("reads what reports say happened ('alarmed by credible reports that X had been killed') as the act", () => {
    expect(
      opposes(
        "Norway said it was deeply alarmed by credible reports that dozens of miners had been killed by the police.",
      ),
    ).toEqual(["country:NOR -> issue:killing-of-dozens-of-miners-by-the-police"]);
    expect(opposes("Sweden condemned reports that soldiers had tortured detainees.")).toEqual([
      "country:SWE -> issue:torturing-of-detainees",
    ]);
    expect(
      opposes("Canada condemned reports that activists had been bullied by officials."),
    ).toEqual(["country:CAN -> issue:bullying-of-activists-by-officials"]);
    // Turning reports away is a denial, not a stance.
    expect(opposes("Chile dismissed reports that Peru had closed the border.")).toEqual([]);
  });

  it("reads 'the idea' or 'that option' as the course of action put forward just before", () => {
    expect(
      opposes(
        "The envoy urged the Arctic Council to create a joint coast guard. Norway rejected that option on Monday.",
      ),
    ).toEqual(["country:NOR -> issue:create-a-joint-coast-guard"]);
    expect(
      opposes(
        "Asked whether Chile would open its ports to Bolivian gas, Peru dismissed the idea as premature.",
      ),
    ).toEqual(["country:PER -> issue:open-its-ports-to-bolivian-gas"]);
    // "that … would" with no word of urging or asking in the sentence.
    expect(
      opposes(
        "Officials in Lima hinted that Chile would lease a port to Bolivia. Peru rejected the idea on Friday.",
      ),
    ).toEqual(["country:PER -> issue:lease-a-port-to-bolivia"]);
  });
});

describe("opposition: measures and their targets", () => {
  it("reads sanctions adopted in a package, after a weekday, and by several states together", () => {
    expect(
      opposes("Canada adopted a fifth package of sanctions against Belarus on Tuesday."),
    ).toEqual(["country:CAN -> country:BLR"]);
    expect(
      opposes("The European Union imposed sanctions on Thursday on five Belarusian officials."),
    ).toEqual(["org:european-union -> country:BLR"]);
    expect(opposes("Britain, France and Germany imposed sanctions on Iran.")).toEqual([
      "country:DEU -> country:IRN",
      "country:FRA -> country:IRN",
      "country:GBR -> country:IRN",
    ]);
  });

  it("reads tariffs, frozen assets, entry bans and 'pushed back against'", () => {
    expect(opposes("The United States imposed tariffs on Canadian steel.")).toEqual([
      "country:USA -> country:CAN",
    ]);
    expect(opposes("Washington announced new sanctions against Venezuelan officials.")).toEqual([
      "country:USA -> country:VEN",
    ]);
    expect(
      opposes(
        "Lithuania barred former prime minister Bidzina Ivanishvili from entering its territory.",
      ),
    ).toEqual(["country:LTU -> person:bidzina-ivanishvili"]);
    expect(opposes("Australia pushed back against China's demand for an apology.")).toEqual([
      "country:AUS -> country:CHN",
    ]);
  });

  it("gives nothing for sanctions lifted or a stance left as an open question", () => {
    expect(opposes("The United States announced it would lift sanctions on Syria.")).toEqual([]);
    // The open question gives nothing; the same words told as done give the stance.
    expect(
      opposes(
        "Kenya was divided over how hard to push back against Beijing's demand for an apology.",
      ),
    ).toEqual([]);
    expect(opposes("Kenya pushed back against Beijing.")).toEqual(["country:KEN -> country:CHN"]);
  });

  it("takes the owner of a government or party, and the state behind a bare decision", () => {
    expect(
      opposes(
        "Opposition leader Omar Ayub Khan lambasted the government of Prime Minister Shehbaz Sharif.",
      ),
    ).toEqual(["person:omar-ayub-khan -> person:shehbaz-sharif"]);
    expect(
      opposes(
        "Japan's foreign ministry said it deeply regrets and resolutely opposes the U.K. decision.",
      ),
    ).toEqual(["country:JPN -> country:GBR"]);
  });

  it("takes the party named after 'by' as the doer of a call, decision or remarks", () => {
    expect(
      opposes(
        "Chile rejected a call by Argentine President Javier Milei to reopen the border talks.",
      ),
    ).toEqual(["country:CHL -> person:javier-milei"]);
    expect(
      opposes("Spain condemned the decision by Algeria to suspend the friendship treaty."),
    ).toEqual(["country:ESP -> country:DZA"]);
  });

  it("takes the owner of a call, a reluctance or attacks, and of actions told with several adjectives", () => {
    expect(
      opposes(
        "Ecuador protested the dangerous and unlawful actions of Peruvian fishing boats near the islands.",
      ),
    ).toEqual(["country:ECU -> country:PER"]);
    expect(opposes("Portugal criticised Spanish reluctance to fund the rail link.")).toEqual([
      "country:PRT -> country:ESP",
    ]);
    expect(opposes("Kenya rejected the African Union's call for a ceasefire.")).toEqual([
      "country:KEN -> org:african-union",
    ]);
    expect(opposes("Iran condemned the repeated Israeli attacks on Lebanese territory.")).toEqual([
      "country:IRN -> country:ISR",
    ]);
  });

  it("tells no stance against people called only by their role, and takes 'his guest' as the visitor", () => {
    expect(
      opposes("Kenyan President William Ruto lashed out at the protesters in a televised address."),
    ).toEqual([]);
    expect(opposes("The minister accused opposition leaders of stirring unrest.")).toEqual([]);
    expect(
      opposes(
        "Colombian President Gustavo Petro arrived in Lisbon on Monday. Portuguese Prime Minister Luís Montenegro later accused his guest of meddling in the election.",
      ),
    ).toEqual(["person:luis-montenegro -> person:gustavo-petro"]);
  });
});

describe("opposition: clauses around the verb", () => {
  it("takes the clause's subject for a decision summed up after a comma", () => {
    expect(
      opposes(
        "The IMF approved a loan to Pakistan, a decision that India's finance minister, Nirmala Sitharaman, criticised as a mistake.",
      ),
    ).toEqual(["person:nirmala-sitharaman -> org:international-monetary-fund"]);
    expect(
      opposes(
        "The World Bank approved a $90 million loan, a decision criticised by the opposition Alliance for Democracy.",
      ),
    ).toEqual(["org:alliance-for-democracy -> org:world-bank"]);
  });

  it("reads a verdict passed in a relative clause on the noun before it", () => {
    expect(
      opposes(
        "Kim Jong Un returned from a tour of Russia's Far East, a trip that Seoul called a threat.",
      ),
      // A trip summed up after a comma is its traveller's (opposition-summary.ts).
    ).toEqual(["country:KOR -> person:kim-jong-un"]);
  });

  it("skips an aside introduced by 'where' or a description, and a second party accused", () => {
    expect(
      opposes("Luxembourg, where many of the funds are registered, warned against seizure."),
    ).toEqual(["country:LUX -> issue:seizure"]);
    expect(
      opposes("Leopoldo López, the exiled Venezuelan opposition leader, criticised Havana."),
    ).toEqual(["person:leopoldo-lopez -> country:CUB"]);
    expect(
      opposes(
        "Nicaraguan President Daniel Ortega cut ties with Taipei. Foreign Minister Lin Chia-lung accused Beijing of coercion and criticised the Ortega government.",
      ),
    ).toEqual([
      "person:lin-chia-lung -> country:CHN",
      "person:lin-chia-lung -> person:daniel-ortega",
    ]);
  });

  it("gives no holder to a pronoun that stands for nobody named", () => {
    expect(
      opposes('"They sanctioned Zimbabwe, they sanctioned Belarus," Alexander Lukashenko said.'),
    ).toEqual([]);
  });
});

describe("opposition: bodies named only where they take a stance", () => {
  it("reads a party or group named with its abbreviation or its kind", () => {
    expect(
      opposes("The conservative Bharatiya Janata Party (BJP) criticised the Chinese port loan."),
    ).toEqual(["org:bharatiya-janata-party -> issue:chinese-port-loan"]);
    expect(
      opposes("The environmental group Friends of the Earth Ghana criticised the bauxite project."),
    ).toEqual(["org:friends-of-the-earth-ghana -> issue:bauxite-project"]);
    expect(
      opposes("Transparency International Bangladesh also warned against secret loans."),
    ).toEqual(["org:transparency-international-bangladesh -> issue:secret-loans"]);
  });

  it("keeps a known body, a person and a state's own office", () => {
    expect(opposes("Serbia's Kosovo Office warned against any such visit.")).not.toContainEqual(
      expect.stringMatching(/^org:serbia/),
    );
    expect(opposes("Opposition leader Sajith Premadasa criticised the budget.")).toEqual([
      "person:sajith-premadasa -> issue:budget",
    ]);
  });
});

describe("opposition: holders and targets told indirectly", () => {
  it("reads a body before an aside saying its kind, or with its kind after its name", () => {
    expect(
      opposes(
        "The United Democratic Front, Malawi's largest opposition party, criticised the fuel deal.",
      ),
    ).toEqual(["org:united-democratic-front -> issue:fuel-deal"]);
    expect(
      opposes("The opposition Perikatan Nasional coalition criticised the data pact."),
    ).toEqual(["org:perikatan-nasional -> issue:data-pact"]);
  });

  it("keeps the subject across 'but' and opposes each party of a list", () => {
    expect(
      opposes("Amnesty International welcomed the ruling but criticised Egypt and Tunisia."),
    ).toEqual([
      "org:amnesty-international -> country:EGY",
      "org:amnesty-international -> country:TUN",
    ]);
  });

  it("does not carry a quoted negation over 'and' to the next verb", () => {
    expect(
      opposes(
        'Prime Minister Ralph Gonsalves said he would "not be intimidated" and accused London.',
      ),
    ).toEqual(["person:ralph-gonsalves -> country:GBR"]);
  });

  it("takes the party behind a decision, and a state's embassy placed in a city", () => {
    expect(opposes("China's embassy in Manila condemned the U.S. decision.")).toEqual([
      "country:CHN -> country:USA",
    ]);
  });

  it("resolves 'the move' to who took the measure, and 'the bloc' to the union named", () => {
    expect(
      opposes(
        "The European Union imposed sanctions on two Chinese banks on Friday. China condemned the move. The bloc rejected the criticism.",
      ),
    ).toContain("country:CHN -> org:european-union");
  });

  it("reads 'accused him of' as against the person named before", () => {
    expect(
      opposes(
        "The opposition Democratic Alliance (DA) said President Cyril Ramaphosa had failed and accused him of weakness.",
      ),
    ).toEqual(["org:democratic-alliance -> person:cyril-ramaphosa"]);
  });

  it("gives a state's spokesperson the state the article was telling of", () => {
    expect(
      opposes(
        "Caracas has refused to attend the hearing. In a communiqué, government spokesperson Carla Serrano accused the Guyanese authorities of provocation.",
      ),
    ).toEqual(["country:VEN -> country:GUY"]);
  });

  it("gives a spokesperson of a ministry named without its state the state the sentence ties them to", () => {
    expect(
      opposes(
        "Speaking in the Russian capital on Thursday, foreign ministry spokeswoman Irina Volkova condemned the drills.",
      ),
    ).toEqual(["country:RUS -> issue:drills"]);
    expect(
      opposes(
        "Turkey's Ministry of Foreign Affairs spokesman, Kemal Arslan, criticised Cyprus over the gas survey.",
      ),
    ).toEqual(["country:TUR -> country:CYP"]);
    expect(
      opposes(
        "Seoul answered within the hour. Foreign ministry spokesman Park Joon-ho condemned the missile launch.",
      ),
    ).toEqual(["country:KOR -> issue:missile-launch"]);
  });
});

describe("opposition: the spokesman of a body that governs a state", () => {
  it("gives the Taliban's spokesman's stance to Afghanistan, which the Taliban govern", () => {
    expect(
      opposes(
        "On Tuesday, the Taliban's deputy spokesman, Hamdullah Fitrat, condemned Iranian deportations of Afghan refugees.",
      ),
    ).toEqual(["country:AFG -> issue:iranian-deportations-of-afghan-refugees"]);
  });
});

describe("opposition: the government and the person who leads it in one grievance", () => {
  it("merges 'criticised the government for… and accused President X of…' into the stance against X", () => {
    expect(
      opposes(
        "Colombian opposition senator Maria Lopez criticised the government for spending millions on the summit and accused President Carlos Ruiz of turning it into a rally.",
      ),
    ).toEqual(["person:maria-lopez -> person:carlos-ruiz"]);
    expect(
      opposes(
        "Colombian opposition senator Maria Lopez lambasted President Carlos Ruiz for the summit and accused the government of wasting money.",
      ),
    ).toEqual(["person:maria-lopez -> person:carlos-ruiz"]);
  });
});

describe("opposition: 'the move' and the measure's taker", () => {
  it("does not take the party said to evade a measure ('helping Moscow evade restrictions') for its taker", () => {
    expect(
      opposes(
        "The European Union adopted new sanctions on Monday, targeting two Turkish banks accused of helping Moscow evade earlier restrictions. Ankara firmly opposed the move.",
      ),
    ).toEqual(["country:TUR -> org:european-union", "org:european-union -> country:TUR"]);
  });
});

describe("opposition: 'the federal government' is a federation's", () => {
  it("reads 'the federal government' as the federation named, though another state is named more", () => {
    expect(
      opposes(
        "China imposed new duties on Canadian canola. China said the duties were lawful, and China's ambassador defended them. Alberta Premier Danielle Smith criticised the federal government for failing farmers.",
      ),
    ).toEqual(["country:CHN -> country:CAN", "person:danielle-smith -> country:CAN"]);
  });
});

describe("opposition: a state called by its kind", () => {
  it("reads 'the kingdom', 'the sultanate' as the last state of that kind, and its ministry as its voice after other parties", () => {
    expect(
      opposes(
        "Jordan recalled its ambassador last month. Crown Prince Hussein telephoned the Egyptian president on Monday, and the kingdom's foreign ministry condemned the settler attacks.",
      ),
    ).toEqual(["country:JOR -> issue:settler-attacks"]);
    expect(
      opposes("Oman offered to mediate. The sultanate criticised the naval blockade."),
    ).toEqual(["country:OMN -> issue:naval-blockade"]);
  });
});

describe("opposition: a body told again by the words that described it", () => {
  it("reads 'the junta', 'the military regime' opposed from abroad as the state the story tells of", () => {
    expect(
      opposes(
        "Niger's army seized power in July and detained President Mohamed Bazoum. U.S. Secretary of State Antony Blinken condemned the junta on Monday.",
      ),
    ).toEqual(["person:antony-blinken -> country:NER"]);
    expect(
      opposes(
        "Myanmar's generals ignored the appeal. British Foreign Secretary David Lammy criticised the military regime.",
      ),
    ).toEqual(["person:david-lammy -> country:MMR"]);
  });

  it("reads 'the opposition alliance' as the body described as an alliance of opposition parties", () => {
    expect(
      opposes(
        "The Democratic Renewal Movement, an alliance of opposition parties, held its congress on Sunday. Prime Minister Ivan Petrov accused the opposition alliance of spreading lies.",
      ),
    ).toEqual(["person:ivan-petrov -> org:democratic-renewal-movement"]);
    expect(
      opposes(
        "The Freedom Party, the main opposition party, held its congress on Sunday. President Ana Duarte accused the opposition of sabotage.",
      ),
    ).toEqual(["person:ana-duarte -> org:freedom-party"]);
  });
});

describe("opposition: branches and like measures", () => {
  it("reads a body's national branch as the body", () => {
    expect(opposes("Greenpeace Canada criticised the pipeline approval.")).toEqual([
      "org:greenpeace-canada -> issue:pipeline-approval",
    ]);
  });

  it("gives those who took similar steps the target of the stance before", () => {
    expect(
      opposes(
        "Australia imposed sanctions on Myanmar on Friday. The measures follow similar steps taken earlier this year by Canada, Japan and New Zealand.",
      ),
    ).toEqual([
      "country:AUS -> country:MMR",
      "country:CAN -> country:MMR",
      "country:JPN -> country:MMR",
      "country:NZL -> country:MMR",
    ]);
  });
});

describe("opposition: attacks on policies, demonym nominals and mutual accusations", () => {
  it("reads 'attacked' against a text or policy, not against a place", () => {
    expect(opposes("The opposition Frente Amplio coalition attacked the mining pact.")).toEqual([
      "org:frente-amplio -> issue:mining-pact",
    ]);
    expect(opposes("Russian forces attacked Ukraine's power grid overnight.")).toEqual([]);
  });

  it("reads 'Chinese opposition to the deal' as the state's stance", () => {
    expect(opposes("Chinese opposition to the deal has hardened since March.")).toEqual([
      "country:CHN -> issue:deal",
    ]);
  });

  it("reads 'traded accusations' as a stance each way, for 'the two countries' too", () => {
    expect(opposes("Kenya and Uganda have traded barbs over the fuel pipeline.")).toEqual([
      "country:KEN -> country:UGA",
      "country:UGA -> country:KEN",
    ]);
    expect(
      opposes(
        "Thailand closed a border crossing with Cambodia on Monday. The two countries traded accusations over the clash.",
      ),
    ).toEqual(["country:KHM -> country:THA", "country:THA -> country:KHM"]);
  });
});

describe("opposition: asides, roles and quoted states", () => {
  it("reads a leader named before ', leader of the … party,' as a person", () => {
    expect(
      opposes(
        "Herbert Kickl, leader of the far-right Freedom party, criticised the scheme as a scandal.",
      ),
    ).toEqual(["person:herbert-kickl -> issue:scheme"]);
  });

  it("reads 'X said on Tuesday it rejected' and a plural name's bare apostrophe as its owner", () => {
    expect(
      opposes(
        "The Netherlands' foreign ministry said on Tuesday it rejected the Belgian proposal.",
      ),
    ).toEqual(["country:NLD -> country:BEL"]);
    expect(opposes("Ecuador said in a statement it condemned the Peruvian decree.")).toEqual([
      "country:ECU -> issue:peruvian-decree",
    ]);
  });

  it("reads 'the new government' blamed 'for not doing' as the state a capital dateline places", () => {
    const datelined = (body: string): string[] =>
      factsOf(extractGraph({ ...articleOf(body), dateline: "Roseau" }), "OPPOSES");
    expect(
      datelined(
        "The opposition Freedom Party criticised the new government for not publishing the port contract.",
      ),
    ).toEqual(["org:freedom-party -> country:DMA"]);
  });

  it("gives a participle after a trailing '…, X announced,' to X, and reads a speaker set inside a verdict", () => {
    expect(
      opposes(
        "Chile will expel two diplomats, Foreign Minister Alberto van Klaveren announced on Monday, accusing the Bolivian government of espionage.",
      ),
    ).toEqual(["person:alberto-van-klaveren -> country:BOL"]);
    expect(
      opposes(
        'Kenyan Trade Minister Rebecca Miano spoke in Nairobi. The new grain quotas, she told reporters, "are a betrayal of the common market".',
      ),
    ).toEqual(["person:rebecca-miano -> issue:new-grain-quotas"]);
  });

  it("reads 'described her comments as reckless' as a verdict on what she said", () => {
    expect(
      opposes(
        'Senator Ana Reyes spoke in Manila. The Thai embassy described her comments as "reckless".',
      ),
    ).toEqual(["country:THA -> issue:comments"]);
  });

  it("reads 'X's embassy in Y said it regretted' as the state's stance", () => {
    expect(opposes("Turkey's embassy in Stockholm said it deeply regretted the ruling.")).toEqual([
      "country:TUR -> issue:ruling",
    ]);
  });

  it("reads 'After …chaired by X, the government said it \"cannot accept\"' as the government's", () => {
    const datelined = (body: string): string[] =>
      factsOf(extractGraph({ ...articleOf(body), dateline: "BELGRADE" }), "OPPOSES");
    expect(
      datelined(
        'After a cabinet meeting chaired by Prime Minister Ana Brnabic, the government said it "cannot accept" the Croatian proposal.',
      ),
    ).toEqual(["country:SRB -> country:HRV"]);
  });

  it("reads 'a deliberate provocation', 'a hybrid attack' and 'a mortgage on' as verdicts", () => {
    expect(
      opposes(
        'Latvian Defence Minister Andris Spruds says the cable cuts were "a deliberate test".',
      ),
    ).toEqual(["person:andris-spruds -> issue:cable-cuts"]);
    expect(opposes("Finland called the balloon flights a hybrid attack.")).toEqual([
      "country:FIN -> issue:balloon-flights",
    ]);
    expect(
      opposes("Kenyan opposition leader Kalonzo Musyoka called the loan a mortgage on our future."),
    ).toEqual(["person:kalonzo-musyoka -> issue:loan"]);
  });

  it("reads 'said X had lost the legitimacy to govern' and 'calling the plan \"a dead end\"'", () => {
    expect(
      opposes(
        "The opposition Democratic Alliance, the largest bloc in parliament, said Cyril Ramaphosa had lost the mandate to govern.",
      ),
    ).toEqual(["org:democratic-alliance -> person:cyril-ramaphosa"]);
    expect(
      opposes(
        'The Moro Islamic Liberation Front has answered the invitation, calling the federal offer "a dead end".',
      ),
    ).toEqual(["org:moro-islamic-liberation-front -> issue:federal-offer"]);
  });

  it("lets a principal secretary who says what the state did speak for the state", () => {
    expect(
      opposes(
        "Julius Bitok, the principal secretary for foreign affairs, said Kenya had formally protested to Kampala over the arrests.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
  });

  it("gives 'X's minister, Name, said <capital> would keep…' and 'said afterwards that' to the speaker", () => {
    expect(
      opposes(
        "Poland's defence minister, Wladyslaw Kosiniak-Kamysz, said Warsaw would keep opposing the German proposal.",
      ),
    ).toEqual(["person:wladyslaw-kosiniak-kamysz -> country:DEU"]);
    expect(
      opposes(
        "Polish Defence Minister Wladyslaw Kosiniak-Kamysz met Boris Pistorius in Berlin. Kosiniak-Kamysz said afterwards that Poland firmly rejected the German proposal.",
      ),
    ).toEqual(["person:wladyslaw-kosiniak-kamysz -> country:DEU"]);
  });

  it("reads a body no list knows by its kind: 'the X business federation', 'the X coalition of green groups', ', a campaign group based in…,'", () => {
    expect(opposes("The KEPSA business federation criticised the Kenyan tax bill.")).toEqual([
      "org:kepsa -> issue:kenyan-tax-bill",
    ]);
    expect(
      opposes("The ClimateNow coalition of green groups condemned the Norwegian drilling plan."),
    ).toEqual(["org:climatenow -> issue:norwegian-drilling-plan"]);
    expect(
      opposes(
        "Kiribati Futures, a campaign group based in Auckland, criticised the Australian fishing deal.",
      ),
    ).toEqual(["org:kiribati-futures -> issue:australian-fishing-deal"]);
  });

  it("reads a named body's verb past ', in a statement,' or ', for its part,'", () => {
    expect(
      opposes("The opposition MDC-T, in a statement, condemned the Zimbabwean land bill."),
    ).toEqual(["org:mdc-t -> issue:zimbabwean-land-bill"]);
    expect(
      opposes("The Youth Now collective, for its part, rejected the Malian transition charter."),
    ).toEqual(["org:youth-now -> issue:malian-transition-charter"]);
  });

  it("reads initials given in brackets after a body ('… (OIF)') as that body later, after an opening phrase", () => {
    expect(
      opposes(
        "Chad and Cameroon joined the International Organisation of La Francophonie (OIF) decades ago. In a statement on Monday, the OIF condemned the Gabonese decree.",
      ),
    ).toEqual(["org:international-organisation-of-la-francophonie -> issue:gabonese-decree"]);
  });

  it("reads 'attacked X for <doing>' as a stance against X, but not a raid lasting 'for hours'", () => {
    expect(
      opposes(
        "Chilean President Gabriel Boric spoke on Friday. Opposition leader José Antonio Kast attacked Boric for ignoring the northern border.",
      ),
    ).toEqual(["person:jose-antonio-kast -> person:gabriel-boric"]);
    expect(opposes("Rebel fighters attacked Goma for hours on Sunday.")).toEqual([]);
  });

  it("opposes a body no list knows named after its kind in lowercase ('the Italian rail operator Trenitalia')", () => {
    expect(
      opposes(
        "French Transport Minister Clément Beaune criticised the Italian rail operator Trenitalia on Monday for cancelling the night trains.",
      ),
    ).toEqual(["person:clement-beaune -> org:trenitalia"]);
  });

  it("reads the object after 'condemned in the strongest terms', and the stance a minister 'told reporters' their state holds as theirs", () => {
    expect(
      opposes("Malaysia condemned in the strongest terms the eviction of Rohingya families."),
    ).toEqual(["country:MYS -> issue:eviction-of-rohingya-families"]);
    expect(
      opposes(
        "Malaysian Foreign Minister Mohamad Hasan told reporters that Malaysia rejected the eviction of Rohingya families.",
      ),
    ).toEqual(["person:mohamad-hasan -> issue:eviction-of-rohingya-families"]);
  });

  it("gives 'In <capital>, the Foreign Office spokesperson, Name,' and a live blog's '14:05 — In <capital>, the Foreign Office' to the capital's state", () => {
    expect(
      opposes(
        "In Berlin, the Foreign Office spokesperson, Martin Giese, condemned the Russian drone strikes.",
      ),
    ).toEqual(["country:DEU -> issue:russian-drone-strikes"]);
    expect(
      opposes("14:05 — In Berlin, the Foreign Office condemned the Russian drone strikes."),
    ).toEqual(["country:DEU -> issue:russian-drone-strikes"]);
  });

  it("reads 'said X was \"stoking tensions\"' as a charge against X", () => {
    expect(
      opposes(
        'Japanese Defence Minister Gen Nakatani said Beijing was "stoking tensions" near the islands.',
      ),
    ).toEqual(["person:gen-nakatani -> country:CHN"]);
  });

  it("reads a party said in a quotation to use something as a weapon as charged by the speaker", () => {
    expect(
      opposes(
        '"Minsk is using migrants as a weapon against us," Polish Interior Minister Tomasz Siemoniak said.',
      ),
    ).toEqual(["person:tomasz-siemoniak -> country:BLR"]);
    expect(
      opposes('"Nobody can use these supply chains as a weapon," Yoon Suk Yeol said.'),
    ).toEqual([]);
    // A written statement is read like a spoken one.
    expect(
      opposes('"Caracas is turning oil into a weapon," Guyanese Foreign Minister Hugh Todd wrote.'),
    ).toEqual(["person:hugh-todd -> country:VEN"]);
  });

  it("skips a role told in lowercase, and a time phrase, between a speaker and the verb", () => {
    expect(
      opposes(
        "Lena Borg, chief economic adviser to Prime Minister Ulf Kristersson, criticised the Danish toll.",
      ),
    ).toEqual(["person:lena-borg -> issue:danish-toll"]);
    expect(
      opposes(
        "Tomas Ruiz, the deputy leader of the opposition Green Alliance, on Friday condemned the dam project.",
      ),
    ).toEqual(["person:tomas-ruiz -> issue:dam-project"]);
  });

  it("reads 'said he was \"deeply concerned\" by' and 'protested at the time against'", () => {
    expect(
      opposes('UN refugee chief Filippo Grandi said he was "deeply concerned" by the decree.'),
    ).toEqual(["person:filippo-grandi -> issue:decree"]);
    expect(opposes("Manila had protested at the time against the seizure of the boats.")).toEqual([
      "country:PHL -> issue:seizure-of-the-boats",
    ]);
  });

  it("skips a long relative clause and takes no aside for a list", () => {
    expect(
      opposes(
        "Algeria, which has been locked in a dispute with Morocco and has sent arms to the Polisario Front, has repeatedly warned against any Moroccan military presence.",
      ),
    ).toEqual(["country:DZA -> country:MAR"]);
    expect(
      opposes("The Archbishop of Managua, Leopoldo Brenes, also criticised the decree."),
    ).toEqual(["person:leopoldo-brenes -> issue:decree"]);
  });
});

describe("opposition: bodies about a state and what reports say", () => {
  it("gives a relative clause after a body's name that ends in a state to the body", () => {
    expect(
      opposes(
        "The sanctions follow a report by the UN Fact-Finding Mission on Venezuela, which condemned what it called a policy of repression.",
      ),
    ).toEqual(["org:un-fact-finding-mission -> issue:policy-of-repression"]);
  });

  it("takes what reports say as the thing opposed, and reads a co-president's title", () => {
    expect(
      opposes("Kenya said it was alarmed by reports that the activist had been tortured."),
    ).toEqual(["country:KEN -> issue:torturing-of-the-activist"]);
    expect(opposes("Co-President Rosario Murillo denounced the new law.")).toEqual([
      "person:rosario-murillo -> issue:new-law",
    ]);
  });
});

describe("opposition: objects of warnings and titles after a verb", () => {
  it("takes the party warned, not what it is warned against", () => {
    expect(
      opposes('Houthi negotiator Mohammed Abdulsalam warned Riyadh against "playing with fire".'),
    ).toEqual(["person:mohammed-abdulsalam -> country:SAU"]);
  });

  it("reads a title after the verb as the object, not the subject's title", () => {
    expect(
      opposes(
        "Haitian Prime Minister Garry Conille apologised on Friday. Its leader, Claude Joseph, accused the prime minister of harming the nation's image.",
      ),
    ).toEqual(["person:claude-joseph -> person:garry-conille"]);
  });

  it("reads 'summoned the ambassador to hand over a protest note' against the envoy's state", () => {
    expect(
      opposes(
        "Peru's foreign ministry summoned Bolivia's ambassador on Monday to hand over a formal protest note.",
      ),
    ).toEqual(["country:PER -> country:BOL"]);
  });

  it("takes turning away a charge as no stance", () => {
    expect(
      opposes(
        'Kyiv called the ban "the result of pressure from Moscow", a charge the Russian embassy rejected.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^country:RUS/));
    // The same sentence with a verdict the charge names still gives the accuser's stance.
    expect(
      opposes('Kyiv called the ban "a disgrace", a charge the Russian embassy rejected.'),
    ).toEqual(["country:UKR -> issue:ban"]);
  });
});

describe("opposition: measures told in passing", () => {
  it("reads 'the measures Brussels imposed on Pristina' as the taker's stance", () => {
    expect(
      opposes("Kosovo asked the EU to lift the measures Brussels imposed on Pristina in 2023."),
    ).toEqual(["org:european-union -> country:XKX"]);
  });

  it("reads ', targeting two Chinese banks' after a package as a stance of its own", () => {
    expect(
      opposes(
        "Britain adopted a new package of sanctions against Iran on Monday, targeting three Emirati trading firms.",
      ),
    ).toEqual(["country:GBR -> country:ARE", "country:GBR -> country:IRN"]);
  });
});

describe("opposition: rulers and measures taken by someone", () => {
  it("takes 'both rulers' for the heads of state, not the ministers named last", () => {
    expect(
      opposes(
        "Sultan Haitham bin Tariq received Emir Mishal al-Ahmad in Muscat. Foreign Minister Badr Albusaidi met Foreign Minister Abdullah al-Yahya. Both rulers condemned the attacks on shipping.",
      ),
    ).toEqual([
      "person:haitham-bin-tariq -> issue:attacks-on-shipping",
      "person:mishal-al-ahmad -> issue:attacks-on-shipping",
    ]);
  });

  it("takes the party that imposed the measure opposed", () => {
    expect(
      opposes(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni. The two leaders criticised the tariffs imposed by Washington.",
      ),
    ).toEqual(["person:william-ruto -> country:USA", "person:yoweri-museveni -> country:USA"]);
  });
});

describe("opposition: 'the group', 'the alliance'", () => {
  it("takes a kind word for the body of that kind named before", () => {
    expect(
      opposes(
        "Hamas released two hostages on Sunday. The group accused Israel of violating the ceasefire.",
      ),
    ).toEqual(["org:hamas -> country:ISR"]);
    expect(
      opposes(
        "NATO foreign ministers met in Brussels. The alliance condemned the missile strikes.",
      ),
    ).toEqual(["org:nato -> issue:missile-strikes"]);
  });
});

describe("opposition: 'the text' for the document named before", () => {
  it("takes 'the text' for the agreement named before", () => {
    expect(
      opposes(
        "The Lomé Accord had been due to be signed on Friday. Opposition leader Jean-Pierre Fabre criticised the text as a betrayal.",
      ),
    ).toEqual(["person:jean-pierre-fabre -> issue:lome-accord"]);
  });
});

describe("opposition: calls to resign", () => {
  it("reads 'called for her to dissolve' and 'demanded that X resign' against the person", () => {
    expect(
      opposes(
        "Italian Prime Minister Giorgia Meloni apologised on Friday. Opposition leader Elly Schlein called for her to dissolve parliament.",
      ),
    ).toEqual(["person:elly-schlein -> person:giorgia-meloni"]);
    expect(
      opposes(
        "Opposition leader Sajith Premadasa demanded that President Ranil Wickremesinghe resign.",
      ),
    ).toEqual(["person:sajith-premadasa -> person:ranil-wickremesinghe"]);
  });
});

describe("opposition: diplomatic displeasure, bans and someone's own acts", () => {
  it("reads dissatisfaction, representations, threatened retaliation and ties cut in protest", () => {
    expect(
      opposes("Beijing lodged stern representations with Washington over the arms sale."),
    ).toEqual(["country:CHN -> country:USA"]);
    expect(opposes("Russia threatened retaliation against Finland over the border fence.")).toEqual(
      ["country:RUS -> country:FIN"],
    );
    expect(
      opposes("Venezuela suspended diplomatic relations with Peru in protest at the recognition."),
    ).toEqual(["country:VEN -> country:PER"]);
  });

  it("reads visa bans and export controls as measures", () => {
    expect(
      opposes("The United States imposed visa bans on 12 Georgian officials on Monday."),
    ).toEqual(["country:USA -> country:GEO"]);
    expect(opposes("Japan imposed export controls on Chinese chip makers.")).toEqual([
      "country:JPN -> country:CHN",
    ]);
  });

  it("takes the maker of a visit or remarks as opposed", () => {
    expect(
      opposes("Kyiv condemned Hungarian Prime Minister Viktor Orban's visit to Moscow."),
    ).toEqual(["country:UKR -> person:viktor-orban"]);
  });
});

describe("opposition: suspensions and a country before a title", () => {
  it("reads a body suspending a state, not a suspension of flights", () => {
    expect(opposes("The African Union suspended Gabon after the coup.")).toEqual([
      "org:african-union -> country:GAB",
    ]);
    expect(opposes("Kenya suspended flights after the storm.")).toEqual([]);
  });

  it("takes the person behind a country's title", () => {
    expect(
      opposes(
        "Serbian President Aleksandar Vucic accused Kosovo Prime Minister Albin Kurti of provoking violence.",
      ),
    ).toEqual(["person:aleksandar-vucic -> person:albin-kurti"]);
  });
});

describe("opposition: a quoted verdict in reported speech", () => {
  it("reads 'said the tax increases were \"unacceptable\"'", () => {
    expect(
      opposes('Opposition leader Raila Odinga said the tax increases were "unacceptable".'),
    ).toEqual(["person:raila-odinga -> issue:tax-increases"]);
  });
  it("reads a reported 'would' as a stance to come, not a hypothesis", () => {
    expect(
      opposes("Spain's foreign minister said on Monday that Madrid would vote against the treaty."),
    ).toContain("country:ESP -> issue:treaty");
  });

  it("reads a bare 'block' after a modal as the verb", () => {
    expect(opposes("Greece said it will block the accession talks.")).toEqual([
      "country:GRC -> issue:accession-talks",
    ]);
  });

  it("reads 'remained opposed to'", () => {
    expect(opposes("Brazil remained opposed to the mining treaty.")).toEqual([
      "country:BRA -> issue:mining-treaty",
    ]);
  });

  it("credits a person who says what their own state will do with the stance", () => {
    expect(
      opposes(
        "Sergei Lavrov, the veteran diplomat, warned last week that Russia would block the pipeline.",
      ),
    ).toEqual(["person:sergei-lavrov -> issue:pipeline"]);
  });
  it("leaves where, when and through whom a stance was stated out of its target", () => {
    expect(
      opposes("Chile criticised the border closure at a press conference in Santiago."),
    ).toEqual(["country:CHL -> issue:border-closure"]);
    expect(opposes("Seoul condemned Pakistan through its embassy in Tokyo.")).toEqual([
      "country:KOR -> country:PAK",
    ]);
    expect(opposes("Brazil rejected the mining treaty last Friday.")).toEqual([
      "country:BRA -> issue:mining-treaty",
    ]);
  });

  it("takes 'the measure' after a duty, and 'the legislation' after a bill, as pointing back", () => {
    expect(
      opposes(
        "Washington imposed a 25% countervailing duty on Brazilian steel. Brazilian President Luiz Inácio Lula da Silva condemned the measure.",
      ),
    ).toContain("person:luiz-inacio-lula-da-silva -> issue:duty");
    expect(
      opposes(
        "Parliament passed the Digital Media Bill on Tuesday. Kenyan opposition leader Raila Odinga denounced the legislation.",
      ),
    ).toEqual(["person:raila-odinga -> issue:digital-media-bill"]);
  });
  it("lets an organ named without its state speak for the dateline's state", () => {
    const datelined = (body: string): string[] =>
      factsOf(extractGraph({ ...articleOf(body), dateline: "NAIROBI" }), "OPPOSES");
    expect(
      datelined(
        "Interior Minister Kipchumba Murkomen, the government spokesman, accused Uganda of arming the rebels.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
    expect(datelined("The Foreign Ministry firmly rejected the new visa rules.")).toEqual([
      "country:KEN -> issue:new-visa-rules",
    ]);
  });

  it("takes a body told as someone's by the name its aside gives", () => {
    expect(
      opposes("Odinga's party, the Orange Democratic Movement (ODM), condemned the arrest."),
    ).toEqual(["org:orange-democratic-movement -> issue:arrest"]);
  });
  it("reads a rupture of diplomatic relations, but not a switch of recognition", () => {
    expect(
      opposes(
        "On Friday Nicaragua broke off diplomatic relations with Ecuador, after its police raided the embassy.",
      ),
    ).toEqual(["country:NIC -> country:ECU"]);
    expect(
      opposes(
        "Panama established diplomatic relations with China and severed diplomatic ties with Taiwan.",
      ),
    ).toEqual([]);
  });

  it("reads a label with a damning noun: 'called the bloc a prison'", () => {
    expect(opposes('Nigel Farage has called the European Union "a prison".')).toEqual([
      "person:nigel-farage -> org:european-union",
    ]);
  });

  it("gives a participle joined by 'but' the subject of the first one", () => {
    expect(
      opposes(
        "The pipeline deal was welcomed by Ankara but denounced in Athens by Greek Prime Minister Kyriakos Mitsotakis.",
      ),
    ).toEqual(["person:kyriakos-mitsotakis -> issue:pipeline-deal"]);
  });

  it("reads a threat of arrest as a stance against the one threatened", () => {
    expect(
      opposes(
        "Opposition leader Alexei Navalny flew to Berlin in August. Russian President Vladimir Putin has warned that Navalny will be arrested the moment he lands.",
      ),
    ).toEqual(["person:vladimir-putin -> person:alexei-navalny"]);
  });
  it("lets a department's spokesperson speak for its state", () => {
    expect(opposes("A State Department spokesperson condemned the missile launch.")).toEqual([
      "country:USA -> issue:missile-launch",
    ]);
  });

  it("takes a state's demand as the state", () => {
    expect(
      opposes(
        "Serbian President Aleksandar Vucic rejected Croatia's demand that the treaty be revised.",
      ),
    ).toEqual(["person:aleksandar-vucic -> country:HRV"]);
  });

  it("takes 'the decision' after a closure as the closure", () => {
    expect(
      opposes(
        "Poland closed two crossings. The closure angered truckers. Polish opposition leader Donald Tusk criticised the decision.",
      ),
    ).toContain("person:donald-tusk -> issue:closure");
  });

  it("reads 'replied that X would keep blocking … until' as a stance against the thing blocked", () => {
    expect(
      opposes(
        "Greece's foreign ministry replied that Athens would keep blocking the talks until Ankara withdraws its ships.",
      ),
    ).toEqual(["country:GRC -> issue:talks"]);
  });
  it("lets 'the foreign ministries of A, B and C' speak for each state, and reads a denied virtue", () => {
    expect(
      opposes(
        "The foreign ministries of Chile, Peru and Colombia said the referendum would not be credible.",
      ),
    ).toEqual([
      "country:CHL -> issue:referendum",
      "country:COL -> issue:referendum",
      "country:PER -> issue:referendum",
    ]);
  });
  it("takes 'X's government' as X, and the charge after 'accused X of' as no stance of X's", () => {
    expect(
      opposes(
        "Polish Prime Minister Donald Tusk accused Hungarian Prime Minister Viktor Orban's government of blocking aid.",
      ),
    ).toEqual(["person:donald-tusk -> person:viktor-orban"]);
  });

  it("lets a state's envoy speak for it, and 'the text' point back to a bare resolution or treaty", () => {
    expect(opposes("Nigeria's envoy criticised the blockade.")).toEqual([
      "country:NGA -> issue:blockade",
    ]);
    expect(
      opposes("The treaty, signed in Lima, was ratified on Tuesday. Bolivia criticised the text."),
    ).toEqual(["country:BOL -> issue:treaty"]);
  });

  it("lets 'the presidency' with no state named speak for the dateline's state", () => {
    const datelined = factsOf(
      extractGraph({
        ...articleOf("The presidency on Monday condemned Rwandan air strikes near Goma."),
        dateline: "Kinshasa",
      }),
      "OPPOSES",
    );
    expect(datelined).toEqual(["country:COD -> issue:rwandan-air-strikes-near-goma"]);
  });

  it("leaves a video or broadcast the stance was told in out of its target", () => {
    expect(opposes("Jimmy Carter denounced the plan in a video posted online.")).toEqual([
      "person:jimmy-carter -> issue:plan",
    ]);
  });
  it("takes 'the party of former president X' as the party, not the person", () => {
    expect(
      opposes(
        "The African National Congress of former president Jacob Zuma criticised the budget.",
      ),
    ).toEqual(["org:african-national-congress -> issue:budget"]);
  });
  it("reads 'to restate his objections' as the stance told before, held again", () => {
    expect(
      opposes(
        "Austria said it would vote against the trade pact. Austrian Chancellor Karl Nehammer later called Ursula von der Leyen to restate his objections.",
      ),
    ).toEqual(["country:AUT -> issue:trade-pact", "person:karl-nehammer -> issue:trade-pact"]);
  });

  it("takes a body told by owner and kind then named in an aside, and a verdict label as no thing", () => {
    expect(
      opposes(
        'Ireland said it would vote against the trade pact, and Ireland\'s largest farm lobby, the Irish Farmers Association, denounced what it called "a betrayal of rural families".',
      ),
    ).toEqual([
      "country:IRL -> issue:trade-pact",
      "org:irish-farmers-association -> issue:trade-pact",
    ]);
  });
  it("takes 'the government in <capital>' as the state, and 'the agency' as the UN body named before", () => {
    expect(
      opposes(
        'The World Health Organization warned of a new outbreak. The government in Santiago has accused the agency of "reckless" advice.',
      ),
    ).toEqual(["country:CHL -> org:world-health-organization"]);
  });
  it("gives calls to boycott made by nobody named to nobody, but keeps a state's own calls", () => {
    expect(
      opposes(
        "Several Chinese tour operators said they had cancelled trips, and calls to boycott Japanese seafood trended online.",
      ),
    ).toEqual([]);
    expect(opposes("Greece renewed its calls to boycott the games.")).toEqual([
      "country:GRC -> issue:games",
    ]);
  });
  it("reads closing or keeping closed a border with a neighbour as a measure against it", () => {
    expect(opposes("Algeria closed its border with Mali on Monday.")).toEqual([
      "country:DZA -> country:MLI",
    ]);
    expect(opposes("Finland will keep its border with Russia closed until spring.")).toEqual([
      "country:FIN -> country:RUS",
    ]);
    expect(opposes("Peru said it would keep its border with Chile open.")).toEqual([]);
  });
  it("reads designating a party a terrorist organisation as a measure against it", () => {
    expect(opposes("Canada designated Hezbollah a terrorist organisation in 2002.")).toEqual([
      "country:CAN -> org:hezbollah",
    ]);
  });
});

// Verdicts passed in speech, read with the AFINN-165 valence lexicon (opposition-valence.ts).
describe("verdict constructions", () => {
  it("reads a negative word of the lexicon as a verdict: 'called the duties discriminatory'", () => {
    expect(
      opposes(
        "Chilean Agriculture Minister Ana Rojas called the Argentine export duties discriminatory.",
      ),
    ).toEqual(["person:ana-rojas -> country:ARG"]);
    expect(
      opposes(
        'Czech Prime Minister Petr Fiala described the Hungarian veto as "selfish and short-sighted".',
      ),
    ).toEqual(["person:petr-fiala -> country:HUN"]);
    expect(
      opposes('Czech Prime Minister Petr Fiala called the Hungarian veto "a cynical move".'),
    ).toEqual(["person:petr-fiala -> country:HUN"]);
    expect(opposes('Norway said the Swedish levy was "the wrong instrument".')).toEqual([
      "country:NOR -> issue:swedish-levy",
    ]);
    expect(opposes("Norway said the Russian decision was regrettable.")).toEqual([
      "country:NOR -> country:RUS",
    ]);
  });

  it("passes no verdict on what is nobody's doing, nor on a call's purpose", () => {
    expect(opposes("Czech Prime Minister Petr Fiala said the floods were catastrophic.")).toEqual(
      [],
    );
    expect(opposes("Czech Prime Minister Petr Fiala said Viktor Orban was sick.")).toEqual([]);
    // A word of judgement on the same person is a verdict.
    expect(opposes("Czech Prime Minister Petr Fiala said Viktor Orban was reckless.")).toEqual([
      "person:petr-fiala -> person:viktor-orban",
    ]);
    expect(
      opposes(
        "Czech Prime Minister Petr Fiala called Viktor Orban to discuss the dangerous situation.",
      ),
    ).toEqual([]);
  });

  it("reads 'told his counterpart the duties were…' and 'warned Moscow that it was…'", () => {
    expect(
      opposes(
        'Peruvian Trade Minister Jorge Salas told his Bolivian counterpart the duties were "protectionism in disguise".',
      ),
    ).toEqual(["person:jorge-salas -> issue:duties"]);
    expect(
      opposes(
        "Estonian Foreign Minister Margus Tsahkna warned Moscow that it was making a dangerous mistake.",
      ),
    ).toEqual(["person:margus-tsahkna -> country:RUS"]);
  });

  it("reads idioms and harm: 'pouring fuel on the fire', 'sent the wrong signal', 'a tax on', 'would hurt'", () => {
    expect(
      opposes('Slovakia\'s foreign ministry says the move is "pouring fuel on the fire".'),
    ).toEqual(["country:SVK -> issue:move"]);
    expect(
      opposes("Czech Prime Minister Petr Fiala said Budapest had sent exactly the wrong signal."),
    ).toEqual(["person:petr-fiala -> country:HUN"]);
    expect(
      opposes(
        'Chilean President Gabriel Boric called the Argentine tariffs "a tax on Chilean consumers".',
      ),
    ).toEqual(["person:gabriel-boric -> country:ARG"]);
    expect(opposes("Italy said the agreement would hurt Italian farmers.")).toEqual([
      "country:ITA -> issue:agreement",
    ]);
  });

  it("takes a count of voters after named ones as no party's vote", () => {
    expect(
      opposes(
        "Three members, Brazil, India and Kenya, backed the draft, eleven voted against and one abstained.",
      ),
    ).toEqual([]);
    expect(
      opposes("Brazil and India backed the draft, but Kenya voted against the draft."),
    ).toEqual(["country:KEN -> issue:draft"]);
  });

  it("gives a stance to the state whose spokesman or envoy is named in apposition", () => {
    expect(
      opposes(
        "Peru's foreign ministry spokesman, Carlos Vega, criticised the new export duties on Monday.",
      ),
    ).toEqual(["country:PER -> issue:new-export-duties"]);
  });

  it("skips an aside naming a role with its owner: 'X, Belarus's chargé d'affaires to the EU,'", () => {
    expect(
      opposes(
        "Ivan Sokolov, Russia's chargé d'affaires to the UN, called the restrictions illegitimate.",
      ),
    ).toEqual(["country:RUS -> issue:restrictions"]);
  });

  it("reads acceptance refused or denied as a rejection: 'would not recognise', 'will never accept'", () => {
    expect(
      opposes(
        "Argentina's deputy ambassador, Juan Perez, said Buenos Aires would not recognise the new sanctions.",
      ),
    ).toEqual(["country:ARG -> issue:new-sanctions"]);
    expect(opposes("Chile will never accept the annexation of the islands.")).toEqual([
      "country:CHL -> issue:annexation-of-the-islands",
    ]);
    expect(opposes("Peru did not accept responsibility for the crash.")).toEqual([]);
  });

  it("keeps the speaker of an 'and'-joined reporting verb as holder: 'X rejected … and insisted that'", () => {
    expect(
      opposes(
        "President Gabriel Boric rejected the court's ruling and insisted that Santiago would never accept a new border.",
      ),
    ).toEqual(["person:gabriel-boric -> issue:court-s-ruling"]);
  });

  it("gives a participle clause after a listed subject to each party of the list", () => {
    expect(
      opposes(
        "Spain, Italy and Portugal triggered the dispute mechanism in May, accusing Morocco of failing to meet its commitments.",
      ),
    ).toEqual([
      "country:ESP -> country:MAR",
      "country:ITA -> country:MAR",
      "country:PRT -> country:MAR",
    ]);
  });

  it("reads a seat of government that is not the official capital as its state: 'accused La Paz of'", () => {
    expect(
      opposes("Chile's foreign ministry accused La Paz of stoking tensions on the border."),
    ).toEqual(["country:CHL -> country:BOL"]);
    expect(opposes("Ghana condemned Abidjan for closing the border.")).toEqual([
      "country:GHA -> country:CIV",
    ]);
  });

  it("reads a verdict reported after a place or time: 'said in Prague that … were a mistake'", () => {
    expect(
      opposes("Economy Minister Jan Novak said in Prague that the new duties were a mistake."),
    ).toEqual(["person:jan-novak -> issue:new-duties"]);
  });

  it("reads a wrong signal whose quotation opens at the verb: 'had \"sent the wrong signal\"'", () => {
    expect(
      opposes(
        'Eva Horvat said Budapest had "sent exactly the wrong signal to Beijing" by abstaining.',
      ),
    ).toEqual(["person:eva-horvat -> country:HUN"]);
  });

  it("reads 'warned X against' with a time between the one warned and 'against'", () => {
    expect(
      opposes(
        'A State Department spokesperson warned Asian governments last week against "opaque lending".',
      ),
    ).toEqual(["country:USA -> issue:opaque-lending"]);
  });

  it("reads 'criticised the (federal) government for <reason>' as a stance against the state governed", () => {
    expect(
      opposes(
        "Norway's opposition leader Erna Solberg criticised the government for raising the fuel tax.",
      ),
    ).toEqual(["person:erna-solberg -> country:NOR"]);
    expect(
      opposes(
        "Austria's opposition leader Andreas Babler slammed the federal government for its pension cuts.",
      ),
    ).toEqual(["person:andreas-babler -> country:AUT"]);
    // Any other object keeps its reason, which tells what the blame is about.
    expect(opposes("Brazil criticised the lenders for financing the dam.")).toEqual([
      "country:BRA -> issue:lenders-for-financing-the-dam",
    ]);
  });

  it("reads the capital of a self-governing state the package lists as dependent as that state", () => {
    expect(opposes("Fiji accused Avarua of breaking the fisheries agreement.")).toEqual([
      "country:FJI -> country:COK",
    ]);
  });

  it("reads a possessor's objections as a stance: 'Turkey's strong objections to the deal'", () => {
    expect(
      opposes("Despite Turkey's strong objections to the deal, the talks went ahead."),
    ).toEqual(["country:TUR -> issue:deal"]);
  });

  it("reads 'the three … countries' as the three states named last, or listed later in the sentence", () => {
    expect(
      opposes(
        "Spain, Italy and Portugal set the process in motion in May. The three southern countries accused Morocco of failing to honour its commitments.",
      ),
    ).toEqual([
      "country:ESP -> country:MAR",
      "country:ITA -> country:MAR",
      "country:PRT -> country:MAR",
    ]);
    expect(
      opposes(
        "The three Nordic states condemned the decision, and Sweden, Norway and Finland have since added officials to their lists.",
      ),
    ).toEqual([
      "country:FIN -> issue:decision",
      "country:NOR -> issue:decision",
      "country:SWE -> issue:decision",
    ]);
  });

  it("cuts adverbials of time and medium and dangling function words off the thing opposed", () => {
    expect(opposes("Ghana rejected the note within hours.")).toEqual(["country:GHA -> issue:note"]);
    expect(opposes("Peru criticised the talks on social media.")).toEqual([
      "country:PER -> issue:talks",
    ]);
    expect(opposes("Chile has opposed the memorandum for years.")).toEqual([
      "country:CHL -> issue:memorandum",
    ]);
    expect(
      opposes("Spain condemned NATO's attempts to turn the Mediterranean into an armed camp."),
    ).toEqual(["country:ESP -> org:nato"]);
    expect(opposes("Iraq condemned what it calls a Turkish drone strike on Sinjar.")).toEqual([
      "country:IRQ -> issue:turkish-drone-strike-on-sinjar",
    ]);
  });

  it("reads a vote against without its object as against the measure told before", () => {
    expect(opposes("Ministers debated the new duties for hours. Poland also voted no.")).toEqual([
      "country:POL -> issue:new-duties",
    ]);
    expect(
      opposes(
        "Ministers debated the new duties for hours. Poland voted against, while Spain abstained.",
      ),
    ).toEqual(["country:POL -> issue:new-duties"]);
    // A relative clause describes the voters; it is not a stance of its own.
    expect(
      opposes(
        "Ministers debated the new duties. Jan Novak, one of three deputies who voted against, left early.",
      ),
    ).toEqual([]);
  });

  it("reads 'criticised the trip' as against the one the story tells travelled", () => {
    expect(
      opposes(
        "Spanish Prime Minister Pedro Sánchez arrived in Beijing on Monday for talks on trade. Opposition leader Alberto Núñez Feijóo criticised the trip.",
      ),
    ).toEqual(["person:alberto-nunez-feijoo -> person:pedro-sanchez"]);
    // A visit told in passing in a relative clause is not the story's journey.
    expect(
      opposes(
        "Olaf Scholz met Emmanuel Macron, who visited Warsaw in May. Friedrich Merz criticised the trip.",
      ),
    ).toEqual(["person:friedrich-merz -> issue:trip"]);
  });

  it("gives an organ named by its kind to the capital opening the clause, or to 'its' state", () => {
    expect(
      opposes(
        "In Nairobi, the Foreign Office condemned what it called reckless Ugandan aggression.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
    expect(
      opposes("Ghana's government reacted sharply. Its foreign ministry condemned the remarks."),
    ).toEqual(["country:GHA -> issue:remarks"]);
  });

  it("passes over an aside set off by commas between the verb and its object", () => {
    expect(
      opposes(
        "President Gabriel Boric used his speech on Wednesday to reject, once again, any foreign military action on Chilean soil.",
      ),
    ).toEqual(["person:gabriel-boric -> issue:foreign-military-action-on-chilean-soil"]);
    expect(opposes("Chile condemned, in a statement on Monday, the new border fence.")).toEqual([
      "country:CHL -> issue:new-border-fence",
    ]);
  });

  it("reads a party's stance or pursuit opposed ('Lima's objections', 'Addis Ababa's persistence in…') as the party", () => {
    expect(opposes("Chile dismissed Lima's objections.")).toEqual(["country:CHL -> country:PER"]);
    expect(
      opposes(
        "Pakistan rejected New Delhi's insistence on a position contrary to the 1960 treaty.",
      ),
    ).toEqual(["country:PAK -> country:IND"]);
    expect(opposes("Algeria condemned Morocco's policy in the territory.")).toEqual([
      "country:DZA -> country:MAR",
    ]);
    // A person's plan, and a thing a state seeks, stay what is opposed.
    expect(opposes("Moscow criticised Stoltenberg's plan.")).toEqual([
      "country:RUS -> issue:stoltenberg-s-plan",
    ]);
    expect(opposes("Kenya opposed Somalia's membership bid.")).toEqual([
      "country:KEN -> country:SOM",
    ]);
  });

  it("gives what a statement says ('…with a joint statement that condemned') to the one who issued it", () => {
    expect(
      opposes(
        "Trade ministers of the Group of Seven ended two days of talks in the Swiss Alps on Friday with a joint statement that condemned Iran's missile programme.",
      ),
    ).toEqual(["org:group-of-seven -> country:IRN"]);
  });

  it("reads 'was among the opponents' as against the measure told before", () => {
    expect(
      opposes(
        "Ministers debated the new duties for hours. Poland, whose farmers export grain to Ukraine, was among the opponents.",
      ),
    ).toEqual(["country:POL -> issue:new-duties"]);
  });

  it("gives a party's objections to the party, after 'hit back at' and 'what it called'", () => {
    expect(
      opposes("Greek Foreign Minister Nikos Dendias hit back at Ankara's objections."),
    ).toEqual(["person:nikos-dendias -> country:TUR"]);
    expect(
      opposes(
        "Egypt's foreign ministry condemned what it called Addis Ababa's \"insistence on acting alone\".",
      ),
    ).toEqual(["country:EGY -> country:ETH"]);
  });

  it("gives a state's spokesperson titled right before the name ('Chilean foreign ministry spokeswoman X') to the state", () => {
    expect(
      opposes(
        "Vietnamese foreign ministry spokeswoman Pham Thu Hang condemned the Chinese survey near the Paracels.",
      ),
    ).toEqual(["country:VNM -> issue:chinese-survey-near-the-paracels"]);
  });

  it("gives 'the Milei government' and 'Milei's government' to the leader's state", () => {
    expect(
      opposes(
        "Argentine President Javier Milei met Lula in May. The Milei government rejected the new tariff on Brazilian beef.",
      ),
    ).toEqual(["country:ARG -> issue:new-tariff-on-brazilian-beef"]);
    expect(
      opposes(
        "Argentine President Javier Milei met Lula in May. Milei's government rejected the new tariff on Brazilian beef.",
      ),
    ).toEqual(["country:ARG -> issue:new-tariff-on-brazilian-beef"]);
  });

  it("reads a note, protest or complaint opposed as the party that sent it", () => {
    expect(
      opposes(
        "Chile's foreign ministry sent a protest note to La Paz over the arrest of three soldiers. Bolivia's foreign ministry rejected the note on Friday.",
      ),
    ).toContain("country:BOL -> country:CHL");
    expect(opposes("Bolivia's foreign ministry rejected Chile's protest on Tuesday.")).toEqual([
      "country:BOL -> country:CHL",
    ]);
  });

  it("reads the object past a time that owns it ('condemned last week's arrest of…')", () => {
    expect(
      opposes("Hungarian President Tamas Sulyok condemned last week's arrest of two reporters."),
    ).toEqual(["person:tamas-sulyok -> issue:arrest-of-two-reporters"]);
  });

  it("gives a measure a minister announced, opposed later as 'the package', to the minister's state", () => {
    expect(
      opposes(
        "Japanese Foreign Minister Yoko Kamikawa held talks in Suva on Monday. Kamikawa used the visit to announce a $50 million package for Fiji. Opposition leader Sitiveni Rabuka criticised the package as aid with strings.",
      ),
    ).toEqual(["person:sitiveni-rabuka -> country:JPN"]);
  });

  it("reads 'fired back at' and 'declared … persona non grata' as stances against the party", () => {
    expect(opposes("Beijing fired back at Manila, saying the reef was Chinese territory.")).toEqual(
      ["country:CHN -> country:PHL"],
    );
    expect(opposes("Niger declared two Beninese diplomats persona non grata.")).toEqual([
      "country:NER -> country:BEN",
    ]);
    expect(opposes("Ghana declared a national day of mourning on Friday.")).toEqual([]);
  });

  it("reads a thing opposed, then a party accused in the same sentence, as one stance against the party", () => {
    expect(
      opposes(
        "Jordan's foreign minister Ayman Safadi denounced the demolition of Palestinian homes near Hebron and accused Israel of collective punishment.",
      ),
    ).toEqual(["person:ayman-safadi -> country:ISR"]);
  });

  it("reads a body's bare initials as the body named in full before ('The RSF denounced…')", () => {
    expect(
      opposes(
        "Talks with the Rapid Support Forces (RSF) stalled. The RSF denounced the meeting in Jeddah.",
      ),
    ).toEqual(["org:rapid-support-forces -> issue:meeting-in-jeddah"]);
  });

  it("gives a party's act or words told with 'of' ('the decision of Bolivia to…') to the party", () => {
    expect(opposes("Chile criticised the decision of Bolivia to expel the consul.")).toEqual([
      "country:CHL -> country:BOL",
    ]);
    expect(
      opposes("Kenya criticised the position of Uganda and Rwanda on the border dispute."),
    ).toEqual(["country:KEN -> country:RWA", "country:KEN -> country:UGA"]);
    // Whom an act befell is not who did it.
    expect(opposes("Nigeria condemned the arrest of two Ghanaian reporters.")).toEqual([
      "country:NGA -> issue:arrest-of-two-ghanaian-reporters",
    ]);
  });

  it("gives a participle after a note sent to someone ('sent a note to Kampala protesting…') to the sender", () => {
    expect(
      opposes("Kenya sent a protest note to Kampala protesting the arrest of its fishermen."),
    ).toEqual(["country:KEN -> country:UGA"]);
    expect(
      opposes(
        "Kenya sent a letter to the Security Council rejecting the Ugandan claim to the island.",
      ),
    ).toEqual(["country:KEN -> country:UGA"]);
  });

  it("reads a past-tense verb after 'and' as its own predicate, outside the modal before it", () => {
    expect(
      opposes(
        "Hungarian President Tamas Sulyok said he would not attend and condemned last week's arrest of two reporters.",
      ),
    ).toEqual(["person:tamas-sulyok -> issue:arrest-of-two-reporters"]);
    expect(opposes("Hungarian President Tamas Sulyok would not condemn the arrest.")).toEqual([]);
  });

  it("keeps a stance told by a text the subject turned down ('vetoed a resolution that condemned X') from the subject", () => {
    expect(
      opposes("Russia vetoed a draft resolution that condemned Azerbaijan over the blockade."),
    ).not.toContain("country:RUS -> country:AZE");
    expect(opposes("Hungary blocked a joint statement which criticised Serbia.")).not.toContain(
      "country:HUN -> country:SRB",
    );
  });

  it("reads a party opposed before a time phrase ('condemned Ghana earlier this month, and…') as the party", () => {
    expect(
      opposes("Togo condemned Ghana earlier this month, and Benin closed its border with Ghana."),
    ).toContain("country:TGO -> country:GHA");
  });

  it("reads a warning addressed to a party ('warned Islamabad that…') as a stance against it", () => {
    expect(
      opposes(
        "Indian Defence Minister Rajnath Singh warned Islamabad that India would respond to any new attack.",
      ),
    ).toEqual(["person:rajnath-singh -> country:PAK"]);
    expect(
      opposes("Indian Defence Minister Rajnath Singh warned reporters that the talks could fail."),
    ).toEqual([]);
    expect(opposes("Kenya warned against any plan that divides the region.")).toEqual([
      "country:KEN -> issue:plan-that-divides-the-region",
    ]);
  });

  it("reads bodies named only by name, set beside the state they belong to, as that state", () => {
    expect(
      opposes(
        "Britain sanctioned Sovcomflot and Novatek, two Russian energy companies, on Friday.",
      ),
    ).toEqual(["country:GBR -> country:RUS"]);
    expect(
      opposes(
        "Canada imposed sanctions on Dalian Shipping, Beijing's largest state-owned carrier.",
      ),
    ).toEqual(["country:CAN -> country:CHN"]);
  });

  it("reads a verdict that opens the sentence with its speaker after a comma ('X is \"unacceptable\", the minister said')", () => {
    expect(
      opposes(
        'The new border fence is "unacceptable", Paraguayan Foreign Minister Ruben Ramirez said on Monday.',
      ),
    ).toEqual(["person:ruben-ramirez -> issue:new-border-fence"]);
    expect(
      opposes("The weather was dangerous, Paraguayan Foreign Minister Ruben Ramirez said."),
    ).toEqual([]);
  });

  it("reads 'the Japanese-drafted text' as the text told before, like a bare 'the text'", () => {
    expect(
      opposes(
        "Japan tabled a Security Council resolution on the ceasefire in Sudan on Monday. Russia and China vetoed the Japanese-drafted text.",
      ),
    ).toEqual([
      "country:CHN -> issue:security-council-resolution",
      "country:RUS -> issue:security-council-resolution",
    ]);
  });

  it("reads a high commissioner, the envoy between Commonwealth states, like an ambassador", () => {
    expect(opposes("Islamabad summoned the Bangladeshi high commissioner on Monday.")).toEqual([
      "country:PAK -> country:BGD",
    ]);
    expect(
      opposes("Pakistan handed a protest note to the Indian High Commissioner over the remarks."),
    ).toEqual(["country:PAK -> country:IND"]);
    // Recalled or summoned over a stated cause, a high commissioner is read as an ambassador is.
    expect(opposes("Pakistan recalled its high commissioner over the remarks.")).toEqual([
      "country:PAK -> issue:remarks",
    ]);
    expect(opposes("Pakistan summoned the Indian high commissioner over the remarks.")).toEqual([
      "country:PAK -> country:IND",
    ]);
  });

  it("reads aid, lending or budget support stopped for a stated cause as a measure against its recipient", () => {
    expect(opposes("Sweden halted budget support to Mali after the coup in May.")).toEqual([
      "country:SWE -> country:MLI",
    ]);
    expect(opposes("Japan suspended $40 million in assistance to Laos in the spring.")).toEqual([]);
  });

  it("reads the owner of a decision or move as the subject of its infinitive ('Norway's decision to freeze…')", () => {
    expect(
      opposes(
        "Lenders weighed Norway's decision to freeze development aid to Tanzania over the disputed vote.",
      ),
    ).toEqual(["country:NOR -> country:TZA"]);
    expect(opposes("Traders digested Canada's decision to impose sanctions on Iran.")).toEqual([
      "country:CAN -> country:IRN",
    ]);
  });
  it("reads an act called only by its kind ('the incursion') as the party the stance before it was against", () => {
    expect(
      opposes(
        "Two Belarusian helicopters crossed into Lithuania on Sunday. Vilnius summoned Belarus's envoy. Poland condemned the incursion as reckless.",
      ),
    ).toEqual(["country:LTU -> country:BLR", "country:POL -> country:BLR"]);
  });

  it("reads words called only by their kind ('the remarks') as those of the one who took the stance before", () => {
    expect(
      opposes(
        "Turkey's foreign ministry said Ankara strongly condemns the Greek naval exercise. Athens rejected the remarks as baseless.",
      ),
    ).toEqual(["country:GRC -> country:TUR", "country:TUR -> issue:greek-naval-exercise"]);
  });

  it("reads a quoted verdict set before the object it judges ('described as \"regrettable\" X's decision')", () => {
    expect(
      opposes(
        'Uruguay\'s foreign ministry denounced as "unacceptable" the Paraguayan decision to close the border.',
      ),
    ).toEqual(["country:URY -> country:PRY"]);
    expect(
      opposes(
        'The Danish government described as "deeply regrettable" Iceland\'s decision to resume whaling.',
      ),
    ).toEqual(["country:DNK -> country:ISL"]);
    expect(opposes('Kenya described as "historic" the agreement signed with Uganda.')).toEqual([]);
    expect(
      opposes('Ghana dismissed as "lies" the allegations made by Togo\'s government.'),
    ).toEqual([]);
  });
  it("reads a person before an aside that opens with their role ('…, president of the X Union,') as the one who holds the stance", () => {
    expect(
      opposes(
        "Tomasz Nowak, president of the National Farmers Union of Poland, condemned the grain import quotas.",
      ),
    ).toEqual(["person:tomasz-nowak -> issue:grain-import-quotas"]);
    expect(
      opposes(
        "Aiko Tanaka, secretary general of the Japan Democratic Party, criticised Beijing over the ship seizures.",
      ),
    ).toEqual(["person:aiko-tanaka -> country:CHN"]);
  });

  it("reads a warning that a thing would be treated or regarded as a hostile act as a verdict on it", () => {
    expect(
      opposes(
        "Armenian Prime Minister Nikol Pashinyan said any incursion by Azerbaijani troops would be regarded as an act of aggression.",
      ),
    ).toEqual(["person:nikol-pashinyan -> country:AZE"]);
    expect(
      opposes(
        'Venezuela warned that any new drilling by Exxon in the disputed waters would be treated as "a declaration of war".',
      ),
    ).toEqual(["country:VEN -> org:exxonmobil"]);
    expect(
      opposes("The minister said the new bridge would be seen as a symbol of friendship."),
    ).toEqual([]);
  });
  it("reads a law called only by a word for a law ('the rules', 'the law') as the law named before", () => {
    expect(
      opposes(
        "Brussels adopted a new methane emissions regulation for gas importers last year. Qatar's energy minister Saad al-Kaabi criticised the rules as unworkable.",
      ),
    ).toEqual(["person:saad-al-kaabi -> issue:new-methane-emissions-regulation"]);
    expect(
      opposes(
        "Parliament passed a foreign agents bill in Tbilisi on Tuesday. Brussels condemned the law.",
      ),
    ).toEqual(["org:european-union -> issue:foreign-agents-bill"]);
  });

  it("reads a virtue denied by a copula ('was \"no longer acceptable\"', 'were neither justified nor…') as a verdict", () => {
    expect(
      opposes(
        'Norwegian Foreign Minister Kari Berg said this month that the Swedish fishing quotas were "no longer acceptable".',
      ),
    ).toEqual(["person:kari-berg -> issue:swedish-fishing-quotas"]);
    expect(opposes("Togo said Ghana's new border fees were neither justified nor lawful.")).toEqual(
      ["country:TGO -> country:GHA"],
    );
    expect(opposes("The minister said the new rules were not unfair.")).toEqual([]);
  });
  it("reads a summing noun after a party's decision ('…weighed the IMF's decision to…, a move X criticised') as against that party", () => {
    expect(
      opposes(
        "Kenyan shares fell as investors weighed the IMF's decision to delay a loan tranche to Kenya, a move President William Ruto criticised as unfair.",
      ),
    ).toEqual(["person:william-ruto -> org:international-monetary-fund"]);
  });

  it("reads a rupture of relations told with an accusation, blame or retaliation as a stance against the other state", () => {
    expect(
      opposes(
        "Malawi broke off diplomatic ties with Zambia on Friday, blaming its leaders for the border clashes.",
      ),
    ).toEqual(["country:MWI -> country:ZMB"]);
    expect(
      opposes(
        "Chad severed diplomatic relations with Sudan in retaliation for the expulsion of its envoy.",
      ),
    ).toEqual(["country:TCD -> country:SDN"]);
  });
  it("reads 'criticised the government over X' as against the government's state, 'over X' being the reason", () => {
    expect(
      opposes(
        "Zambia's power utility cut supply for a fourth day on Monday. The opposition United Party for National Development has criticised the government over the power cuts.",
      ),
    ).toEqual(["org:united-party-for-national-development -> country:ZMB"]);
  });

  it("reads the verdict of a second reported clause ('said X… and that Y was illegal') as the speaker's, on Y", () => {
    expect(
      opposes(
        "Russia's foreign ministry said the talks had been useful and that the new sanctions were illegitimate.",
      ),
    ).toEqual(["country:RUS -> issue:new-sanctions"]);
    expect(
      opposes(
        "Nepal said its envoy, who returned on Friday, was safe and that the raid on its embassy was illegal.",
      ),
    ).toEqual(["country:NPL -> issue:raid-on-its-embassy"]);
  });

  it("reads a party named inside 'what … called \"verdict\"' as holding that verdict on what it names", () => {
    expect(
      opposes(
        'Lithuania protested against what Foreign Minister Ona Petraitiene called "unacceptable pressure on our diplomats".',
      ),
    ).toContain("person:ona-petraitiene -> issue:unacceptable-pressure-on-our-diplomats");
    expect(
      opposes(
        "Ghana hailed what Finance Minister Kofi Mensah called the biggest investment in the country's history.",
      ),
    ).toEqual([]);
  });
  it("lets 'the foreign ministry', named without its state and with no dateline, speak for the state the story names most", () => {
    expect(
      opposes(
        "Guyana's coast guard said a Venezuelan patrol boat had stopped two Guyanese trawlers near the Essequibo coast. Guyana has asked Caricom for support. The foreign ministry summoned the Venezuelan ambassador over the seizure.",
      ),
    ).toEqual(["country:GUY -> country:VEN"]);
    // So does any organ named by its kind, whether read as a party or not.
    expect(
      opposes(
        "Pakistan hosted a trade fair in Lahore. Pakistan opened a port. The presidency condemned India.",
      ),
    ).toEqual(["country:PAK -> country:IND"]);
    expect(
      opposes(
        "Pakistan hosted a trade fair in Lahore. Pakistan opened a port. The health ministry condemned India.",
      ),
    ).toEqual(["country:PAK -> country:IND"]);
  });

  it("reads a call on a party to undo what it did ('urged X to scrap/reverse/withdraw…') as a stance against it", () => {
    expect(opposes("Japan urged South Korea to scrap the new port fees.")).toEqual([
      "country:JPN -> issue:new-port-fees",
    ]);
    expect(opposes("Chile called on Argentina to reverse it.")).toEqual([
      "country:CHL -> country:ARG",
    ]);
    expect(opposes("Kenya urged Ethiopia and Eritrea to halt hostilities.")).toEqual([]);
    expect(opposes("Kenya asked Uganda to reconsider its decision.")).toEqual([]);
    // Only 'demand/insist that' takes the verb of undoing bare; the others need 'to'.
    expect(opposes("Macron asked whether Britain would withdraw its troops from Mali.")).toEqual(
      [],
    );
    expect(opposes("Kenya urged calm as Ugandan troops withdraw from the border.")).toEqual([]);
  });
  it("reads 'the outcome' rejected by the one the last stance was against as against the one who took that stance", () => {
    expect(
      opposes(
        "Canada sanctioned Venezuela over the disputed election on Monday. Caracas rejected the outcome as illegal.",
      ),
    ).toEqual(["country:CAN -> country:VEN", "country:VEN -> country:CAN"]);
  });

  it("reads verbs of turning away ('rebuffed', 'spurned', 'turned down', 'distanced himself from'), active and passive", () => {
    expect(opposes("Vanuatu rebuffed an offer by Australia to fund its police.")).toEqual([
      "country:VUT -> country:AUS",
    ]);
    expect(opposes("A Japanese request for fishing rights was turned down by Palau.")).toEqual([
      "country:PLW -> issue:japanese-request-for-fishing-rights",
    ]);
    expect(opposes("Chancellor Olaf Meyer distanced himself from the tariff plan.")).toEqual([
      "person:olaf-meyer -> issue:tariff-plan",
    ]);
  });

  it("reads the party before an aside as the subject when an auxiliary follows the aside ('X, the group Y funds, has rejected…')", () => {
    expect(
      opposes(
        "The Nordic Farmers Union, the lobby group Stockholm funds, has rejected the tariff plan.",
      ),
    ).toEqual(["org:nordic-farmers-union -> issue:tariff-plan"]);
  });
  it("reads 'the fund', 'the bank' as the fund or bank named before", () => {
    expect(
      opposes(
        "The International Monetary Fund delayed a loan tranche for Malawi in March. Finance Minister Simplex Chithyola criticised the fund for moving the goalposts.",
      ),
    ).toEqual(["person:simplex-chithyola -> org:international-monetary-fund"]);
  });

  it("reads 'cautioned X against…' like 'warned X against…'", () => {
    expect(opposes("Norway cautioned Denmark against any change to the fishing quotas.")).toEqual([
      "country:NOR -> country:DNK",
    ]);
    expect(
      opposes("Peru cautioned its neighbours on Monday against opaque mining contracts."),
    ).toEqual(["country:PER -> issue:opaque-mining-contracts"]);
  });
  it("reads a quoted verdict on 'it' right after a stance ('\"It is unacceptable,\" X said') as against what that stance was against", () => {
    expect(
      opposes(
        'Russian drones struck a hospital in Kharkiv on Monday. Poland condemned the attack. "It is unacceptable," Polish Foreign Minister Radosław Sikorski said.',
      ),
    ).toEqual(["country:POL -> issue:attack", "person:radoslaw-sikorski -> issue:attack"]);
    expect(
      opposes(
        'Poland condemned the attack on the hospital. The city was calm on Tuesday. "It is unacceptable," Polish Foreign Minister Radosław Sikorski said.',
      ),
    ).toEqual(["country:POL -> issue:attack-on-the-hospital"]);
  });

  it("reads a measure 'imposed by X on Y' as X's stance against Y", () => {
    expect(
      opposes("Traders cited the sanctions imposed by Canada last week on Iranian shipping firms."),
    ).toEqual(["country:CAN -> country:IRN"]);
    expect(
      opposes("The restrictions imposed by Japan on South Korea and on Taiwan were eased."),
    ).toEqual(["country:JPN -> country:KOR", "country:JPN -> country:TWN"]);
    // The last object ends before the verb of the sentence it opens.
    expect(opposes("The tariffs imposed by Washington on Chinese steel were lifted.")).toEqual([
      "country:USA -> issue:chinese-steel",
    ]);
  });
  it("reads 'they' after 'A, B and C said' as all of the list, not its last party", () => {
    expect(
      opposes(
        "Sweden, Finland and Denmark said they were deeply alarmed by the detention of the journalists.",
      ),
    ).toEqual([
      "country:DNK -> issue:detention-of-the-journalists",
      "country:FIN -> issue:detention-of-the-journalists",
      "country:SWE -> issue:detention-of-the-journalists",
    ]);
  });

  it("reads a quotation that is only a verdict ('\"Outrageous,\" said X') as X's stance against what was last opposed", () => {
    expect(
      opposes(
        'Chile condemned the raid on its consulate in Lima. "Outrageous and reckless," said Foreign Minister Ana Torres.',
      ),
    ).toContain("person:ana-torres -> issue:raid-on-its-consulate-in-lima");
    expect(
      opposes(
        'Chile condemned the raid on its consulate in Lima. "Wonderful," said Foreign Minister Ana Torres.',
      ),
    ).not.toContain("person:ana-torres -> issue:raid-on-its-consulate-in-lima");
  });

  it("does not turn a bare verdict's speaker against their own state", () => {
    expect(
      opposes('Peru criticised Chile. "Outrageous," said Chilean Foreign Minister Ana Torres.'),
    ).toEqual(["country:PER -> country:CHL"]);
  });

  it("reads the state or mission a party 'protested to … over' something as the one opposed", () => {
    expect(
      opposes("Peru protested to Quito over what it said were illegal fishing raids."),
    ).toEqual(["country:PER -> country:ECU"]);
    expect(opposes("Norway protested to the Russian embassy over the jamming of flights.")).toEqual(
      ["country:NOR -> country:RUS"],
    );
    expect(opposes("Norway protested to the United Nations over the jamming of flights.")).toEqual([
      "country:NOR -> issue:jamming-of-flights",
    ]);
  });

  it("reads harm told in quotation marks ('said the levy \"undermines years of…\"') as a verdict", () => {
    expect(
      opposes('Kenya said the new Ugandan levy "undermines years of regional integration".'),
    ).toEqual(["country:KEN -> issue:new-ugandan-levy"]);
  });

  it("reads an envoy withdrawn or pulled from a state, or said to be recalled from its posting, as a stance against that state", () => {
    expect(opposes("Algeria withdrew its ambassador from Paris on Tuesday.")).toEqual([
      "country:DZA -> country:FRA",
    ]);
    expect(opposes("Peru's ambassador in Mexico City, Ana Ruiz, was recalled on Friday.")).toEqual([
      "country:PER -> country:MEX",
    ]);
  });

  it("reads a rupture that joins others ('it too was severing relations with X', 'likewise severed…') as a stance against X", () => {
    expect(opposes("Peru likewise severed diplomatic relations with Venezuela.")).toEqual([
      "country:PER -> country:VEN",
    ]);
    expect(opposes("Chile said it too was suspending relations with Nicaragua.")).toEqual([
      "country:CHL -> country:NIC",
    ]);
  });

  it("reads 'disrespectful' and 'unfriendly' as verdicts of diplomatic language", () => {
    expect(opposes("Fiji called the Australian greeting disrespectful.")).toEqual([
      "country:FJI -> country:AUS",
    ]);
    expect(opposes("Nepal called the Indian road an unfriendly step.")).toEqual([
      "country:NPL -> country:IND",
    ]);
  });

  it("gives each person of a subject list a stance, though a title stands before the next name", () => {
    expect(
      opposes(
        "Spanish Prime Minister Lucia Ferrer and Portuguese President Tomas Vieira on Sunday denounced the Moroccan fishing ban.",
      ),
    ).toEqual([
      "person:lucia-ferrer -> issue:moroccan-fishing-ban",
      "person:tomas-vieira -> issue:moroccan-fishing-ban",
    ]);
    expect(
      opposes("President Ana Morales and Chancellor Jorge Pinto criticised the Bolivian tariff."),
    ).toEqual([
      "person:ana-morales -> issue:bolivian-tariff",
      "person:jorge-pinto -> issue:bolivian-tariff",
    ]);
  });

  it("reads capitalised words holding a list of parties as that list, not as one body's name", () => {
    expect(
      opposes(
        "Canada, Mexico and the European Union criticised the American steel tariffs on Friday.",
      ),
    ).toEqual([
      "country:CAN -> issue:american-steel-tariffs",
      "country:MEX -> issue:american-steel-tariffs",
      "org:european-union -> issue:american-steel-tariffs",
    ]);
    expect(opposes("Japan and the African Union criticised the coup in Gabon.")).toEqual([
      "country:JPN -> issue:coup-in-gabon",
      "org:african-union -> issue:coup-in-gabon",
    ]);
  });

  it("reads 'they' after a subject that lists states, in the same sentence or the next, as each of them", () => {
    expect(
      opposes(
        "Ghana, Togo and Benin released a joint communique on Friday. They condemned the attack on the border post.",
      ),
    ).toEqual([
      "country:BEN -> issue:attack-on-the-border-post",
      "country:GHA -> issue:attack-on-the-border-post",
      "country:TGO -> issue:attack-on-the-border-post",
    ]);
    expect(
      opposes(
        "Chile and Peru held a summit in Arica, and they denounced the smuggling of migrants.",
      ),
    ).toEqual([
      "country:CHL -> issue:smuggling-of-migrants",
      "country:PER -> issue:smuggling-of-migrants",
    ]);
  });

  it("reads a thing done to people ('the crackdown on protesters') as what is opposed, unlike the people alone", () => {
    expect(opposes("Ireland condemned the crackdown on protesters.")).toEqual([
      "country:IRL -> issue:crackdown-on-protesters",
    ]);
    expect(opposes("Austria denounced the killings of activists.")).toEqual([
      "country:AUT -> issue:killings-of-activists",
    ]);
  });

  it("does not take a party inside a relative clause set off by commas as the speaker 'it' or 'they' stands for", () => {
    expect(
      opposes(
        "Chile, which has hosted Bolivian migrants for years, said it rejected the new border wall.",
      ),
    ).toEqual(["country:CHL -> issue:new-border-wall"]);
    expect(
      opposes(
        "Poland's foreign ministry, which summoned the Russian ambassador on Monday, said it condemned the drone incursions.",
      ),
    ).not.toContain("country:RUS -> issue:drone-incursions");
  });

  it("reads an organ owned by states referred to as a group ('the three countries' foreign ministries') as each of those states", () => {
    expect(
      opposes(
        "A statement was released on Monday by Sweden, Denmark and Finland. The three countries' foreign ministries condemned the arrests of journalists in Georgia.",
      ),
    ).toEqual([
      "country:DNK -> issue:arrests-of-journalists-in-georgia",
      "country:FIN -> issue:arrests-of-journalists-in-georgia",
      "country:SWE -> issue:arrests-of-journalists-in-georgia",
    ]);
    expect(
      opposes(
        "Peru and Chile signed a joint letter. Both governments' foreign ministries said they were alarmed by the mining spill.",
      ),
    ).toEqual(["country:CHL -> issue:mining-spill", "country:PER -> issue:mining-spill"]);
  });

  it("never reads a plural description ('the leaders') as the one person of its kind known", () => {
    expect(
      opposes(
        "Chilean President Ana Lopez opened the regional summit in Santiago on Monday. In their closing declaration, the leaders condemned the coup in Bolivia.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "Chilean President Ana Lopez met Peruvian President Luis Rojas in Santiago on Monday. The two leaders condemned the coup in Bolivia.",
      ),
    ).toEqual([
      "person:ana-lopez -> issue:coup-in-bolivia",
      "person:luis-rojas -> issue:coup-in-bolivia",
    ]);
  });

  it("reads a counted group of states after a verb ('accused both governments', 'condemned the three countries') as each state, never the subject", () => {
    expect(
      opposes(
        "Chile and Peru opened a joint border post on Monday. Bolivia accused both governments of ignoring its traders.",
      ),
    ).toEqual(["country:BOL -> country:CHL", "country:BOL -> country:PER"]);
    expect(
      opposes(
        "Estonia, Latvia and Lithuania held drills near the border. Belarus condemned the three countries.",
      ),
    ).toEqual([
      "country:BLR -> country:EST",
      "country:BLR -> country:LTU",
      "country:BLR -> country:LVA",
    ]);
    expect(
      opposes(
        "Estonia and Latvia held drills near the border. The United Nations criticised the two countries for the closures.",
      ),
    ).toEqual(["org:united-nations -> country:EST", "org:united-nations -> country:LVA"]);
  });

  it("reads a body no list knows whose name opens with a state and names an organ ('the Canadian Treasury's Office of…') as that state, never taking a fronted time into the name", () => {
    expect(
      opposes(
        "On Friday the Canadian Treasury's Office of Sanctions Policy condemned the purchase of Iranian drones.",
      ),
    ).toEqual(["country:CAN -> issue:purchase-of-iranian-drones"]);
  });

  it("reads a subject joined by 'along with', 'together with' or ', as well as' as a list, each party holding the stance", () => {
    expect(
      opposes("Ghana, along with Togo and Benin, condemned the attack on the customs post."),
    ).toEqual([
      "country:BEN -> issue:attack-on-the-customs-post",
      "country:GHA -> issue:attack-on-the-customs-post",
      "country:TGO -> issue:attack-on-the-customs-post",
    ]);
    expect(
      opposes("Peru and Chile, as well as the African Union, criticised the mining ban."),
    ).toEqual([
      "country:CHL -> issue:mining-ban",
      "country:PER -> issue:mining-ban",
      "org:african-union -> issue:mining-ban",
    ]);
  });

  it("reads a sentence-initial 'Leaders of X', 'Ministers of X' as X, not as a body named 'Leaders of X'", () => {
    expect(opposes("Leaders of the African Union condemned the coup in Gabon.")).toEqual([
      "org:african-union -> issue:coup-in-gabon",
    ]);
  });
  it("reads every inflection of a stance verb: a passive 'was lambasted by', a participle 'deploring'", () => {
    expect(opposes("The pension reform was lambasted by Portugal on Tuesday.")).toEqual([
      "country:PRT -> issue:pension-reform",
    ]);
    expect(opposes("Nigeria was accused by Ghana of harbouring rebels.")).toEqual([
      "country:GHA -> country:NGA",
    ]);
    expect(
      opposes("Chile issued a statement on Friday, deploring the new fishing quotas."),
    ).toEqual(["country:CHL -> issue:new-fishing-quotas"]);
    expect(
      opposes("Peru's foreign ministry released a note, rebuking Bolivia for the border closure."),
    ).toEqual(["country:PER -> country:BOL"]);
  });

  it("reads a party's words or acts, told by a noun with no topic of its own, as the party", () => {
    expect(opposes("Ecuador rejected the Norwegian statement.")).toEqual([
      "country:ECU -> country:NOR",
    ]);
    expect(
      opposes("Ecuador criticised the comments made by Peruvian President Maria Duarte."),
    ).toEqual(["country:ECU -> person:maria-duarte"]);
    expect(opposes("The Peruvian government's response was condemned by Ecuador.")).toEqual([
      "country:ECU -> country:PER",
    ]);
    expect(opposes("The Norwegian government was condemned by Ecuador.")).toEqual([
      "country:ECU -> country:NOR",
    ]);
    // What an act befell is not its owner.
    expect(opposes("Ecuador condemned the treatment of Norwegian prisoners.")).toEqual([
      "country:ECU -> issue:treatment-of-norwegian-prisoners",
    ]);
  });

  it("reads 'the government's response', told by an opponent at home, as the opponent's state", () => {
    expect(
      opposes(
        "Juan Perez, a Peruvian opposition senator, slammed the authorities' handling of the floods.",
      ),
    ).toEqual(["person:juan-perez -> country:PER"]);
  });
  it("gives a participle opening the sentence the subject after its comma", () => {
    expect(
      opposes("Castigating Uruguay for the fishing dispute, Argentina recalled its envoy."),
    ).toEqual(["country:ARG -> country:URY"]);
    expect(
      opposes(
        "Decrying the logging concessions, Ecuador and Colombia said the forest must be protected.",
      ),
    ).toEqual([
      "country:COL -> issue:logging-concessions",
      "country:ECU -> issue:logging-concessions",
    ]);
  });

  it("reads 'the envoy' as the ambassador told before", () => {
    expect(
      opposes(
        "Japan recalled its ambassador, Kenji Sato, on Friday. Vietnam criticised the envoy.",
      ),
    ).toEqual(["country:VNM -> person:kenji-sato"]);
    // A trade representative is no envoy.
    expect(
      opposes(
        "US Trade Representative Maria Lopez visited Hanoi on Friday. Vietnam criticised the envoy.",
      ),
    ).not.toContain("country:VNM -> person:maria-lopez");
  });

  it("reads a bare 'the plan', 'the referendum', 'the drills' as the one told before, by the words before or after its noun", () => {
    expect(
      opposes("Kenya unveiled a plan to dredge the lake on Monday. Uganda condemned the plan."),
    ).toEqual(["country:UGA -> issue:plan-to-dredge-the-lake"]);
    expect(
      opposes("Fiji called a constitutional referendum for May. Tonga criticised the referendum."),
    ).toEqual(["country:TON -> issue:constitutional-referendum"]);
    expect(
      opposes(
        "Chile began naval drills near the strait on Monday. Argentina condemned the drills.",
      ),
    ).toEqual(["country:ARG -> issue:naval-drills"]);
    // A noun inside a longer name is not one told of.
    expect(
      opposes("The Union Election Commission met on Monday. Uganda condemned the election."),
    ).toEqual(["country:UGA -> issue:election"]);
  });

  it("reads blame, threats, retaliation and stative stances ('critical of', 'at odds with')", () => {
    expect(opposes("Ghana blamed Togo for the collapse of the border talks.")).toEqual([
      "country:GHA -> country:TGO",
    ]);
    expect(opposes("Kenya blamed the heavy rain for the delays.")).toEqual([]);
    expect(opposes("Brazil threatened Paraguay with sanctions over the dam.")).toEqual([
      "country:BRA -> country:PRY",
    ]);
    expect(opposes("The club was threatened with relegation.")).toEqual([]);
    expect(opposes("Vietnam retaliated against Cambodia on Friday.")).toEqual([
      "country:VNM -> country:KHM",
    ]);
    expect(opposes("Denmark remained hostile to the fishing quotas.")).toEqual([
      "country:DNK -> issue:fishing-quotas",
    ]);
    expect(opposes("Poland is at odds with Lithuania over the pipeline.")).toEqual([
      "country:POL -> country:LTU",
    ]);
    expect(opposes("Spain contested the final against Portugal in Lisbon.")).toEqual([]);
  });

  it("ends what is opposed before a purpose participle ('aimed at', 'designed to') or 'amid', 'despite', 'following'", () => {
    expect(opposes("Kenya condemned the new grazing law aimed at herders from Turkana.")).toEqual([
      "country:KEN -> issue:new-grazing-law",
    ]);
    expect(opposes("Peru opposes the mining code designed to favour foreign firms.")).toEqual([
      "country:PER -> issue:mining-code",
    ]);
    expect(opposes("Bolivia criticised the salt tax amid a row over prices.")).toEqual([
      "country:BOL -> issue:salt-tax",
    ]);
    // "the following" is a determiner, not a preposition.
    expect(opposes("Chile rejected the following proposals from Peru.")).toEqual([
      "country:CHL -> country:PER",
    ]);
  });

  it("reads no stance in a yes-no question", () => {
    expect(opposes("Will Norway veto the new whaling quotas?")).toEqual([]);
    expect(opposes('"Is Japan opposed to the fisheries deal?" the newspaper asked.')).toEqual([]);
    expect(opposes("Norway vetoed the new whaling quotas.")).toEqual([
      "country:NOR -> issue:new-whaling-quotas",
    ]);
  });

  it("reads a speech, an address or a post as its speaker, a part of it ('a passage of', 'the tone of') and a protest 'during' it too", () => {
    expect(opposes("Peru condemned a passage of Bolivian President Rosa Quispe's speech.")).toEqual(
      ["country:PER -> person:rosa-quispe"],
    );
    expect(
      opposes(
        "Uruguay protested during Paraguayan President Ana Benitez's address to the assembly.",
      ),
    ).toEqual(["country:URY -> person:ana-benitez"]);
    expect(opposes("Chile rejected comments by Peru's foreign minister.")).toEqual([
      "country:CHL -> country:PER",
    ]);
    expect(
      opposes("Ecuador criticised the language used by Colombian Senator Diego Mora."),
    ).toEqual(["country:ECU -> person:diego-mora"]);
    // The tone of a government is not what it said.
    expect(opposes("Chile criticised the tone of the Norwegian government.")).toEqual([
      "country:CHL -> country:NOR",
    ]);
  });

  it("reads a stance noun as the sentence's subject: 'X's condemnation of Y was…', 'X's rebuke to Y'", () => {
    expect(
      opposes("Ecuador's condemnation of Colombia came after a week of border clashes."),
    ).toEqual(["country:ECU -> country:COL"]);
    expect(opposes("Ghana's protests over the border closure were ignored.")).toEqual([
      "country:GHA -> issue:border-closure",
    ]);
    expect(opposes("Laos's rebuke to Thailand was unusually sharp.")).toEqual([
      "country:LAO -> country:THA",
    ]);
    expect(opposes("Sweden's criticism was swift.")).toEqual([]);
  });

  it("reads a bare 'the decision', 'the move', 'the choice' with no measure told before as whoever opened the sentence before", () => {
    expect(
      opposes("Kenya moved on Friday to expel two Somali diplomats. Somalia condemned the move."),
    ).toContain("country:SOM -> country:KEN");
    expect(
      opposes(
        "Foreign Minister Ana Ruiz of Peru took the unusual step of closing the consulate. Bolivia criticised the decision.",
      ),
    ).toEqual(["country:BOL -> person:ana-ruiz"]);
    // Never the holder's own state, nor a party inside a longer subject.
    expect(
      opposes(
        "Moscow reacted with anger. Russian Deputy Foreign Minister Ivan Petrov condemned the decision.",
      ),
    ).toEqual(["person:ivan-petrov -> issue:decision"]);
    expect(
      opposes("Trade between Chile and Peru fell in May. Bolivia criticised the decision."),
    ).toEqual(["country:BOL -> issue:decision"]);
  });

  it("reads 'the proposed', 'a planned' before a passive's subject as part of the noun, not a modal", () => {
    expect(opposes("The proposed fishing levy was rejected by Iceland on Monday.")).toEqual([
      "country:ISL -> issue:proposed-fishing-levy",
    ]);
    expect(opposes("The planned pipeline was condemned by Greece.")).toEqual([
      "country:GRC -> issue:planned-pipeline",
    ]);
    expect(opposes("Greece proposed to condemn the pipeline.")).toEqual([]);
  });

  it("reads 'the visit' as the one who visited a place told by a common noun ('visited the disputed islands')", () => {
    expect(
      opposes(
        "Japanese Prime Minister Taro Sato visited the disputed islands on Monday. South Korea condemned the visit.",
      ),
    ).toEqual(["country:KOR -> person:taro-sato"]);
  });

  it("reads a state's organ or officer opposed as the state: 'the Bolivian side', 'the government in Quito', 'Peru's president' (or the person named after it), also as a passive subject", () => {
    expect(opposes("The Bolivian authorities were condemned by Chile.")).toEqual([
      "country:CHL -> country:BOL",
    ]);
    expect(opposes("Chile criticised the government in Quito.")).toEqual([
      "country:CHL -> country:ECU",
    ]);
    expect(opposes("Chile criticised the Bolivian side.")).toEqual(["country:CHL -> country:BOL"]);
    expect(opposes("Ecuador accused Peru's president of bad faith.")).toEqual([
      "country:ECU -> country:PER",
    ]);
    expect(opposes("Ecuador condemned Peru's president, Jorge Salas, on Monday.")).toEqual([
      "country:ECU -> person:jorge-salas",
    ]);
    // What happened in a capital is not its government.
    expect(opposes("Chile condemned the attack in Quito.")).toEqual([
      "country:CHL -> issue:attack-in-quito",
    ]);
  });

  it("reads reproach and protest told by a verb or idiom: reprimanded, took issue with, balked at, spoke out against, demanded an apology from", () => {
    expect(opposes("Latvia reprimanded Estonia over the border incident.")).toEqual([
      "country:LVA -> country:EST",
    ]);
    expect(opposes("Malta took issue with the new migration quotas.")).toEqual([
      "country:MLT -> issue:new-migration-quotas",
    ]);
    expect(opposes("Cyprus balked at the proposed fishing levy.")).toEqual([
      "country:CYP -> issue:proposed-fishing-levy",
    ]);
    expect(opposes("Ireland spoke out against the new migration quotas.")).toEqual([
      "country:IRL -> issue:new-migration-quotas",
    ]);
    expect(opposes("Finland demanded an apology from Sweden.")).toEqual([
      "country:FIN -> country:SWE",
    ]);
    expect(opposes("Croatia was furious at Serbia.")).toEqual(["country:HRV -> country:SRB"]);
    expect(opposes("Latvia raised interest rates.")).toEqual([]);
  });

  it("reads a bare noun of a doing told by its verb ('closed… the closure', 'expelled… the expulsions') as the one who did it", () => {
    expect(
      opposes("Peru closed its border with Bolivia on Monday. Chile criticised the closure."),
    ).toContain("country:CHL -> country:PER");
    expect(
      opposes("Ghana postponed the regional summit on Friday. Togo condemned the postponement."),
    ).toEqual(["country:TGO -> country:GHA"]);
    // Only a verb of the subject's own: here Bolivia did not close anything.
    expect(
      opposes(
        "Bolivia rejected the Peruvian decision to close the border. Chile criticised the closure.",
      ),
    ).not.toContain("country:CHL -> country:BOL");
  });

  it("reads a demand that a thing be undone: 'demanded that X withdraw…', 'called for … to be scrapped'", () => {
    expect(opposes("Ghana demanded that Togo withdraw the new transit fee.")).toEqual([
      "country:GHA -> issue:new-transit-fee",
    ]);
    expect(opposes("Benin called for the new transit fee to be scrapped.")).toEqual([
      "country:BEN -> issue:new-transit-fee",
    ]);
    expect(opposes("Niger demanded that the transit fee be repealed.")).toEqual([
      "country:NER -> issue:transit-fee",
    ]);
    expect(opposes("Ghana demanded that Togo explain the new transit fee.")).toEqual([]);
  });

  it("ends what is opposed before who passed or signed it, told in lowercase ('the law passed by parliament'), keeping a name after 'by'", () => {
    expect(opposes("Chile criticised the mining law passed by parliament last month.")).toEqual([
      "country:CHL -> issue:mining-law",
    ]);
    expect(opposes("Peru rejected the decree signed by the president on Friday.")).toEqual([
      "country:PER -> issue:decree",
    ]);
    expect(opposes("Chile condemned the duties imposed by Washington.")).toEqual([
      "country:CHL -> country:USA",
    ]);
  });

  it("reads legal action and countermeasures in every form: 'was sued by', 'has taken X to court', 'imposed countermeasures on'", () => {
    expect(opposes("Uruguay was sued by Argentina over the pulp mill.")).toEqual([
      "country:ARG -> country:URY",
    ]);
    expect(opposes("Argentina has taken Uruguay to court.")).toEqual([
      "country:ARG -> country:URY",
    ]);
    expect(opposes("Argentina imposed countermeasures on Uruguay.")).toEqual([
      "country:ARG -> country:URY",
    ]);
    expect(opposes("Paraguay expressed reservations about the pulp mill.")).toEqual([
      "country:PRY -> issue:pulp-mill",
    ]);
    expect(opposes("The injured were taken to the hospital in Uruguay.")).toEqual([]);
  });

  it("reads an object pronoun after a stance verb across sentences: 'him'/'her' is the person named before, 'it'/'them' what the stance before was against", () => {
    expect(
      opposes("Ghanaian President Kofi Mensah spoke in Accra on Friday. Togo rebuked him sharply."),
    ).toEqual(["country:TGO -> person:kofi-mensah"]);
    expect(
      opposes("Kenya condemned the Ugandan fuel levy on Friday. Rwanda also denounced it."),
    ).toContain("country:RWA -> issue:ugandan-fuel-levy");
    expect(opposes("Kenya criticised Uganda on Friday. Rwanda lashed out at it too.")).toContain(
      "country:RWA -> country:UGA",
    );
    // The sentence names what the pronoun stands for itself, or the pronoun is a clause's subject.
    expect(
      opposes("Kenya criticised Uganda on Friday. Rwanda said the levy was unfair and opposed it."),
    ).not.toContain("country:RWA -> country:UGA");
    expect(
      opposes("Kenya criticised Uganda on Friday. Rwanda warned it would respond."),
    ).not.toContain("country:RWA -> country:UGA");
    // "him"/"her" reaches back one sentence only; "it" after a thing told is that thing, no party.
    expect(
      opposes(
        "Ghanaian President Kofi Mensah toured Kumasi on Friday. Togo hosted a fair in Lomé. Floods hit the north. Benin rebuked him.",
      ),
    ).toEqual([]);
    expect(opposes("Sweden published its annual report on Monday. Finland rejected it.")).toEqual(
      [],
    );
  });

  it("reads no stance inside a denied claim: 'rejected claims that it had criticised X'", () => {
    expect(opposes("Austria rejected claims that it had criticised Slovenia.")).toEqual([]);
    expect(opposes("Slovenia denied reports that Croatia had condemned the border fence.")).toEqual(
      [],
    );
    expect(opposes("Austria rejected the claims, and condemned Slovenia for making them.")).toEqual(
      ["country:AUT -> country:SVN"],
    );
  });

  it("opposes each owner of a list of owned acts ('X's statement and Y's remarks', 'the X government and the Y government', 'both X and Y')", () => {
    expect(opposes("Kenya condemned Uganda's statement and Tanzania's remarks.")).toEqual([
      "country:KEN -> country:TZA",
      "country:KEN -> country:UGA",
    ]);
    expect(
      opposes("Kenya rebuked the Ugandan government and the Tanzanian government on Friday."),
    ).toEqual(["country:KEN -> country:TZA", "country:KEN -> country:UGA"]);
    expect(opposes("Kenya criticised both Uganda and Tanzania.")).toEqual([
      "country:KEN -> country:TZA",
      "country:KEN -> country:UGA",
    ]);
    // A second clause or an appositive is no second target.
    expect(opposes("Kenya condemned Uganda's statement and Tanzania said it agreed.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
  });

  it("cuts the reason after a government blamed ('faulted the government for the blackouts')", () => {
    expect(
      opposes(
        "Ghanaian opposition leader Kwame Mensah faulted the government for the blackouts on Tuesday. Union leader Ama Owusu blamed the government for the fuel shortages.",
      ),
    ).toEqual(["person:ama-owusu -> country:GHA", "person:kwame-mensah -> country:GHA"]);
  });

  it("reads a bare noun after a stance against a fuller phrase with that head as the same thing ('condemned X's whaling programme. Y also condemned the programme')", () => {
    expect(
      opposes(
        "Kenya condemned the Ugandan oil drilling programme on Friday. Rwanda also criticised the programme.",
      ),
    ).toContain("country:RWA -> issue:ugandan-oil-drilling-programme");
  });

  it("reads an object pronoun of blame ('blamed him for the crisis') as a party blamed", () => {
    expect(
      opposes(
        "Ghanaian President Kofi Mensah spoke in Accra on Friday. Togo blamed him for the unrest.",
      ),
    ).toEqual(["country:TGO -> person:kofi-mensah"]);
    expect(opposes("Kenya criticised Uganda on Friday. Rwanda blamed it on the weather.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
  });

  it("cuts a time adjunct or the gathering a stance was told at off its target ('each year', 'in 2021', 'at the summit')", () => {
    expect(
      opposes(
        "Argentina rejected the fishing quota each year. Morocco denounced the border fence in 2021. Ghana opposed the trade pact at the regional summit.",
      ),
    ).toEqual([
      "country:ARG -> issue:fishing-quota",
      "country:GHA -> issue:trade-pact",
      "country:MAR -> issue:border-fence",
    ]);
  });

  it("reads the noun phrase before a relative clause without 'that' as what its stance is against ('the fuel levy Owusu had long objected to')", () => {
    expect(
      opposes(
        "Ghanaian union leader Ama Owusu spoke in Accra on Monday. Parliament passed the fuel levy Owusu had long objected to. Lawmakers also approved a mining code Owusu railed against.",
      ),
    ).toEqual(["person:ama-owusu -> issue:fuel-levy", "person:ama-owusu -> issue:mining-code"]);
  });

  it("opposes each owner of a list of owned acts in a passive ('X's statement and Y's remarks were condemned by Z')", () => {
    expect(opposes("Uganda's statement and Tanzania's remarks were condemned by Kenya.")).toEqual([
      "country:KEN -> country:TZA",
      "country:KEN -> country:UGA",
    ]);
    expect(opposes("The Ugandan and Tanzanian statements were rejected by Kenya.")).toEqual([
      "country:KEN -> country:TZA",
      "country:KEN -> country:UGA",
    ]);
  });

  it("reads the object of a modal or infinitive verb as what an apposition after it renames (', a deal he opposed')", () => {
    expect(
      opposes(
        "Maldivian President Ali Rasheed spoke in Male on Monday. Rasheed said the Maldives would not renew the dredging contract, a deal he opposed while in opposition.",
      ),
    ).toEqual(["person:ali-rasheed -> issue:dredging-contract"]);
  });

  it("gives the stance of a state's rulers or body named after its possessive to the state, whenever they spoke ('Mali's junta on Monday denounced')", () => {
    expect(opposes("Mali's junta on Monday denounced the French drone flights.")).toEqual([
      "country:MLI -> issue:french-drone-flights",
    ]);
    expect(
      opposes("Burkina Faso's military rulers on Friday condemned the Ivorian troop build-up."),
    ).toEqual(["country:BFA -> country:CIV"]);
    expect(
      opposes("Chad's transitional government last week denounced the Sudanese air strikes."),
    ).toEqual(["country:TCD -> issue:sudanese-air-strikes"]);
  });

  it("reads a state told by its relation to the holder ('accused neighbouring Chad', 'its rival Armenia') as the party opposed", () => {
    expect(opposes("Thailand accused neighbouring Cambodia of laying new landmines.")).toEqual([
      "country:THA -> country:KHM",
    ]);
    expect(opposes("Azerbaijan accused its rival Armenia of shelling border villages.")).toEqual([
      "country:AZE -> country:ARM",
    ]);
    expect(opposes("Peru criticised neighbouring Bolivia over the lithium export ban.")).toEqual([
      "country:PER -> country:BOL",
    ]);
    // A demonym after the word describes what is opposed; it names no party.
    expect(opposes("Kenya condemned the neighbouring Ugandan crackdown.")).not.toContain(
      "country:KEN -> country:UGA",
    );
  });

  it("keeps a state's lowercase body as the state in a second verb sharing its subject ('X's foreign ministry condemned… and urged…')", () => {
    // One holder, so the two verbs tell one grievance rather than two stances of two holders.
    const facts = opposes(
      "Jordan's foreign ministry condemned an Egyptian border fence near Aqaba, and urged the Arab League to press Egypt to withdraw from the border posts.",
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatch(/^country:JOR -> /);
  });
});

describe("opposition: verdicts told as characterisation", () => {
  it("reads a trailing verdict whose quotation runs on after the verdict word ('was \"unfair and …\", she said')", () => {
    expect(
      opposes(
        'Chilean Finance Minister Ana Torres spoke in Santiago on Monday. Peru\'s new export levy on copper was "unfair and based on figures that nobody in Lima has ever published", she said.',
      ),
    ).toEqual(["person:ana-torres -> country:PER"]);
    // The speaker is found after the last comma, not in the quotation ("with which the US has").
    expect(
      opposes(
        'Irish Foreign Minister Mary Byrne spoke in Dublin on Monday. The tariff Britain imposed on Irish beef last year was "unjustified for a neighbour with which the US has no quarrel", she said.',
      ),
    ).toEqual([
      // The tariff itself is Britain's stance against Ireland (fixtures README, OPPOSES).
      "country:GBR -> country:IRL",
      "person:mary-byrne -> issue:tariff-britain-imposed-on-irish-beef",
    ]);
  });

  it("reads a trailing verdict the valence lexicon judges, not one conceded ('discriminatory', not 'painful but necessary')", () => {
    expect(
      opposes(
        'Argentine Economy Minister Luis Paz spoke in Buenos Aires on Monday. The Brazilian duties on Argentine wheat were "discriminatory", Paz said.',
      ),
    ).toEqual([
      // The duties themselves are Brazil's standing stance against Argentina (a tariff rule).
      "country:BRA -> country:ARG",
      "person:luis-paz -> issue:brazilian-duties-on-argentine-wheat",
    ]);
    expect(
      opposes(
        'Ghanaian President Kofi Mensah spoke in Accra on Friday. The new budget was "painful but necessary for a country that must repay its debts", Mensah said.',
      ),
    ).toEqual([]);
  });

  it("reads verdicts of subordination, usurpation, persecution and insincerity ('a puppet of', 'an occupation', 'collective punishment', 'political theatre')", () => {
    expect(
      opposes(
        'Qatari Foreign Minister Ahmed Saif spoke in Doha on Monday. Saif called Israel\'s control of the hills "an occupation that no decree can make lawful".',
      ),
    ).toEqual(["person:ahmed-saif -> country:ISR"]);
    expect(
      opposes(
        'Bolivian President Luis Arce spoke in La Paz on Monday. Arce called the Peruvian sanctions "an instrument of foreign interests".',
      ),
    ).toEqual(["person:luis-arce -> country:PER"]);
    expect(
      opposes(
        'Palestinian Prime Minister Mohammad Mustafa spoke in Ramallah on Monday. Mustafa described the Israeli closure of the crossings as "collective punishment".',
      ),
    ).toEqual(["person:mohammad-mustafa -> country:ISR"]);
    expect(
      opposes(
        'Chinese Foreign Ministry spokesman Wang Lei spoke in Beijing on Monday. Wang called the Philippine patrols "political theatre staged for Washington".',
      ),
    ).toEqual(["country:CHN -> country:PHL"]);
    // Neither a theatre that is a place nor an instrument of something good is a verdict.
    expect(
      opposes(
        'Chinese Foreign Ministry spokesman Wang Lei spoke in Beijing on Monday. Wang called the Philippine opera company "a theatre of world rank".',
      ),
    ).toEqual([]);
    expect(
      opposes(
        'Bolivian President Luis Arce spoke in La Paz on Monday. Arce called the Peruvian loan "an instrument of cooperation".',
      ),
    ).toEqual([]);
  });

  it("reads 'amounted to' and 'constituted' as a copula before a verdict in reported speech", () => {
    expect(
      opposes(
        'Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. Erdogan said the Greek arrests amounted to "a witch-hunt against our minority".',
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> issue:greek-arrests"]);
    expect(
      opposes(
        'Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Monday. Pashinyan said the Azerbaijani blockade constituted "ethnic cleansing by other means".',
      ),
    ).toEqual(["person:nikol-pashinyan -> issue:azerbaijani-blockade"]);
    expect(
      opposes(
        "Kenyan opposition leader Raila Odinga spoke in Nairobi on Monday. Odinga said the Ugandan aid amounted to $40 million.",
      ),
    ).toEqual([]);
  });

  it("reads a state's leadership or authorities after its possessive as the state ('called Chad's leadership a puppet')", () => {
    expect(
      opposes('Sudanese General Abdel Fattah al-Burhan called Chad\'s leadership "a puppet".'),
    ).toEqual(["person:abdel-fattah-al-burhan -> country:TCD"]);
  });

  it("ends what is opposed before a clause of time ('voted against the pact when ministers approved it')", () => {
    expect(
      opposes(
        "Talks on the Arctic Fisheries Pact resumed in Oslo. Iceland voted against the pact when Nordic ministers approved it in May.",
      ),
    ).toEqual(["country:ISL -> issue:arctic-fisheries-pact"]);
    expect(opposes("Peru criticised the tariff when Ecuador introduced it last year.")).toEqual([
      "country:PER -> issue:tariff",
    ]);
  });

  it("reads a warning addressed to a party, not to do something or over what it did, as a stance against it ('warned Togo not to')", () => {
    expect(opposes("Ghana warned Togo not to close the border at Aflao.")).toEqual([
      "country:GHA -> country:TGO",
    ]);
    expect(opposes("Canada warned Washington over the new tariffs on softwood lumber.")).toEqual([
      "country:CAN -> country:USA",
    ]);
    expect(
      opposes(
        "Indian Prime Minister Narendra Modi warned Pakistan on Sunday not to test India's patience.",
      ),
    ).toEqual(["person:narendra-modi -> country:PAK"]);
    // Told of a danger, or warned of nothing by name, a party is not opposed.
    expect(opposes("The WHO warned Nigeria about a cholera outbreak.")).toEqual([]);
    expect(opposes("Kenya warned Ugandan traders over fake banknotes.")).toEqual([]);
  });

  it("reads pressure, coercion or promises from a party as that party's act, also when quoted ('rejected \"pressure\" from Canberra')", () => {
    expect(opposes("Nauru denounced pressure from Canberra over the detention centre.")).toEqual([
      "country:NRU -> country:AUS",
    ]);
    expect(opposes("Taiwan rejected coercion from Beijing.")).toEqual([
      "country:TWN -> country:CHN",
    ]);
    expect(
      opposes(
        'Palau rejected what it called "pressure and promises" from Beijing aimed at changing its recognition.',
      ),
    ).toEqual(["country:PLW -> country:CHN"]);
    // Pressure on a party is not that party's.
    expect(opposes("Peru condemned the pressure on Bolivian farmers.")).not.toContain(
      "country:PER -> country:BOL",
    );
  });

  it("reads a stance held over time: 'campaigned against', 'objected for months to', 'led the campaign against', 'X's campaign against'", () => {
    expect(opposes("Greenpeace campaigned against the Norwegian seabed mining plan.")).toEqual([
      "org:greenpeace -> issue:norwegian-seabed-mining-plan",
    ]);
    expect(opposes("Egypt has protested for years against the Ethiopian dam.")).toEqual([
      "country:EGY -> issue:ethiopian-dam",
    ]);
    expect(opposes("Peru lobbied against the Chilean quota.")).toEqual([
      "country:PER -> issue:chilean-quota",
    ]);
    expect(
      opposes(
        "Senator Ana Ruiz, the Peruvian senator who has led the campaign against Santiago, spoke on Monday.",
      ),
    ).toEqual(["person:ana-ruiz -> country:CHL"]);
    expect(opposes("Chile's campaign against the Bolivian quota drew wide support.")).toEqual([
      "country:CHL -> issue:bolivian-quota",
    ]);
    // A campaign for something, one told only by its kind, or one charged to another is no stance.
    expect(opposes("Kenya campaigned for a seat on the Security Council.")).toEqual([]);
    expect(opposes("The government's campaign against extortion gangs continued.")).toEqual([]);
    expect(
      opposes(
        "Kurti accused Serbia of lobbying against Kosovo's membership of the Council of Europe.",
      ),
    ).not.toContain("country:SRB -> issue:kosovo-s-membership-of-the-council-of-europe");
  });

  it("reads criticism rejected as something ('dismissed the criticism as electioneering') as a stance against the critic, not criticism merely rejected", () => {
    expect(
      opposes(
        'Chilean senator Ana Ruiz accused the Peruvian government of protectionism. Peru\'s trade minister, Luis Soto, dismissed the criticism as "electioneering".',
      ),
    ).toContain("person:luis-soto -> person:ana-ruiz");
    expect(
      opposes(
        "Germany criticised the Polish border controls on Monday. Warsaw rejected the criticism.",
      ),
    ).not.toContain("country:POL -> country:DEU");
    // An accusation turned away is a denial, however it is characterised.
    expect(
      opposes(
        "Germany accused Poland of spying on its diplomats. Warsaw dismissed the allegations as lies.",
      ),
    ).not.toContain("country:POL -> country:DEU");
  });

  it("reads complaints, objections or a condemnation told only by their kind as the stance of the one who last took one ('rejected the objections')", () => {
    expect(
      opposes(
        'Sweden objected to the Danish bridge toll. Copenhagen rejected the objections as "unfounded".',
      ),
    ).toEqual(["country:DNK -> country:SWE", "country:SWE -> issue:danish-bridge-toll"]);
    expect(
      opposes(
        "Amnesty International condemned the Egyptian crackdown on journalists. Cairo rejected the condemnation as interference in its internal affairs.",
      ),
    ).toContain("country:EGY -> org:amnesty-international");
  });

  it("gives a verb whose quotation opens after 'and' the subject of the verb before ('met X and \"firmly rejected\" Y')", () => {
    expect(
      opposes(
        'Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Berlin and "firmly rejected" the Russian claims.',
      ),
    ).not.toContain("person:donald-tusk -> country:RUS");
    expect(
      opposes(
        'Ghanaian President John Mahama received Togo\'s foreign minister Robert Dussey on Monday and "deplored" the border closure.',
      ),
    ).toEqual(["person:john-mahama -> issue:border-closure"]);
    expect(
      opposes(
        'Kenya hosted Ugandan President Yoweri Museveni in Nairobi and "strongly condemned" the attack on the border post.',
      ),
    ).toEqual(["country:KEN -> issue:attack-on-the-border-post"]);
  });

  it("reads a bare noun for a doing as that doing told by its verb earlier, with its object ('suspended all cargo flights… the suspension')", () => {
    expect(
      opposes(
        "The border agency suspended all cargo flights to Kabul last week. Officials said it was temporary. Pakistan criticised the suspension.",
      ),
    ).toEqual(["country:PAK -> issue:suspension-of-all-cargo-flights"]);
    expect(
      opposes(
        "The electoral board postponed the municipal elections in Tigray. The board cited security reasons. The opposition party Ezema denounced the postponement.",
      ),
    ).toEqual(["org:ezema -> issue:postponement-of-the-municipal-elections"]);
    // With no such doing told before, the noun stays as it is.
    expect(opposes("Officials met in Geneva on Monday. Brazil condemned the expulsion.")).toEqual([
      "country:BRA -> issue:expulsion",
    ]);
  });

  it("reads sanctions told by the noun with their holder in front ('British sanctions against…', 'under EU sanctions', 'put X under sanctions'), not ones lifted or evaded", () => {
    expect(
      opposes("The British sanctions against Belarusian potash exporters were extended."),
    ).toEqual(["country:GBR -> country:BLR"]);
    expect(
      opposes(
        "Albanian opposition leader Sali Berisha, who has been under U.S. sanctions since 2021 over corruption allegations, condemned the summit.",
      ),
    ).toContain("country:USA -> person:sali-berisha");
    expect(
      opposes(
        "The agreement excludes Rosneft, the oil group that Canada and the European Union put under sanctions last year.",
      ),
    ).toEqual(["country:CAN -> org:rosneft", "org:european-union -> org:rosneft"]);
    expect(opposes("Venezuela asked for relief from U.S. sanctions on its oil sector.")).toEqual(
      [],
    );
    expect(
      opposes("The lifting of U.S. sanctions on Venezuela allowed oil exports to resume."),
    ).toEqual([]);
  });

  it("gives a charge told in the passive with no maker named ('X was accused of…') to the holder of the stance the sentence before told", () => {
    expect(
      opposes("Ghana denounced the Togolese curfew. Nigeria was condemned for closing its border."),
    ).toContain("country:GHA -> country:NGA");
    expect(
      opposes("Chile rejected the Bolivian claim. Argentina was accused of meddling."),
    ).toContain("country:CHL -> country:ARG");
    // With no stance right before, or with its maker named, the charge is not the earlier holder's.
    expect(
      opposes("Kenya hosted the summit on Friday. Tanzania was accused of stalling the talks."),
    ).toEqual([]);
    expect(
      opposes(
        "Kenya condemned the Ugandan fuel levy on Friday. Tanzania was accused of stalling the talks by Rwanda.",
      ),
    ).not.toContain("country:KEN -> country:TZA");
  });

  it("reads a capital before its city's own body ('the Nairobi city council') as the city, not the state", () => {
    expect(opposes("The Nairobi city council condemned the Ugandan fuel levy.")).toEqual([]);
    expect(opposes("Kyiv city council denounced the Hungarian language law.")).toEqual([]);
    expect(opposes("The Beijing municipal government rejected the Japanese survey.")).toEqual([]);
    // The capital alone, or before the state's own government, still speaks for the state.
    expect(opposes("Nairobi condemned the Ugandan fuel levy.")).toEqual([
      "country:KEN -> issue:ugandan-fuel-levy",
    ]);
  });

  it("reads a stance told by a noun its holder owns, whatever verb carries it ('followed with its own criticism of', 'made no secret of its opposition to'), not one given up or heard", () => {
    expect(
      opposes("The Arab League followed with its own criticism of Israel on Tuesday."),
    ).toEqual(["org:arab-league -> country:ISR"]);
    expect(
      opposes("Paraguay has made no secret of its opposition to the Brazilian dam project."),
    ).toEqual(["country:PRY -> issue:brazilian-dam-project"]);
    expect(
      opposes(
        "Tuvalu's prime minister Feleti Teo welcomed the grant but did not hide his frustration with the Australian approval of a new coal mine.",
      ),
    ).toContain("person:feleti-teo -> country:AUS");
    expect(opposes("Poland dropped its objections to the Ukrainian grain deal on Monday.")).toEqual(
      [],
    );
    expect(opposes("Brazil ignored their objections to the dam project.")).toEqual([]);
    expect(opposes("Japan explained its concerns about the ageing of its population.")).toEqual([]);
  });

  it("takes an approval a party gave as the party's act ('criticised Canberra's approval of the mine'), and a moratorium as a measure a lexicon verdict may judge", () => {
    expect(opposes("Fiji criticised Canberra's approval of the coal mine.")).toEqual([
      "country:FJI -> country:AUS",
    ]);
    expect(
      opposes('Chilean senator Ana Ruiz called the new fishing moratorium "discriminatory".'),
    ).toEqual(["person:ana-ruiz -> issue:new-fishing-moratorium"]);
  });

  it("gives a second verb the person whose title names a body ('Foreign ministry spokesman X said… and condemned…'), not the body", () => {
    const facts = opposes(
      "Hanoi hit back on Tuesday. Foreign ministry spokeswoman Pham Thu Hang said the survey was illegal and condemned the Chinese patrol.",
    );
    expect(facts.filter((f) => f.startsWith("org:"))).toEqual([]);
    expect(facts).toHaveLength(1);
  });

  it("reads a fault told of a party in reported speech ('said Germany had made a historic mistake') as a verdict, not one of no party's", () => {
    expect(
      opposes(
        "Polish President Andrzej Duda said Germany had made a historic mistake by buying Russian gas.",
      ),
    ).toEqual(["person:andrzej-duda -> country:DEU"]);
    expect(
      opposes(
        "Ghanaian Trade Minister Kwame Asante said on Friday that Nigeria had made a costly error in closing its ports.",
      ),
    ).toEqual(["person:kwame-asante -> country:NGA"]);
    expect(
      opposes(
        "Chilean Finance Minister Ana Torres said the referee had made a mistake in the final minute.",
      ),
    ).toEqual([]);
  });

  it("reads the doer named after 'by' of a doing told with its object ('the detention of two journalists by Belarus') as the party opposed", () => {
    expect(opposes("Ukraine denounced the deportation of children by Russia.")).toEqual([
      "country:UKR -> country:RUS",
    ]);
    expect(
      opposes("Sweden will not accept the use of the Baltic Sea by Russia's shadow fleet."),
    ).toEqual(["country:SWE -> country:RUS"]);
    // A doer only referred to, or not a party, leaves the doing as what is opposed.
    expect(opposes("Chile condemned the use of force by police.")).toEqual([
      "country:CHL -> issue:use-of-force-by-police",
    ]);
  });

  it("reads a stance cited as the reason for a measure ('suspended X, citing objections to Y') as the subject's, not concerns about a condition", () => {
    expect(
      opposes(
        "Serbia recalled its ambassador on Friday, citing strong objections to the Croatian arrest of two Serbian officers.",
      ),
    ).toContain("country:SRB -> issue:croatian-arrest-of-two-serbian-officers");
    expect(
      opposes(
        "Canada suspended the visa programme, citing complaints about the Mexican asylum rules.",
      ),
    ).toEqual(["country:CAN -> issue:mexican-asylum-rules"]);
    expect(opposes("Sweden left the forum, citing concerns about rising costs.")).toEqual([]);
  });

  it("gives a stance summed up as 'a position X repeated' or 'a stance that X echoed' to X too, not a view shared by no party", () => {
    expect(
      opposes(
        "Japan rejected the Chinese fishing ban on Monday, a stance Seoul echoed on Tuesday.",
      ),
    ).toEqual([
      "country:JPN -> issue:chinese-fishing-ban",
      "country:KOR -> issue:chinese-fishing-ban",
    ]);
    expect(
      opposes(
        "Kenya criticised the Ugandan oil pipeline, a view that Tanzania shared in a statement.",
      ),
    ).toEqual([
      "country:KEN -> issue:ugandan-oil-pipeline",
      "country:TZA -> issue:ugandan-oil-pipeline",
    ]);
    expect(
      opposes(
        "Japan rejected the Chinese fishing ban on Monday, a view shared by many economists.",
      ),
    ).toEqual(["country:JPN -> issue:chinese-fishing-ban"]);
  });

  it("passes over an aside in brackets inside the object of a verb of calling ('called the levy (announced on Monday) \"a mistake\"')", () => {
    expect(
      opposes(
        'Danish Prime Minister Mette Frederiksen called the Swedish levy (announced on Monday) "a mistake".',
      ),
    ).toEqual(["person:mette-frederiksen -> country:SWE"]);
    expect(
      opposes(
        'Czech Foreign Minister Jan Lipavsky branded the Russian decree (signed by Putin last week) "illegal".',
      ),
    ).toEqual(["person:jan-lipavsky -> country:RUS"]);
    expect(
      opposes(
        "Danish Prime Minister Mette Frederiksen called the Swedish prime minister (a close friend) on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("opposition: frames kept narrow", () => {
  it("takes as a sanctions holder only a party whose words before 'sanctions' say what kind, not a verb ('Hungary rejects sanctions on…')", () => {
    expect(opposes("Hungary rejects sanctions on Russia's nuclear industry.")).not.toContain(
      "country:HUN -> country:RUS",
    );
    expect(opposes("Slovakia blocks sanctions on Russia.")).not.toContain(
      "country:SVK -> country:RUS",
    );
    expect(opposes("Russia says sanctions on Iran are illegal.")).not.toContain(
      "country:RUS -> country:IRN",
    );
    expect(opposes("Kenya welcomed Canada's new sanctions on Eritrea.")).toContain(
      "country:CAN -> country:ERI",
    );
  });

  it("reads any agent after a passive charge ('by rights groups', 'by the opposition') as its maker, not the holder of the stance before", () => {
    expect(
      opposes(
        "Kenya condemned the Ugandan fuel levy on Friday. Tanzania was accused of stalling the talks by rights groups.",
      ),
    ).not.toContain("country:KEN -> country:TZA");
    expect(
      opposes(
        "Chile rejected the Bolivian claim. Argentina was accused of meddling by the opposition.",
      ),
    ).not.toContain("country:CHL -> country:ARG");
    // A manner after "by" names no one.
    expect(
      opposes("Chile rejected the Bolivian claim. Argentina was accused of meddling by proxy."),
    ).toContain("country:CHL -> country:ARG");
  });

  it("takes the person before a relative clause on a demonym's title only when the aside follows that person ('X, the Chinese envoy who…'), not one named earlier in the sentence", () => {
    expect(
      opposes("Joe Biden spoke after the Chinese envoy who condemned the Japanese survey."),
    ).not.toContain("person:joe-biden -> issue:japanese-survey");
    expect(
      opposes(
        "Riley Moore, the Republican congressman who has led the push, condemned the Nigerian ban.",
      ),
    ).toContain("person:riley-moore -> issue:nigerian-ban");
  });

  it("keeps a state named by its own name before its municipal or county bodies ('Kenya's county government…'), reading only a capital there as its city", () => {
    expect(
      opposes("Ukraine's municipal authorities condemned the Hungarian language law."),
    ).toEqual(["country:UKR -> country:HUN"]);
    expect(opposes("Kenya's county government rejected the Ugandan fuel levy.")).toContain(
      "country:KEN -> issue:ugandan-fuel-levy",
    );
    expect(opposes("The Nairobi city council condemned the Ugandan fuel levy.")).toEqual([]);
  });

  it("reads words called only by their kind ('the remarks') as a recent stance's, not one told many sentences back", () => {
    expect(
      opposes(
        "Chile accused Bolivia of meddling. Talks resumed on Monday. Trade rose in March. Exports grew by a tenth. Peru condemned the remarks.",
      ),
    ).not.toContain("country:PER -> country:CHL");
    expect(
      opposes(
        "Chile accused Bolivia of meddling. Talks resumed on Monday. Peru condemned the remarks.",
      ),
    ).toContain("country:PER -> country:CHL");
  });

  it("reads a thing put forward or held, named only by its kind ('the Egyptian plan', 'the court's jurisdiction'), as its owner's", () => {
    expect(opposes("Sudan rejected the Egyptian plan.")).toEqual(["country:SDN -> country:EGY"]);
    expect(opposes("Belize dismissed Guatemala's offer as a bluff.")).toEqual([
      "country:BLZ -> country:GTM",
    ]);
    expect(
      opposes(
        "Lithuania asked the International Criminal Court to investigate. Belarus rejected the court's jurisdiction.",
      ),
    ).toContain("country:BLR -> org:international-criminal-court");
    // A measure, or a proposal whose content is told, stays what it is.
    expect(opposes("Uruguay rejected the Paraguayan tariff.")).toEqual([
      "country:URY -> issue:paraguayan-tariff",
    ]);
    expect(opposes("Peru rejected the Bolivian proposal to share the lake.")).toEqual([
      "country:PER -> issue:bolivian-proposal-to-share-the-lake",
    ]);
    // A person's plan is a thing of its own.
    expect(opposes("Senator Ana Ruiz criticised Rutte's plan.")).toEqual([
      "person:ana-ruiz -> issue:rutte-s-plan",
    ]);
  });

  it("reads a bare 'the resolution', 'the communiqué' or 'the vote' as the body told just before to have adopted or issued it", () => {
    expect(
      opposes(
        "The UN Human Rights Council passed a resolution calling for an inquiry into the killings. Sri Lanka rejected the resolution.",
      ),
    ).toContain("country:LKA -> org:un-human-rights-council");
    expect(
      opposes(
        "The International Court of Justice issued a ruling on Friday ordering a halt to the offensive. Israel rejected the ruling.",
      ),
    ).toContain("country:ISR -> org:international-court-of-justice");
    expect(
      opposes(
        "After the Lithuanian parliament adopted a resolution on Taiwan, China condemned the vote.",
      ),
    ).toContain("country:CHN -> org:ltu-parliament");
    // With no author told in the last sentences, the text stays what it is.
    expect(
      opposes(
        "Brazil adopted a resolution at the summit. Argentina said trade was growing. Mexico asked for more time. Chile later rejected the resolution.",
      ),
    ).toContain("country:CHL -> issue:resolution");
  });

  it("reads 'the government' an opponent of no known state attacks as the state a passage is set in ('In Hungary,', 'At home,'), before the dateline's", () => {
    const datelined = (dateline: string, body: string): string[] =>
      factsOf(extractGraph({ ...articleOf(body), dateline }), "OPPOSES");
    expect(
      datelined(
        "BRUSSELS",
        "European ministers met in Brussels on Monday. In Hungary, opposition leader Peter Magyar accused the government of isolating the country.",
      ),
    ).toEqual(["person:peter-magyar -> country:HUN"]);
    expect(
      datelined(
        "BEIJING",
        "Vanuatu Prime Minister Jotham Napat held talks with Chinese Premier Li Qiang in Beijing on Tuesday. At home, opposition leader Bob Loughman accused the government of selling the islands' ports.",
      ),
    ).toEqual(["person:bob-loughman -> country:VUT"]);
    // With no passage placed, the dateline's state.
    expect(
      datelined(
        "KAMPALA",
        "Kenyan President William Ruto visited Kampala on Monday. Opposition leader Robert Kyagulanyi accused the government of corruption.",
      ),
    ).toEqual(["person:robert-kyagulanyi -> country:UGA"]);
  });

  it("reads what a party asks for or offers, told with the party after 'from' ('calls from Washington to…', 'the offer from Berlin'), as the party's", () => {
    expect(
      opposes("Mexico rejected calls from Washington to deploy troops on the border."),
    ).toEqual(["country:MEX -> country:USA"]);
    expect(
      opposes("Hungary has rejected repeated requests from Kyiv for air defence systems."),
    ).toEqual(["country:HUN -> country:UKR"]);
    expect(
      opposes("Niger rejected appeals from the African Union to release the president."),
    ).toEqual(["country:NER -> org:african-union"]);
  });

  it("reads 'the move', 'the step' in a stance held by the side whose stance the sentence before told as what that stance was against", () => {
    expect(
      opposes(
        "Norway condemned a decision by Russia to expel two diplomats. The Norwegian foreign ministry called the action unjustified.",
      ),
    ).toEqual(["country:NOR -> country:RUS"]);
    expect(
      opposes(
        "Armenia condemned the deployment of troops by Azerbaijan near the border. Armenian Foreign Minister Ararat Mirzoyan called the step a provocation.",
      ),
    ).toEqual(["country:ARM -> country:AZE", "person:ararat-mirzoyan -> country:AZE"]);
  });

  it("reads a state's cabinet or government, opposed, as the state", () => {
    expect(
      opposes("Hungary's cabinet blocked the aid package, a move Poland condemned."),
    ).toContain("country:POL -> country:HUN");
    expect(
      opposes(
        "Georgia's cabinet adopted the foreign agents bill, a step the European Union criticised.",
      ),
    ).toEqual(["org:european-union -> country:GEO"]);
    expect(opposes("Chile condemned the Bolivian cabinet.")).toEqual([
      "country:CHL -> country:BOL",
    ]);
  });

  it("gives a verb joined to a speech verb the speaker, not the reported clause's subject", () => {
    const facts = opposes(
      "Morocco's foreign ministry responded the same day.\nThe ministry told reporters that Algiers had closed its airspace and condemned the decision.",
    );
    expect(facts).toContain("country:MAR -> issue:decision");
    expect(facts.some((f) => f.startsWith("country:DZA ->"))).toBe(false);
    expect(
      opposes(
        'Indonesia\'s presidency issued a note.\nThe presidency said it expected Canberra "to explain itself" and criticised the deportations.',
      ),
    ).toEqual(["country:IDN -> issue:deportations"]);
    // A speech verb after the first party leaves that party the subject.
    expect(
      opposes("Finland said Russia had violated its airspace and condemned the incursion."),
    ).toEqual(["country:FIN -> country:RUS"]);
  });

  it("gives a verb joined to one of an organ named by its kind the organ's state, not a party in the object", () => {
    expect(
      opposes(
        "Ireland's government met on Tuesday.\nThe government thanked the Netherlands for its help and criticised the fishing quotas.",
      ),
    ).toEqual(["country:IRL -> issue:fishing-quotas"]);
    const facts = opposes(
      "Ghana's presidency spoke on Friday.\nThe presidency welcomed the release of Togolese activist Kofi Mensah and denounced his detention.",
    );
    expect(facts.some((f) => f.startsWith("country:GHA ->"))).toBe(true);
    expect(facts.some((f) => f.startsWith("person:kofi-mensah ->"))).toBe(false);
    // A state named after the organ is the subject itself.
    expect(
      opposes("The government of Peru summoned the ambassador and condemned the incursion."),
    ).toEqual(["country:PER -> issue:incursion"]);
  });

  it("reads 'the two presidents' as the states' presidents, not an institution's", () => {
    const facts = opposes(
      "Romanian President Mirela Popescu and Moldovan President Ion Lungu met in Iasi on Friday.\nThe university's president, Dan Radu, hosted a dinner for them.\nBoth presidents condemned the Russian drone incursions.",
    );
    // Incursions are a doing of the state their demonym names.
    expect(facts).toContain("person:mirela-popescu -> country:RUS");
    expect(facts).toContain("person:ion-lungu -> country:RUS");
    expect(facts.some((f) => f.startsWith("person:dan-radu ->"))).toBe(false);
  });

  it("gives a leader described by title ('the president said Chile…') the stance in own name", () => {
    expect(
      opposes(
        'Chilean President Lucia Mendez addressed parliament on Monday.\nThe president said Chile "rejects any attempt to redraw the maritime border".',
      ),
    ).toEqual(["person:lucia-mendez -> issue:attempt-to-redraw-the-maritime-border"]);
    expect(
      opposes(
        "Romanian Prime Minister Mirela Popescu visited Chisinau on Friday.\nThe prime minister told reporters that Romania opposed the new gas pipeline.",
      ),
    ).toEqual(["person:mirela-popescu -> issue:new-gas-pipeline"]);
    // A spokesperson's statement stays the state's.
    expect(
      opposes(
        "Russian foreign ministry spokeswoman Maria Zakharova spoke on Monday.\nShe said Russia condemned the new sanctions.",
      ),
    ).toEqual(["country:RUS -> issue:new-sanctions"]);
  });
});

describe("opposition: review mends (places, authors, askers, sides)", () => {
  it("reads a fronted 'In Brussels,' by the running-text lookup, not the dateline capitals", () => {
    const datelined = (body: string): string[] =>
      factsOf(extractGraph({ ...articleOf(body), dateline: "BUDAPEST" }), "OPPOSES");
    const facts = datelined(
      "Opposition leader Peter Magyar spoke on Monday.\nIn Brussels, Magyar accused the government of isolating the country.",
    );
    expect(facts.some((f) => f.includes("country:BEL"))).toBe(false);
  });

  it("takes no author of a resolution from a modifier of the subject or past a bare two-word gap", () => {
    expect(
      opposes(
        "Lawmakers critical of Serbia passed a resolution on Kosovo.\nHungary rejected the resolution.",
      ),
    ).not.toContain("country:HUN -> country:SRB");
    expect(
      opposes("The Serbia contact group passed a motion on Kosovo.\nHungary rejected the motion."),
    ).not.toContain("country:HUN -> country:SRB");
    // Its own organ after a possessive still writes it.
    expect(
      opposes(
        "Serbia's national assembly passed a motion on Kosovo.\nHungary rejected the motion.",
      ),
    ).toContain("country:HUN -> country:SRB");
  });

  it("takes a demonym after 'calls from' for its state only when it heads the state's members", () => {
    expect(
      opposes("Chile rejected calls from Bolivian farmers to reopen the border crossing."),
    ).not.toContain("country:CHL -> country:BOL");
    expect(
      opposes("Chile rejected calls from Bolivian officials to reopen the border crossing."),
    ).toContain("country:CHL -> country:BOL");
  });

  it("does not take two holders of no state for one side ('the move' after another's stance)", () => {
    expect(
      opposes(
        "Amnesty International condemned a decision by Turkey to open Varosha.\nHuman Rights Watch called the move a violation of international law.",
      ),
    ).not.toContain("org:human-rights-watch -> country:TUR");
  });
});

describe("opposition: light nouns (a thought, a saying) as the target", () => {
  it("opposes what a thought is of, not the thought", () => {
    expect(opposes("Austria rejected the notion of a European army.")).toEqual([
      "country:AUT -> issue:european-army",
    ]);
    expect(opposes("Kazakhstan dismissed the prospect of a gas union with Moscow.")).toEqual([
      "country:KAZ -> issue:gas-union-with-moscow",
    ]);
    // A noun that names its own topic is kept whole.
    expect(opposes("Japan protested the missile launch.")).toEqual([
      "country:JPN -> issue:missile-launch",
    ]);
  });

  it("gives a thought put forward by a party to that party", () => {
    expect(opposes("Fiji rejected the idea floated by Tonga.")).toEqual([
      "country:FJI -> country:TON",
    ]);
  });

  it("tells no stance against a bare thought, nor against a proposition that is only denied", () => {
    expect(opposes("Estonia dismissed the idea as unrealistic.")).toEqual([]);
    expect(opposes("Vietnam rejected the idea that the fishing ban applied to its boats.")).toEqual(
      [],
    );
  });

  it("reads a bare 'the statement' or 'the claim' as the words told just before", () => {
    expect(
      opposes(
        "In a joint statement, Kenya and Tanzania called for a ceasefire in the region. Rwanda rejected the statement on Friday.",
      ),
    ).toContain("country:RWA -> issue:joint-statement");
    expect(
      opposes(
        "Zambia issued a statement accusing Malawi of blocking fuel trucks. Malawi condemned the statement.",
      ),
    ).toEqual(["country:MWI -> country:ZMB", "country:ZMB -> country:MWI"]);
  });
});

describe("opposition: idioms that state a stance (OPP-RECALL)", () => {
  it("reads idioms of verb and noun that end before the one opposed", () => {
    expect(opposes("Latvia pointed the finger at Moscow over the cyberattack.")).toEqual([
      "country:LVA -> country:RUS",
    ]);
    expect(opposes("Estonian Prime Minister Kadri Tamm called out China for its support.")).toEqual(
      ["person:kadri-tamm -> country:CHN"],
    );
    expect(opposes("Niger's military rulers demanded the withdrawal of French troops.")).toEqual([
      "country:NER -> country:FRA",
    ]);
    expect(opposes("The Maldives ordered Indian troops to leave the islands.")).toEqual([
      "country:MDV -> country:IND",
    ]);
    expect(opposes("China vowed reciprocal measures against the United States.")).toEqual([
      "country:CHN -> country:USA",
    ]);
    expect(opposes("Egypt expressed strong condemnation of the Israeli raid.")).toEqual([
      "country:EGY -> issue:israeli-raid",
    ]);
    expect(opposes("India raised strong objections to the carbon tax.")).toEqual([
      "country:IND -> issue:carbon-tax",
    ]);
    expect(opposes("Uganda is among the fiercest critics of the lending freeze.")).toEqual([
      "country:UGA -> issue:lending-freeze",
    ]);
    // Near misses: an apology, a state's own troops, a release asked for, a campaign to build.
    expect(opposes("Japan expressed regret for its wartime conduct.")).toEqual([]);
    expect(opposes("Kenya ordered its troops to leave Somalia by December.")).toEqual([]);
    expect(opposes("Lebanon demanded the release of its citizens held in Syria.")).toEqual([]);
    expect(opposes("The United States led the campaign to rebuild Ukraine's grid.")).toEqual([]);
    expect(opposes("The Chilean government called out the army over the fires.")).toEqual([]);
  });

  it("tells no stance that a party denies having taken", () => {
    expect(opposes("Sri Lanka denied that it had criticised India.")).toEqual([]);
    expect(opposes("Hungary denied blocking the aid package for Ukraine.")).toEqual([]);
    expect(opposes("Serbia denies ever having condemned the Bosnian government.")).toEqual([]);
    // A denial of something else leaves the stance beside it standing.
    expect(opposes("Croatia denied the report and condemned Serbia for spreading it.")).toEqual([
      "country:HRV -> country:SRB",
    ]);
  });

  it("reads trade stopped with a party and a measure told with its rate or the goods' origin", () => {
    expect(opposes("Turkey suspended all trade with Israel.")).toEqual([
      "country:TUR -> country:ISR",
    ]);
    expect(opposes("Russia halted gas deliveries to Moldova on Monday.")).toEqual([
      "country:RUS -> country:MDA",
    ]);
    expect(opposes("Niger suspended its military cooperation with the United States.")).toEqual([
      "country:NER -> country:USA",
    ]);
    expect(opposes("Ecuador slapped a 30 percent levy on Colombian goods.")).toEqual([
      "country:ECU -> country:COL",
    ]);
    expect(opposes("Canada imposed duties of up to 30 percent on cars made in Korea.")).toEqual([
      "country:CAN -> country:KOR",
    ]);
    // Trade stopped with no party named, or with a place that is no party, is no stance.
    expect(opposes("Indonesia halted palm oil exports for three weeks.")).toEqual([]);
    expect(opposes("Russia halted gas deliveries to the breakaway region.")).toEqual([]);
    expect(opposes("Brazil lifted the suspension of beef exports to China.")).toEqual([]);
  });

  it("reads a quoted verdict closed by its speaker, on what 'said of' names or what it opens with", () => {
    expect(
      opposes('"This is theft," Foreign Minister Pavel Orlov said of the seizure by Belgium.'),
    ).toEqual(["person:pavel-orlov -> country:BEL"]);
    expect(opposes('"Pretoria\'s stance is shameful," said Foreign Minister Yossi Dahan.')).toEqual(
      ["person:yossi-dahan -> country:ZAF"],
    );
    expect(
      opposes(
        '"These drills are a provocation," Taiwan\'s defence ministry said of the Chinese exercises.',
      ),
    ).toEqual(["country:TWN -> issue:chinese-exercises"]);
    // Praise, a plain statement and a condition are no verdict against anything.
    expect(opposes('"This is a great day," said President Jan Nowak of the agreement.')).toEqual(
      [],
    );
    expect(opposes('"The decision is final," said President Musa Kato.')).toEqual([]);
    expect(opposes('"The floods were catastrophic," said Prime Minister Imran Sheikh.')).toEqual(
      [],
    );
  });

  it("reads a threat of force or of a measure against a party", () => {
    expect(
      opposes("The African Union threatened military action against the junta in Niger."),
    ).toEqual(["org:african-union -> country:NER"]);
    expect(opposes("President Donald Trump threatened tariffs of 25 percent on Mexico.")).toEqual([
      "person:donald-trump -> country:MEX",
    ]);
    expect(opposes("The rebels threatened to attack the capital.")).toEqual([]);
  });

  it("reads 'in a rebuke to X' as the clause subject's stance against X", () => {
    expect(opposes("In a rebuke to Washington, India bought more Russian oil.")).toEqual([
      "country:IND -> country:USA",
    ]);
    expect(
      opposes("In a veiled swipe at Beijing, President Rafael Cruz praised the Japanese navy."),
    ).toEqual(["person:rafael-cruz -> country:CHN"]);
    expect(opposes("Kenya recalled its envoy, in a pointed snub to Kampala.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
    expect(opposes("In a boost to Kyiv, Germany pledged more air defence systems.")).toEqual([]);
  });

  it("reads a single party told to stop what it does as opposed by the one telling it", () => {
    expect(opposes("Greece urged Turkey to halt the drilling near Crete.")).toEqual([
      "country:GRC -> country:TUR",
    ]);
    expect(
      opposes("President Andres Mejia told Washington to stop the deportation flights."),
    ).toEqual(["person:andres-mejia -> country:USA"]);
    expect(opposes("Beijing said Washington should stop interfering in its affairs.")).toEqual([
      "country:CHN -> country:USA",
    ]);
    // Mediation between two sides, a call on one's own, a standoff or trade to end: no stance.
    expect(opposes("Qatar urged Israel and Hamas to halt the fighting.")).toEqual([]);
    expect(opposes("Kenya urged its citizens to leave Lebanon.")).toEqual([]);
    expect(opposes("Minister Kofi Boateng said Ghana must end its dependence on imports.")).toEqual(
      [],
    );
    expect(
      opposes(
        "Commissioner Marta Kos urged Prime Minister Hristo Mitov to end a standoff with Bulgaria.",
      ),
    ).toEqual([]);
  });

  it("reads a verbal attack told by its noun: 'launched a scathing attack on', 'issued a rebuke to'", () => {
    expect(opposes("Prime Minister Ante Kovac launched a scathing attack on Serbia.")).toEqual([
      "person:ante-kovac -> country:SRB",
    ]);
    expect(opposes("Finland issued a strong rebuke to Russia after the violation.")).toEqual([
      "country:FIN -> country:RUS",
    ]);
    // A strike is no words.
    expect(opposes("Russia launched a missile attack on Kyiv overnight.")).toEqual([]);
  });

  it("reads a party held liable or asked for redress as opposed", () => {
    expect(opposes("Qatar said it held Israel fully responsible for the strike.")).toEqual([
      "country:QAT -> country:ISR",
    ]);
    expect(opposes("Namibia demanded reparations from Germany.")).toEqual([
      "country:NAM -> country:DEU",
    ]);
    expect(opposes("The court held the company liable for the spill.")).toEqual([]);
    expect(opposes("Tallinn said it would seek compensation from the tanker's owners.")).toEqual(
      [],
    );
  });

  it("reads relations, talks or contacts broken off with a party for a stated cause", () => {
    expect(
      opposes("Morocco suspended talks with the European Union over the court ruling."),
    ).toEqual(["country:MAR -> org:european-union"]);
    expect(opposes("Armenia froze contacts with Azerbaijan after the shelling.")).toEqual([
      "country:ARM -> country:AZE",
    ]);
    // No cause, or a rupture dated to a past year (background), is not read.
    expect(opposes("Peru broke off relations with Mexico.")).toEqual([]);
    expect(opposes("Oman cut ties with Qatar in 2017 after a dispute over the border.")).toEqual(
      [],
    );
  });

  it("reads disappointment or displeasure with a party's act as a stance against it", () => {
    expect(opposes("Cyprus said it was deeply disappointed by the Turkish decision.")).toEqual([
      "country:CYP -> country:TUR",
    ]);
    expect(opposes("Portugal said it was disappointed that the match had been cancelled.")).toEqual(
      [],
    );
  });

  it("reads 'in protest at X' inside a clause as its subject's stance against X", () => {
    expect(
      opposes("Chile withdrew from the regional forum in protest at the Bolivian remarks."),
    ).toEqual(["country:CHL -> country:BOL"]);
    expect(
      opposes(
        "Ana Ruiz is a member of the Lima teachers' union that marched in protest at the pay freeze.",
      ),
    ).toEqual(["org:teachers-union -> issue:pay-freeze"]);
    // A crowd that names no party is no holder, and a place it marched through is none either.
    expect(
      opposes("Thousands of farmers marched through Paris in protest at the trade deal."),
    ).toEqual([]);
  });

  it("reads a right of entry withdrawn from a party's people or carriers", () => {
    expect(opposes("Estonia revoked the visas of four Russian diplomats.")).toEqual([
      "country:EST -> country:RUS",
    ]);
    expect(opposes("Ukraine closed its airspace to Belarusian airlines.")).toEqual([
      "country:UKR -> issue:belarusian-airlines",
    ]);
    expect(opposes("The airport closed its runways to all traffic during the storm.")).toEqual([]);
  });

  it("reads a verdict reported by 'saying', 'wrote' or 'posted'", () => {
    expect(
      opposes("Prime Minister Dawit Bekele hit back on Monday, saying Somalia was spreading lies."),
    ).toEqual(["person:dawit-bekele -> country:SOM"]);
    expect(
      opposes("President Moses Kagwa wrote on Facebook that the British advisory was an insult."),
    ).toEqual(["person:moses-kagwa -> issue:british-advisory"]);
    expect(opposes("Peru welcomed the deal, saying the Chilean proposal was fair.")).toEqual([]);
  });

  it("reads figures of speech and words of diplomacy the lexicon lacks as verdicts", () => {
    expect(
      opposes("Kojo Mensah, an opposition leader, called the Chinese loan a debt trap."),
    ).toEqual(["person:kojo-mensah -> country:CHN"]);
    expect(opposes("Kenya called the Ugandan decision a slap in the face.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
    expect(opposes("Kenya called the Ugandan decision unwarranted.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
    // A condition told of no act is no verdict.
    expect(opposes("The floods were a blow to the harvest, Kenyan officials said.")).toEqual([]);
  });

  it("reads a denied reluctance as asserting the stance, and 'has yet to' as none", () => {
    expect(opposes("Australia did not hesitate to criticise the Chinese manoeuvre.")).toEqual([
      "country:AUS -> issue:chinese-manoeuvre",
    ]);
    expect(opposes("Indonesia has yet to condemn the coup in Myanmar.")).toEqual([]);
    expect(opposes("Australia did not criticise the Chinese manoeuvre.")).toEqual([]);
  });

  it("reads a stance walked back or toned down as no longer held", () => {
    expect(opposes("Nauru walked back its criticism of Taiwan.")).toEqual([]);
    expect(opposes("Brazil toned down its condemnation of the Venezuelan election.")).toEqual([]);
    expect(opposes("Kenya renewed its criticism of Uganda.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
  });

  it("reads a critic told by apposition or with the holders after the noun", () => {
    expect(
      opposes("Prime Minister Sitiveni Naulu, a fierce critic of Canberra, spoke first."),
    ).toEqual(["person:sitiveni-naulu -> country:AUS"]);
    expect(opposes("Criticism of the Malaysian plan came from Singapore and Indonesia.")).toEqual([
      "country:IDN -> country:MYS",
      "country:SGP -> country:MYS",
    ]);
    expect(opposes("Among the critics of the treaty was New Zealand.")).toEqual([
      "country:NZL -> issue:treaty",
    ]);
    expect(opposes("Support for the plan came from Thailand.")).toEqual([]);
    expect(opposes("President Daniel Ochieng, a close ally of Uganda, praised the deal.")).toEqual(
      [],
    );
  });

  it("reads a voice added to others' criticism", () => {
    expect(opposes("Vietnam added its voice to the criticism of the Chinese survey.")).toEqual([
      "country:VNM -> issue:chinese-survey",
    ]);
  });

  it("passes over 'in the strongest terms' between a verb and its object, and an adverb before 'to'", () => {
    expect(
      opposes("Micronesia condemned, in the strongest terms, the Chinese interference."),
    ).toEqual(["country:FSM -> country:CHN"]);
    expect(opposes("Vanuatu objected strongly to the French claims.")).toEqual([
      "country:VUT -> country:FRA",
    ]);
  });

  it("reads passives with a day or 'including' before 'by', and criticism 'come in for' or 'the target of'", () => {
    expect(
      opposes("The Cuban government was criticised on Monday by the European Parliament."),
    ).toEqual(["org:european-parliament -> country:CUB"]);
    expect(opposes("The strike was widely condemned, including by Jordan and Egypt.")).toEqual([
      "country:EGY -> issue:strike",
      "country:JOR -> issue:strike",
    ]);
    expect(opposes("The Canadian levy has come in for criticism from Washington.")).toEqual([
      "country:USA -> issue:canadian-levy",
    ]);
    expect(opposes("The Chilean decision was the target of sharp criticism from Peru.")).toEqual([
      "country:PER -> country:CHL",
    ]);
    // "described by X as": X is the one who speaks, not the one described.
    expect(opposes("The Mexican move was described by Colombia as unacceptable.")).toEqual([]);
  });

  it("reads a quoted verdict on 'this' as against the party the attribution's 'after' clause names", () => {
    expect(
      opposes(
        '"It is completely unacceptable," President Jan Nowak said after Belarus closed the crossing.',
      ),
    ).toEqual(["person:jan-nowak -> country:BLR"]);
    expect(
      opposes(
        '"This is a great day," President Jan Nowak said after Lithuania opened the crossing.',
      ),
    ).toEqual([]);
  });
});

describe("opposition: a target phrase ends where its noun phrase does", () => {
  it("stops at a dash aside, a second predicate after 'but' and a time of day", () => {
    expect(
      opposes(
        "Bolivia condemned the closure of the border crossing — a move that stranded hundreds of lorries.",
      ),
    ).toEqual(["country:BOL -> issue:closure-of-the-border-crossing"]);
    expect(
      opposes("Ghana criticised the new levy but said it would keep trading with Lome."),
    ).toEqual(["country:GHA -> issue:new-levy"]);
    // "yet" saying how often opens no clause (review 15).
    expect(opposes("Chile condemned yet again the shelling of the port.")).toEqual([
      "country:CHL -> issue:shelling-of-the-port",
    ]);
    expect(opposes("Brazil rejected yet another proposal for a ceasefire.")).toEqual([
      "country:BRA -> issue:proposal-for-a-ceasefire",
    ]);
    // "but" between capitalised words joins a name (review 15).
    expect(opposes('Hungary opposed the "Lean but Focused" budget.')).toEqual([
      "country:HUN -> issue:lean-but-focused-budget",
    ]);
    expect(
      opposes("Morocco lodged a protest over the seizure of two trawlers in the morning."),
    ).toEqual(["country:MAR -> issue:seizure-of-two-trawlers"]);
    // "overnight" before its noun is part of the phrase; after it, a time.
    expect(opposes("Italy condemned the overnight strikes on Kharkiv.")).toEqual([
      "country:ITA -> issue:overnight-strikes-on-kharkiv",
    ]);
    expect(opposes("Peru rejected the deal but not the loan.")).toEqual([
      "country:PER -> issue:deal",
    ]);
  });

  it("drops 'once more' before the object, and a preposition or conjunction left at its end", () => {
    expect(opposes("Latvia condemned once more the expulsion of its diplomats.")).toEqual([
      "country:LVA -> issue:expulsion-of-its-diplomats",
    ]);
    expect(
      opposes(
        "Chile rejected any use of armed force in the region without the consent of its neighbours.",
      ),
    ).toEqual([
      "country:CHL -> issue:use-of-armed-force-in-the-region-without-the-consent-of-its-neighbours",
    ]);
  });

  it("takes no object from words that open or join another clause", () => {
    expect(
      opposes(
        "Magda Chambriard said the company was studying a stake in one of Guyana's offshore blocks but had made no commitment.",
      ),
    ).toEqual([]);
  });

  it("keeps a blamed name apart from the reason for the blame", () => {
    expect(
      opposes(
        'Chinese spokesperson Lin Wei criticised Koror for "hyping" the episode to please Taipei.',
      ),
    ).toEqual(["country:CHN -> issue:koror"]);
    // A common noun keeps its reason, which tells what the blame is about.
    expect(opposes("Pakistan criticised the lenders for financing the dam.")).toEqual([
      "country:PAK -> issue:lenders-for-financing-the-dam",
    ]);
  });
});

describe("opposition: a person's plan told with what it would do", () => {
  it("opposes the person whose plan, offer or bid it is", () => {
    expect(
      opposes(
        "Senator Maria Quispe criticised President Jorge Salas's plan to privatise the state water company.",
      ),
    ).toEqual(["person:maria-quispe -> person:jorge-salas"]);
    expect(
      opposes(
        "Greece rejected Foreign Minister Selim Kaya's offer to hold talks on the islands without preconditions.",
      ),
    ).toEqual(["country:GRC -> person:selim-kaya"]);
  });

  it("leaves a plan with no owner, or a state's, as the thing opposed", () => {
    expect(opposes("Croatia criticised the plan to build a waste site near the border.")).toEqual([
      "country:HRV -> issue:plan-to-build-a-waste-site-near-the-border",
    ]);
    expect(
      opposes("Norway criticised Russia's plans to expand the fishing zone around Svalbard."),
    ).toEqual(["country:NOR -> country:RUS"]);
  });
});

describe("opposition: brackets and relative clauses end the target's words", () => {
  it("leaves out an aside in brackets but keeps a bracketed abbreviation", () => {
    expect(opposes("Ghana criticised the levy (about $2 a barrel) imposed on exporters.")).toEqual([
      "country:GHA -> issue:levy-imposed-on-exporters",
    ]);
    expect(
      opposes("Hungary rejected the directive (known as the due diligence law) on Monday."),
    ).toEqual(["country:HUN -> issue:directive"]);
    expect(
      opposes("Brazil rejected the carbon border adjustment mechanism (CBAM) of the bloc."),
    ).toEqual(["country:BRA -> issue:carbon-border-adjustment-mechanism-cbam-of-the-bloc"]);
  });

  it("stops before a relative clause opened by whose, whom or where", () => {
    expect(opposes("Kenya condemned the militia whose fighters attacked the camp.")).toEqual([
      "country:KEN -> issue:militia",
    ]);
    expect(opposes("Peru opposed the mine where the protests began.")).toEqual([
      "country:PER -> issue:mine",
    ]);
  });
});

describe("opposition: a passive subject read like an object", () => {
  it("takes a thought's topic and leaves out a bracketed aside", () => {
    expect(opposes("The idea of a customs union was rejected by Paraguay.")).toEqual([
      "country:PRY -> issue:customs-union",
    ]);
    expect(
      opposes("The levy on cocoa exports (about 5 percent) was criticised by Ivory Coast."),
    ).toEqual(["country:CIV -> issue:levy-on-cocoa-exports"]);
  });
});

describe("opposition: a noun of sort, or a general act, before the topic", () => {
  it("opposes what 'any form of' or 'all kinds of' is of", () => {
    expect(opposes("Egypt rejected any form of interference in its internal affairs.")).toEqual([
      "country:EGY -> issue:interference-in-its-internal-affairs",
    ]);
    expect(opposes("Algeria condemned all forms of terrorism.")).toEqual([
      "country:DZA -> issue:terrorism",
    ]);
    // "The form of the resolution" is the resolution's shape.
    expect(opposes("Kenya opposed the form of the resolution.")).toEqual([
      "country:KEN -> issue:form-of-the-resolution",
    ]);
  });

  it("reads 'any act' or 'any activity' by the clause that says which", () => {
    expect(
      opposes("Tunisia condemned any activity that threatens the security of its borders."),
    ).toEqual(["country:TUN -> issue:activity-that-threatens-the-security-of-its-borders"]);
  });
});

describe("opposition: a bare saying noun answers the sentence before", () => {
  it("stands for the party that said or asserted something right before", () => {
    expect(
      opposes(
        "Kenya's foreign minister, Ruth Wambui, said on Monday that Uganda was hoarding fuel. Uganda rejected the statement.",
      ),
    ).toEqual(["country:UGA -> country:KEN"]);
    expect(
      opposes(
        'Serbian President Milan Jovic said Kosovo was planning an attack in the north. Pristina called the claim "baseless propaganda".',
      ),
    ).toEqual(["country:XKX -> country:SRB"]);
  });

  it("stays the words themselves when nothing before says anything", () => {
    expect(
      opposes("Heavy rain fell across the capital on Monday. Portugal criticised the statement."),
    ).toEqual(["country:PRT -> issue:statement"]);
  });

  it("is not the opener when another party's words say it (review 15)", () => {
    expect(
      opposes(
        "Ethiopia, Eritrea's information minister said, has no right to the port. Djibouti rejected the statement.",
      ),
    ).not.toContain("country:DJI -> country:ETH");
  });
});

describe("opposition: a bare thought answers the sentence that put it forward", () => {
  it("stands for the party that proposed, floated or called for something right before", () => {
    expect(
      opposes("Argentina proposed a joint fund for the river basin. Uruguay rejected the idea."),
    ).toEqual(["country:URY -> country:ARG"]);
    expect(
      opposes(
        "Former president Tomas Vidal floated a referendum on the monarchy. Prime Minister Eva Lind dismissed the idea.",
      ),
    ).toEqual(["person:eva-lind -> person:tomas-vidal"]);
  });

  it("tells no stance when the sentence before put nothing forward", () => {
    expect(opposes("The weather was cold in the capital. Chile rejected the idea.")).toEqual([]);
    expect(
      opposes(
        "Paraguay would host the fund, Argentina proposed on Monday. Uruguay rejected the idea.",
      ),
    ).toEqual([]);
  });
});

describe("opposition: a stance verb's form after an article is a noun", () => {
  it("takes no verdict's words as the object of a noun read as a verb", () => {
    expect(
      opposes('Foreign Minister Hemi Walker called the snub "disappointing" at the time.'),
    ).toEqual([]);
  });

  it("reads the noun's object after its preposition", () => {
    expect(opposes("The Democratic Alliance announced a boycott of the December vote.")).toEqual([
      "org:democratic-alliance -> issue:december-vote",
    ]);
  });
});

describe("opposition: a measure remembered for a later 'the measures'", () => {
  it("keeps pronouns, auxiliaries and verbs out of the measure's words", () => {
    expect(
      opposes(
        'Laos called them "unilateral coercive measures" on Monday. Vietnam also criticised the measures.',
      ),
    ).toContain("country:VNM -> issue:unilateral-coercive-measures");
    expect(
      opposes(
        "The ministers will agree common measures against the smugglers next week. Libya criticised the measures.",
      ),
    ).toEqual(["country:LBY -> issue:common-measures"]);
  });
});

describe("opposition: a time alone is never what is opposed", () => {
  it("reads no stance against a weekday or a time of day", () => {
    expect(opposes("Canada imposed fresh visa restrictions on Monday.")).toEqual([]);
    expect(opposes("Peru imposed new tariffs on Tuesday morning.")).toEqual([]);
    // A date inside a thing's name stays.
    expect(opposes("Brazil condemned the March 8 raid on the embassy.")).toEqual([
      "country:BRA -> issue:march-8-raid-on-the-embassy",
    ]);
    // A month's name in lowercase is a noun (review 15).
    expect(opposes("Bolivia condemned the march.")).toEqual(["country:BOL -> issue:march"]);
  });
});

describe("opposition: a plan or a thought put forward by a party", () => {
  it("gives an initiative, offer or idea 'by' a party, or one floated in an aside, to that party", () => {
    expect(
      opposes("Tonga opposed an initiative by Fiji to host the regional police centre."),
    ).toEqual(["country:TON -> country:FJI"]);
    expect(
      opposes("Mexico dismissed the idea, floated by Guatemala, of a joint border force."),
    ).toEqual(["country:MEX -> country:GTM"]);
  });

  it("gives a person's idea of something to the person", () => {
    expect(
      opposes(
        "Danish Prime Minister Mette Holm rejected President Mark Dalton's idea of buying the island.",
      ),
    ).toEqual(["person:mette-holm -> person:mark-dalton"]);
  });
});

describe("opposition: why, when and in what form are not what is opposed", () => {
  it("ends the target before a reason, an occasion or a count of times", () => {
    expect(
      opposes("Mali condemned the expulsion of its diplomats in response to the border incident."),
    ).toEqual(["country:MLI -> issue:expulsion-of-its-diplomats"]);
    expect(
      opposes("Ghana criticised the levy on the grounds that it would hurt small farmers."),
    ).toEqual(["country:GHA -> issue:levy"]);
    expect(
      opposes("Brazil condemned the attack on the convoy for the second time this week."),
    ).toEqual(["country:BRA -> issue:attack-on-the-convoy"]);
    expect(opposes("Namibia rejected the offer of compensation in its current form.")).toEqual([
      "country:NAM -> issue:offer-of-compensation",
    ]);
  });
});

describe("opposition: a time inside a passive subject", () => {
  it("is left out of the thing condemned", () => {
    expect(
      opposes("The arrest last week of two Kenyan journalists was condemned by Kenya."),
    ).toEqual(["country:KEN -> issue:arrest-of-two-kenyan-journalists"]);
    expect(
      opposes("A drone strike on Tuesday on a market in the border town was condemned by Chad."),
    ).toEqual(["country:TCD -> issue:drone-strike-on-a-market-in-the-border"]);
  });
});

describe("opposition: a ministry named by a state's demonym and its portfolio", () => {
  it("is the state", () => {
    expect(
      opposes("Peru delivered a formal protest note to the Colombian foreign ministry on Friday."),
    ).toEqual(["country:PER -> country:COL"]);
    expect(opposes("Kenya criticised the Ugandan defence ministry over the border clash.")).toEqual(
      ["country:KEN -> country:UGA"],
    );
  });
});

describe("opposition: a course of action told by its verb", () => {
  it("is named by the verb's noun when there is one", () => {
    expect(opposes("Ghana denounced the decision to expel 40 Ghanaian traders.")).toEqual([
      "country:GHA -> issue:expulsion-of-40-ghanaian-traders",
    ]);
    expect(opposes("Somalia rejected the decision to recognise the breakaway region.")).toEqual([
      "country:SOM -> issue:recognition-of-the-breakaway-region",
    ]);
    // A verb with no noun of its own keeps the words as they are.
    expect(opposes("Chile criticised the decision to raise tariffs on copper.")).toEqual([
      "country:CHL -> issue:decision-to-raise-tariffs-on-copper",
    ]);
  });

  it("keeps the verb's own preposition and drops a pronoun object (review 15)", () => {
    expect(opposes("Russia criticised the decision to withdraw from the treaty.")).toEqual([
      "country:RUS -> issue:withdrawal-from-the-treaty",
    ]);
    expect(opposes("Egypt condemned attempts to arrest him.")).toEqual([
      "country:EGY -> issue:arrest",
    ]);
  });
});

describe("opposition: a medium stands for what it shows", () => {
  it("reads a video, footage or images by what they show", () => {
    expect(
      opposes("Nigeria denounced a video which appeared to show troops shooting at protesters."),
    ).toEqual(["country:NGA -> issue:troops-shooting-at-protesters"]);
    expect(opposes("Ireland condemned images of soldiers burning crops in the valley.")).toEqual([
      "country:IRL -> issue:soldiers-burning-crops-in-the-valley",
    ]);
    // A noun that only begins with the medium's word is a thing of its own.
    expect(opposes("Peru condemned the video game tax.")).toEqual([
      "country:PER -> issue:video-game-tax",
    ]);
  });

  it("reads a medium 'of' a person as the medium, and drops the topic's article (review 15)", () => {
    expect(opposes("Turkey condemned a satirical video of President Recep Erdogan.")).toEqual([
      "country:TUR -> issue:satirical-video-of-president-recep-erdogan",
    ]);
    expect(opposes("Iran condemned images of the burning of the Koran in Stockholm.")).toEqual([
      "country:IRN -> issue:burning-of-the-koran-in-stockholm",
    ]);
  });
});

describe("opposition: a count or a pronoun alone is not what is opposed", () => {
  it("reads no stance against 'both', 'all of them' or 'every version'", () => {
    expect(
      opposes("Brazil and Argentina proposed two plans for the river. Paraguay rejected both."),
    ).toEqual([]);
    expect(opposes("Three proposals were tabled at the summit. Fiji opposed all of them.")).toEqual(
      [],
    );
  });
});
