import { describe, expect, it } from "vitest";
import { unrealised } from "../../../src/extract/facts/meeting-modality.ts";
import { extract, factsOf, keysOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

/** MET_WITH facts with their dates, for an article published on Monday 10 February 2025. */
const metOn = (body: string): string[] =>
  extract(body, "2025-02-10T09:00:00Z")
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"] ?? "undated")}`)
    .sort();

// Each case pins one general way English reports (or denies) that people met.
describe("meeting constructions", () => {
  it("takes a subject listed with a title and a possessive country: 'A and X's minister, B, met C'", () => {
    expect(
      met(
        "Danish Foreign Minister Lars Holm and Iceland's foreign minister, Anna Berg, met Canadian Prime Minister Mark Carney in Ottawa on Monday.",
      ),
    ).toEqual([
      "person:anna-berg -> person:mark-carney",
      "person:lars-holm -> person:anna-berg",
      "person:lars-holm -> person:mark-carney",
    ]);
  });

  it("has a coordinated subject of a verb of presence together meet: 'A and X's minister, B, toured / strolled along / laid a wreath'", () => {
    expect(
      met(
        "Italian Prime Minister Giorgia Meloni and Albania's prime minister, Edi Rama, strolled along the waterfront in Durrës on Friday.",
      ),
    ).toEqual(["person:giorgia-meloni -> person:edi-rama"]);
    expect(
      met(
        "Foreign Minister Ana Costa and her Angolan counterpart, Tete António, sat down at a Luanda hotel on Monday to finish the draft.",
      ),
    ).toEqual(["person:ana-costa -> person:tete-antonio"]);
    expect(
      met(
        "Chilean President Gabriel Boric and Peru's president, Dina Boluarte, laid a wreath at the border monument on Saturday.",
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
    expect(
      met(
        "Ghanaian President John Mahama toured the plant on Monday and Togolese President Faure Gnassingbé inspected the port on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("reads 'he' after 'A, who … B, said' as the speaker A, not B named in the aside", () => {
    expect(
      met(
        "Finance Minister Amara Okafor, who travelled with President Bola Tinubu, said he had also met Ghanaian Finance Minister Cassiel Ato Forson during the visit.",
      ),
    ).toEqual(["person:amara-okafor -> person:cassiel-ato-forson"]);
    expect(
      met(
        "Finance Minister Amara Okafor, an ally of President Bola Tinubu, said on Monday he had met Ghanaian Finance Minister Cassiel Ato Forson.",
      ),
    ).toEqual(["person:amara-okafor -> person:cassiel-ato-forson"]);
  });

  it("meets the head of a delegation received", () => {
    expect(
      met(
        "Cuban leader Miguel Díaz-Canel received a Vietnamese delegation headed by Luong Cuong on Friday.",
      ),
    ).toEqual(["person:miguel-diaz-canel -> person:luong-cuong"]);
  });

  it("takes the signatories of a passive signing and those present as having met", () => {
    expect(
      met(
        "The pact was signed in London by Polish Foreign Minister Radosław Sikorski and British Defence Secretary John Healey in the presence of Prime Minister Keir Starmer.",
      ),
    ).toEqual([
      "person:john-healey -> person:keir-starmer",
      "person:radoslaw-sikorski -> person:john-healey",
      "person:radoslaw-sikorski -> person:keir-starmer",
    ]);
  });

  it("reads 'called on X' as a visit but 'called on X to do' as an appeal", () => {
    expect(
      met(
        "Pakistani Foreign Minister Ishaq Dar called on Prime Minister Mohammad Akhund at his office.",
      ),
    ).toEqual(["person:ishaq-dar -> person:mohammad-akhund"]);
    expect(
      met(
        "Pakistani Foreign Minister Ishaq Dar called on Prime Minister Mohammad Akhund to reopen schools.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for a meeting that never took place or is only expected", () => {
    expect(
      met(
        "A meeting between Croatian Foreign Minister Gordan Grlić Radman and his Serbian counterpart, Marko Đurić, that had been expected in March never took place.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President William Ruto is expected in Pretoria in March for a meeting with South African President Cyril Ramaphosa.",
      ),
    ).toEqual([]);
  });

  it("reads talks described at length before 'with' and 'spoken by phone on Sunday with'", () => {
    expect(
      met(
        "U.S. envoy Amos Hochstein held more than three hours of talks in Beirut with General Joseph Aoun.",
      ),
    ).toEqual(["person:amos-hochstein -> person:joseph-aoun"]);
    expect(
      met(
        "British Foreign Secretary David Lammy had spoken by phone on Sunday with Egyptian Foreign Minister Badr Abdelatty.",
      ),
    ).toEqual(["person:david-lammy -> person:badr-abdelatty"]);
  });
});

describe("people's names", () => {
  it("reads a country or capital right after a title as a given name", () => {
    const doc = extract(
      "President Santiago Peña met Defence Minister Israel Katz in Asunción on Monday.",
    );
    expect(keysOf(doc, "Person")).toEqual(["person:israel-katz", "person:santiago-pena"]);
  });

  it("spells letters without accents in keys and ends a body's name at a role", () => {
    const doc = extract(
      "Danish Foreign Minister Lars Løkke Rasmussen met Reserve Bank Governor Lesetja Kganyago.",
    );
    expect(keysOf(doc, "Person")).toEqual([
      "person:lars-lokke-rasmussen",
      "person:lesetja-kganyago",
    ]);
  });

  it("does not take 'a Danish official' for a person already named", () => {
    expect(
      met(
        "Danish Prime Minister Mette Frederiksen spoke in Copenhagen. A Danish official met U.S. Secretary of State Marco Rubio on Friday.",
      ),
    ).toEqual([]);
  });

  it("takes no name after 'a' or 'an' for a person ('a Crimean Tatar, who…')", () => {
    const doc = extract(
      "Andrzej Duda met Oksana Bondar, a Crimean Tatar, who had spoken by phone with Turkish President Recep Tayyip Erdoğan.",
    );
    expect(keysOf(doc, "Person")).not.toContain("person:crimean-tatar");
    expect(factsOf(doc, "MET_WITH")).toEqual([
      "person:andrzej-duda -> person:oksana-bondar",
      "person:oksana-bondar -> person:recep-tayyip-erdogan",
    ]);
  });
});

describe("meetings told with pronouns", () => {
  it("keeps the subject for 'he' after an aside on the one met that closes before ', and'", () => {
    expect(
      met(
        "Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni, who chairs the bloc, and later he met Tanzanian President Samia Suluhu Hassan.",
      ),
    ).toEqual([
      "person:william-ruto -> person:samia-suluhu-hassan",
      "person:william-ruto -> person:yoweri-museveni",
    ]);
    // A relative clause still open at the pronoun keeps its own subject.
    expect(met("Keir Starmer met Emmanuel Macron, who said he would host Friedrich Merz.")).toEqual(
      ["person:keir-starmer -> person:emmanuel-macron"],
    );
  });

  it("reads 'he' as the person a demonym and title introduced, not the demonym's country", () => {
    expect(
      metOn(
        "Kenyan President William Ruto met Ghanaian President John Mahama on Monday. He met Mahama again on Thursday to sign the deal.",
      ),
    ).toEqual([
      "person:william-ruto -> person:john-mahama 2025-02-06",
      "person:william-ruto -> person:john-mahama 2025-02-10",
    ]);
    expect(
      met(
        "Chinese Premier Li Qiang arrived in Canberra on Sunday. During his visit, he met Australian Prime Minister Anthony Albanese.",
      ),
    ).toEqual(["person:li-qiang -> person:anthony-albanese"]);
  });

  it("does not take a plural noun before a restrictive 'who' for a person", () => {
    expect(
      met(
        "Ugandan opposition figure Kizza Besigye was freed on Friday. Relatives who met him said he could barely stand.",
      ),
    ).toEqual([]);
  });

  it("reads 'they' as the people just listed and 'him' as someone other than the verb's subject", () => {
    expect(
      met(
        "German Foreign Minister Annalena Baerbock and her French counterpart Catherine Colonna travelled to Kyiv, where they met Ukrainian Foreign Minister Dmytro Kuleba.",
      ),
    ).toEqual([
      "person:annalena-baerbock -> person:catherine-colonna",
      "person:annalena-baerbock -> person:dmytro-kuleba",
      "person:catherine-colonna -> person:dmytro-kuleba",
    ]);
    expect(
      met(
        "Indonesian President Prabowo Subianto flew to Beijing, where Chinese President Xi Jinping welcomed him with a ceremony.",
      ),
    ).toEqual(["person:xi-jinping -> person:prabowo-subianto"]);
  });
});

describe("meetings: shared subjects, participles and calls", () => {
  it("gives 'and was received by' the subject of the first verb", () => {
    expect(
      met(
        "Uruguayan Foreign Minister Mario Lubetkin held talks with his Paraguayan counterpart, Rubén Ramírez Lezcano, on Thursday and was received by President Santiago Peña.",
      ),
    ).toEqual([
      "person:mario-lubetkin -> person:ruben-ramirez-lezcano",
      "person:mario-lubetkin -> person:santiago-pena",
    ]);
  });

  it("does not let a second clause's 'met him' join the first clause's people", () => {
    expect(
      met(
        "EU Commissioner Dubravka Šuica held talks with Syrian Foreign Minister Asaad al-Shaibani on Monday, and British minister Hamish Falconer met him later in the day.",
      ),
    ).toEqual([
      "person:dubravka-suica -> person:asaad-al-shaibani",
      "person:hamish-falconer -> person:asaad-al-shaibani",
    ]);
  });

  it("reads 'after meeting X' and 'briefed X by phone'", () => {
    expect(
      met(
        "German Ambassador Annett Günther announced the grant after meeting Finance Minister Wale Edun on Thursday.",
      ),
    ).toEqual(["person:annett-gunther -> person:wale-edun"]);
    expect(
      met(
        "Kuwaiti Foreign Minister Abdullah Al Yahya briefed Oman's Foreign Minister Badr Albusaidi by phone on Thursday.",
      ),
    ).toEqual(["person:abdullah-al-yahya -> person:badr-albusaidi"]);
  });

  it("takes a shorter form of a long name for the same person", () => {
    expect(
      met(
        "Kuwaiti Foreign Minister Abdullah Ali Al Yahya arrived in Damascus. Al Yahya, who was in the Syrian capital, held talks with Syria's interim foreign minister, Asaad al-Shaibani, on Monday.",
      ),
    ).toEqual(["person:abdullah-ali-al-yahya -> person:asaad-al-shaibani"]);
  });
});

describe("not meetings", () => {
  it("does not take leaders who avoided each other at a summit for a meeting", () => {
    expect(
      met(
        "Argentine President Javier Milei and Brazilian President Luiz Inácio Lula da Silva avoided each other at the summit.",
      ),
    ).toEqual([]);
  });
});

describe("descriptions", () => {
  it("reads a demonym the gazetteer spells otherwise before a lowercase role", () => {
    expect(
      met(
        "Kazakh President Kassym-Jomart Tokayev criticised the plan. Kyrgyzstan's President Sadyr Japarov defended it. The Kyrgyz leader did speak on Friday with Tajikistan's President Emomali Rahmon.",
      ),
    ).toEqual(["person:sadyr-japarov -> person:emomali-rahmon"]);
  });
});

describe("each of a pair", () => {
  it("reads 'each leader was received separately by X' as both leaders meeting X", () => {
    expect(
      met(
        "Rwandan President Paul Kagame and Congolese President Félix Tshisekedi held talks in Doha on Tuesday. Before the talks, each leader was received separately by Qatar's Emir, Sheikh Tamim bin Hamad Al Thani.",
      ),
    ).toEqual([
      "person:felix-tshisekedi -> person:tamim-bin-hamad-al-thani",
      "person:paul-kagame -> person:felix-tshisekedi",
      "person:paul-kagame -> person:tamim-bin-hamad-al-thani",
    ]);
  });
});

describe("meeting verbs in other senses", () => {
  it("does not take a reaction, a standard met, a name given or a shared stance for a meeting", () => {
    for (const body of [
      "Kenyan President William Ruto met with criticism from opposition leader Raila Odinga on Tuesday.",
      "The proposal by Finance Minister John Mbadi was met with scepticism by opposition leader Raila Odinga.",
      "Finance Minister John Mbadi met the targets agreed with IMF mission chief Haimanot Teferra.",
      "Kenyan President William Ruto called Ghanaian President John Mahama a friend.",
      "Ghanaian President John Mahama joined Kenyan President William Ruto in condemning the coup.",
    ])
      expect(met(body)).toEqual([]);
  });

  it("still reads 'called for calm after meeting X' as a meeting", () => {
    expect(
      met(
        "Kenyan President William Ruto called for calm after meeting Ghanaian President John Mahama.",
      ),
    ).toEqual(["person:william-ruto -> person:john-mahama"]);
  });
});

describe("meetings wished for, asked for or turned down", () => {
  it("gives nothing for a meeting hoped for, not yet held, refused, requested or denied by 'neither'", () => {
    for (const body of [
      "Ghanaian President John Mahama said he hoped to meet Kenyan President William Ruto soon.",
      "Ghanaian President John Mahama has yet to meet Kenyan President William Ruto.",
      "Ghanaian President John Mahama refused to meet Kenyan President William Ruto.",
      "Ghanaian President John Mahama requested a meeting with Kenyan President William Ruto.",
      "Ghanaian President John Mahama is seeking a meeting with Kenyan President William Ruto.",
      "Ghanaian President John Mahama called for talks with Kenyan President William Ruto.",
      "Ghanaian President John Mahama met neither Kenyan President William Ruto nor Nigerian President Bola Tinubu.",
      "Talks between Ghanaian President John Mahama and Kenyan President William Ruto are scheduled for Friday.",
    ])
      expect(met(body)).toEqual([]);
  });

  it("keeps a call held after a meeting that did not take place", () => {
    expect(
      met(
        "Ghanaian President John Mahama was in Addis Ababa on Sunday. Togo's president, Faure Gnassingbé, was also there, but he and Mahama did not meet; the two men last spoke by phone in April.",
      ),
    ).toEqual(["person:faure-gnassingbe -> person:john-mahama"]);
  });
});

describe("names and places beyond ASCII", () => {
  it("reads talks held in a place spelt with diacritics", () => {
    expect(
      met(
        "Ecuadorian President Daniel Noboa promised help, as he held talks in Bogotá with his Colombian counterpart, Gustavo Petro, on Tuesday.",
      ),
    ).toEqual(["person:daniel-noboa -> person:gustavo-petro"]);
  });

  it("takes a name before 'and her Moldovan counterpart, B,' for a person", () => {
    expect(
      metOn(
        "Baiba Braže and her Moldovan counterpart, Mihai Popșoi, met in the port city of Liepāja on Monday.",
      ),
    ).toEqual(["person:baiba-braze -> person:mihai-popsoi 2025-02-10"]);
  });
});

describe("the subject goes on", () => {
  it("reads 'and on Tuesday he received' as the sentence's subject, not the person last named", () => {
    expect(
      metOn(
        "President Gustavo Petro made no comment. He spoke by phone on Saturday with Brazilian President Luiz Inácio Lula da Silva, according to his office, and on Tuesday he received Ecuadorian Foreign Minister Gabriela Sommerfeld in Bogotá.",
      ),
    ).toEqual([
      "person:gustavo-petro -> person:gabriela-sommerfeld 2025-02-04",
      "person:gustavo-petro -> person:luiz-inacio-lula-da-silva 2025-02-08",
    ]);
  });

  it("meets a chargé d'affaires named in apposition", () => {
    expect(
      met(
        "Prime Minister Siaosi Sovaleni met the U.S. chargé d'affaires, Karen Weber, on Thursday, his office said.",
      ),
    ).toEqual(["person:siaosi-sovaleni -> person:karen-weber"]);
  });
});

describe("names that contain a country's or a body's name", () => {
  it("reads 'President Duma Boko' and 'Prime Minister Luís Montenegro' as whole names", () => {
    expect(
      met(
        "Botswana's President Duma Boko and his Zambian counterpart, Hakainde Hichilema, held talks on Friday.",
      ),
    ).toEqual(["person:duma-boko -> person:hakainde-hichilema"]);
    expect(
      met(
        "Portuguese Prime Minister Luís Montenegro and his Mozambican counterpart, Maria Benvinda Levi, signed a fisheries accord on Wednesday. On Thursday Montenegro was received by President Daniel Chapo.",
      ),
    ).toEqual([
      "person:luis-montenegro -> person:daniel-chapo",
      "person:luis-montenegro -> person:maria-benvinda-levi",
    ]);
  });
});

describe("meetings named by a noun, a meal or a relative clause", () => {
  it("reads 'his talks with X' as the subject's, and not when only planned", () => {
    expect(
      met(
        "Ghanaian President John Mahama described his talks with Kenyan President William Ruto as productive.",
      ),
    ).toEqual(["person:john-mahama -> person:william-ruto"]);
    expect(
      met(
        "Ghanaian President John Mahama said his planned meeting with Kenyan President William Ruto would take place in May.",
      ),
    ).toEqual([]);
  });

  it("reads 'whom he met' as the main subject meeting the relative's antecedent", () => {
    expect(
      met(
        "Kenyan President William Ruto praised Ghanaian President John Mahama, whom he met in Accra last year.",
      ),
    ).toEqual(["person:william-ruto -> person:john-mahama"]);
  });

  it("reads fronted 'During talks with X, Y…' without a determiner", () => {
    expect(
      metOn(
        "During talks with Kenyan President William Ruto in Nairobi on Monday, Ghanaian President John Mahama called for closer ties.",
      ),
    ).toEqual(["person:john-mahama -> person:william-ruto 2025-02-10"]);
  });

  it("gives separate meetings with each of a list but no meeting between them", () => {
    const pairs = [
      "person:john-mahama -> person:bola-tinubu",
      "person:john-mahama -> person:william-ruto",
    ];
    expect(
      met(
        "Ghanaian President John Mahama also held separate meetings with Kenyan President William Ruto and Nigerian President Bola Tinubu.",
      ),
    ).toEqual(pairs);
    expect(
      met(
        "Ghanaian President John Mahama met separately with Kenyan President William Ruto and Nigerian President Bola Tinubu.",
      ),
    ).toEqual(pairs);
  });

  it("reads meals: 'hosted a dinner for X', 'had lunch together', 'over a working lunch'", () => {
    for (const body of [
      "Ghanaian President John Mahama hosted a dinner for Kenyan President William Ruto on Tuesday.",
      "Ghanaian President John Mahama and Kenyan President William Ruto had lunch together on Tuesday.",
      "Ghanaian President John Mahama and his Kenyan counterpart, William Ruto, went through the texts over a working lunch.",
    ])
      expect(met(body)).toEqual(["person:john-mahama -> person:william-ruto"]);
  });

  it("does not take a person named in an aside after the meeting for a party to it", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ghanaian President John Mahama on Tuesday, the latest in a series of meetings since Nigerian President Bola Tinubu took office.",
      ),
    ).toEqual(["person:william-ruto -> person:john-mahama"]);
    expect(
      met(
        "Kenyan President William Ruto met Ghanaian President John Mahama, whose deputy, Vice President Jane Opoku-Agyemang, was absent.",
      ),
    ).toEqual(["person:william-ruto -> person:john-mahama"]);
  });
});

describe("lists, embraces and names that look like regions", () => {
  it("lists a guest after a name ending in an abbreviation ('Marcos Jr. and Biden')", () => {
    expect(
      met(
        "Japanese Prime Minister Fumio Kishida hosted Philippine President Ferdinand Marcos Jr. and U.S. President Joe Biden on Thursday.",
      ),
    ).toEqual([
      "person:ferdinand-marcos-jr -> person:joe-biden",
      "person:fumio-kishida -> person:ferdinand-marcos-jr",
      "person:fumio-kishida -> person:joe-biden",
    ]);
  });

  it("reads 'after he hugged X' and 'before holding talks'", () => {
    expect(
      met(
        "Serbian President Aleksandar Vučić arrived in Brussels on Monday, three weeks after he hugged Chinese President Xi Jinping in Beijing.",
      ),
    ).toEqual(["person:aleksandar-vucic -> person:xi-jinping"]);
    expect(
      met(
        "Serbian President Aleksandar Vučić and Slovak Prime Minister Robert Fico laid a wreath at the monument before holding talks.",
      ),
    ).toEqual(["person:aleksandar-vucic -> person:robert-fico"]);
  });

  it("takes 'Christian' opening a two-word name for a given name", () => {
    expect(
      met(
        "Christian Stocker, the Austrian chancellor, criticised the plan. Stocker spoke by phone on Thursday with the European Union's trade commissioner, Maroš Šefčovič.",
      ),
    ).toEqual(["person:christian-stocker -> person:maros-sefcovic"]);
  });
});

describe("signatories and appositions", () => {
  it("takes every signatory of the subject as meeting the one in whose presence they signed", () => {
    expect(
      met(
        "Ethiopia's top security official, Redwan Hussien, and Eritrean presidential adviser Yemane Gebreab signed a deal to restore ties in the presence of Faisal bin Farhan, Saudi Arabia's most senior diplomat.",
      ),
    ).toEqual([
      "person:redwan-hussien -> person:faisal-bin-farhan",
      "person:redwan-hussien -> person:yemane-gebreab",
      "person:yemane-gebreab -> person:faisal-bin-farhan",
    ]);
  });

  it("reads a name after 'the IMF's mission chief for Pakistan,' as the person called", () => {
    expect(
      met(
        "Planning Minister Ahsan Iqbal, who spoke by phone with the IMF's mission chief for Pakistan, Iva Petrova, on Monday, said the budget talks were going well.",
      ),
    ).toEqual(["person:ahsan-iqbal -> person:iva-petrova"]);
  });
});

describe("calls", () => {
  it("gives separate calls with each of a list but no call between them", () => {
    const pairs = [
      "person:luiz-inacio-lula-da-silva -> person:gustavo-petro",
      "person:luiz-inacio-lula-da-silva -> person:joe-biden",
    ];
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva held separate calls with U.S. President Joe Biden and Colombian President Gustavo Petro on Thursday.",
      ),
    ).toEqual(pairs);
    expect(
      met(
        "In separate phone calls on Thursday, Brazilian President Luiz Inácio Lula da Silva spoke with U.S. President Joe Biden and Colombian President Gustavo Petro.",
      ),
    ).toEqual(pairs);
  });

  it("reads 'A and B had spoken' in reported speech", () => {
    expect(
      met(
        "A White House readout said U.S. President Joe Biden and Brazilian President Luiz Inácio Lula da Silva had spoken on Thursday.",
      ),
    ).toEqual(["person:joe-biden -> person:luiz-inacio-lula-da-silva"]);
  });
});

describe("counted descriptions", () => {
  it("reads 'the three leaders' as the three just named", () => {
    expect(
      met(
        "French President Emmanuel Macron met German Chancellor Friedrich Merz and British Prime Minister Keir Starmer in Paris on Saturday. The three leaders then held a call with U.S. President Donald Trump.",
      ),
    ).toEqual([
      "person:emmanuel-macron -> person:donald-trump",
      "person:emmanuel-macron -> person:friedrich-merz",
      "person:emmanuel-macron -> person:keir-starmer",
      "person:friedrich-merz -> person:donald-trump",
      "person:friedrich-merz -> person:keir-starmer",
      "person:keir-starmer -> person:donald-trump",
    ]);
  });

  it("reads ', and the four leaders' as those named earlier in the same sentence", () => {
    const pairs = met(
      "Ukrainian President Volodymyr Zelensky was in Kyiv. French President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer travelled to Kyiv on Saturday to meet Zelensky, and the four leaders then held a call with U.S. President Donald Trump.",
    );
    expect(pairs.filter((p) => p.endsWith("donald-trump"))).toHaveLength(4);
    expect(pairs).toHaveLength(10);
  });
});

describe("relative clauses with a second verb", () => {
  it("gives 'who had travelled … and met A and B separately' the relative's antecedent", () => {
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva later met Celso Amorim, his chief foreign policy adviser, who had travelled to Caracas for the vote and met Venezuelan President Nicolás Maduro and opposition candidate Edmundo González separately on Monday.",
      ),
    ).toEqual([
      "person:celso-amorim -> person:edmundo-gonzalez",
      "person:celso-amorim -> person:nicolas-maduro",
      "person:luiz-inacio-lula-da-silva -> person:celso-amorim",
    ]);
  });
});

describe("visits told at length", () => {
  it("gives a verb after a closed relative clause, and a passive with a place before 'by', to the antecedent", () => {
    expect(
      met(
        "Argentine President Javier Milei arrived. Milei, who landed in the Paraguayan capital on Thursday morning and was welcomed at the airport by Foreign Minister Rubén Ramírez Lezcano, spent almost two hours with Paraguayan President Santiago Peña.",
      ),
    ).toEqual([
      "person:javier-milei -> person:ruben-ramirez-lezcano",
      "person:javier-milei -> person:santiago-pena",
    ]);
  });

  it("splits 'met A at one place and B at another', and reads a speaker after a body's name", () => {
    expect(
      met(
        "Turkish President Recep Tayyip Erdoğan arrived. On Thursday Erdoğan met Prime Minister Shehbaz Sharif at the prime minister's house and National Assembly Speaker Ayaz Sadiq at the parliament building.",
      ),
    ).toEqual([
      "person:recep-tayyip-erdogan -> person:ayaz-sadiq",
      "person:recep-tayyip-erdogan -> person:shehbaz-sharif",
    ]);
  });

  it("gives nothing for a meeting in an infinitive that 'is due' governs from afar", () => {
    expect(
      met(
        "Indian Prime Minister Narendra Modi arrived. He is due on Thursday to tour Toyota's plant in Aichi and to meet the company's chairman, Akio Toyoda.",
      ),
    ).toEqual([]);
  });
});

describe("names in apposition and with a lowercase article", () => {
  it("reads a name followed by ', chairman of…,' as a person, and 'al-Alimi' alone as that person", () => {
    expect(
      met(
        "The announcement came two days after Mohamed al-Menfi, chairman of the three-member Presidential Council, held talks in Cairo with Egyptian Foreign Minister Badr Abdelatty. UN envoy Hanna Tetteh, who spoke by phone with al-Menfi on Thursday, is due in Tripoli next week.",
      ),
    ).toEqual([
      "person:hanna-tetteh -> person:mohamed-al-menfi",
      "person:mohamed-al-menfi -> person:badr-abdelatty",
    ]);
  });

  it("reads a conversation named inside a clause as its subject's", () => {
    expect(
      met(
        "Peruvian President Dina Boluarte apologised on Friday for comments she made in a leaked phone conversation with Bolivia's former leader Evo Morales.",
      ),
    ).toEqual(["person:dina-boluarte -> person:evo-morales"]);
  });
});

describe("meetings denied or still to come", () => {
  it("gives nothing for 'without meeting', 'denied meeting' or a present-tense trip 'to meet'", () => {
    for (const body of [
      "Kenyan President William Ruto left Accra without meeting Ghanaian President John Mahama.",
      "Kenyan President William Ruto flew home without having met Ghanaian President John Mahama.",
      "Kenyan President William Ruto denied that he had met Ghanaian President John Mahama.",
      "Kenyan President William Ruto travels to Accra on Monday to meet Ghanaian President John Mahama.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("asides before the trigger", () => {
  it("does not take a person inside a closed relative clause for a subject of the talks", () => {
    expect(
      met(
        "Australian Prime Minister Anthony Albanese arrived. The Australian foreign minister, Penny Wong, who accompanied Albanese, held separate talks with her New Zealand counterpart, Winston Peters, on Tuesday.",
      ),
    ).toEqual(["person:penny-wong -> person:winston-peters"]);
  });

  it("reads 'at their annual leaders' meeting' with a possessive plural before the noun", () => {
    expect(
      metOn(
        "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon agreed on Wednesday to deepen defence ties at their annual leaders' meeting in Wellington.",
      ),
    ).toEqual(["person:anthony-albanese -> person:christopher-luxon 2025-02-05"]);
  });
});

describe("a group named in the sentence before", () => {
  it("reads 'They met', 'The pair met' and 'The two men spoke' as the people listed last", () => {
    for (const second of [
      "They met on Thursday.",
      "The pair met on Thursday.",
      "The two men spoke by phone on Thursday.",
    ])
      expect(
        met(
          `Brazilian President Luiz Inácio Lula da Silva and U.S. President Joe Biden were in Rome. ${second}`,
        ),
      ).toEqual(["person:luiz-inacio-lula-da-silva -> person:joe-biden"]);
  });
});

describe("descriptions with a possessive", () => {
  it("reads 'his Brazilian counterpart' and 'Brazil's president' as the person named before", () => {
    for (const object of ["his Brazilian counterpart", "Brazil's president"])
      expect(
        met(
          `Brazilian President Luiz Inácio Lula da Silva was in Rome. U.S. President Joe Biden spoke with ${object} on Thursday.`,
        ),
      ).toEqual(["person:joe-biden -> person:luiz-inacio-lula-da-silva"]);
  });
});

describe("surnames written without their accents", () => {
  it("reads 'Erdogan' after 'Recep Tayyip Erdoğan' as the same person", () => {
    expect(
      met(
        "Turkish President Recep Tayyip Erdoğan was in Baku. Erdogan met Azerbaijani President Ilham Aliyev on Monday.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> person:ilham-aliyev"]);
  });
});

describe("hosts, conveners and delegations", () => {
  it("takes the host of talks between two parties as meeting both", () => {
    expect(
      met(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted talks between Israeli negotiator David Barnea and Hamas official Khalil al-Hayya in Doha on Monday.",
      ),
    ).toEqual([
      "person:david-barnea -> person:khalil-al-hayya",
      "person:mohammed-bin-abdulrahman-al-thani -> person:david-barnea",
      "person:mohammed-bin-abdulrahman-al-thani -> person:khalil-al-hayya",
    ]);
  });

  it("reads co-chairs, a joint news conference and a delegation 'from X led by Y'", () => {
    expect(
      met(
        "Egyptian intelligence chief Hassan Rashad and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani co-chaired the meeting.",
      ),
    ).toEqual(["person:hassan-rashad -> person:mohammed-bin-abdulrahman-al-thani"]);
    expect(
      met(
        "Turkish Foreign Minister Hakan Fidan held a joint news conference with his Iranian counterpart Abbas Araghchi in Ankara on Monday.",
      ),
    ).toEqual(["person:hakan-fidan -> person:abbas-araghchi"]);
    expect(
      met(
        "Turkish President Recep Tayyip Erdogan received a delegation from Hamas led by Khalil al-Hayya in Istanbul on Saturday.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> person:khalil-al-hayya"]);
  });
});

describe("lists of participants", () => {
  it("reads 'met A as well as B' and 'Presidents A of X, B of Y and C of Z met'", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni as well as Tanzanian President Samia Suluhu Hassan on Saturday.",
      ),
    ).toHaveLength(3);
    expect(
      met(
        "Presidents William Ruto of Kenya, Yoweri Museveni of Uganda and Samia Suluhu Hassan of Tanzania met in Arusha on Saturday.",
      ),
    ).toEqual([
      "person:william-ruto -> person:samia-suluhu-hassan",
      "person:william-ruto -> person:yoweri-museveni",
      "person:yoweri-museveni -> person:samia-suluhu-hassan",
    ]);
  });
});

describe("plans told in the present or as needs", () => {
  it("gives nothing for a coming trip in the present tense, 'was to meet', 'is meeting' or a needed meeting", () => {
    for (const body of [
      "Indian Prime Minister Narendra Modi arrives in Kyiv on Friday for talks with Ukrainian President Volodymyr Zelensky.",
      "Indian Prime Minister Narendra Modi was to meet Ukrainian President Volodymyr Zelensky on Friday.",
      "Indian Prime Minister Narendra Modi is meeting Ukrainian President Volodymyr Zelensky on Friday.",
      "Indian Prime Minister Narendra Modi said a meeting between Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin was needed.",
      "A summit between Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin remains unlikely.",
    ])
      expect(met(body)).toEqual([]);
    // Told as held, the same meeting is one.
    expect(
      met(
        "Indian Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelensky in Kyiv on Friday.",
      ),
    ).toEqual(["person:narendra-modi -> person:volodymyr-zelensky"]);
  });
});

describe("diplomatic nouns", () => {
  it("reads an audience, a bilateral, a summit, a one-on-one and an exchange of views", () => {
    expect(
      met(
        "Ukrainian President Volodymyr Zelensky had an audience with Pope Leo XIV at the Vatican on Friday.",
      ),
    ).toEqual(["person:volodymyr-zelensky -> person:leo-xiv"]);
    for (const verb of [
      "held a bilateral with",
      "held a summit with",
      "held a one-on-one with",
      "exchanged views with",
    ])
      expect(
        met(
          `Indian Prime Minister Narendra Modi ${verb} Japanese Prime Minister Shigeru Ishiba on Friday.`,
        ),
      ).toEqual(["person:narendra-modi -> person:shigeru-ishiba"]);
  });
});

describe("interviews", () => {
  it("does not take sitting down with a journalist for an interview as a meeting", () => {
    expect(
      met(
        "Russian President Vladimir Putin sat down with journalist Tucker Carlson in Moscow on Tuesday for an interview.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Russian President Vladimir Putin sat down with Chinese President Xi Jinping in Moscow on Tuesday for talks.",
      ),
    ).toEqual(["person:vladimir-putin -> person:xi-jinping"]);
  });
});

describe("visitors received", () => {
  it("reads 'the visiting minister was received by', 'was also received … by' and 'a meeting on Saturday between'", () => {
    expect(
      met(
        "Brazilian Foreign Minister Mauro Vieira arrived in Caracas. On Thursday the visiting minister was received by Venezuela's vice president, Delcy Rodríguez.",
      ),
    ).toEqual(["person:mauro-vieira -> person:delcy-rodriguez"]);
    expect(
      met(
        "Japanese Foreign Minister Takeshi Iwaya arrived in Bangkok. Iwaya was also received on Wednesday afternoon by King Maha Vajiralongkorn.",
      ),
    ).toEqual(["person:takeshi-iwaya -> person:maha-vajiralongkorn"]);
    expect(
      met(
        "The trigger was a meeting on Saturday between Nicaraguan Foreign Minister Valdrack Jaentschke and North Korean Foreign Minister Choe Son Hui.",
      ),
    ).toEqual(["person:valdrack-jaentschke -> person:choe-son-hui"]);
  });
});

describe("participles and talks without a 'with'", () => {
  it("reads 'meeting in Tokyo', 'at talks in Tokyo', 'following talks' and 'after talks with'", () => {
    for (const body of [
      "Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba, meeting in Tokyo on Friday, agreed to expand defence ties.",
      "Meeting in Tokyo on Friday, Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba agreed to expand defence ties.",
      "Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba agreed at talks in Tokyo on Friday to expand defence ties.",
      "Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba agreed on Friday, following talks in Tokyo, to expand defence ties.",
      "Indian Prime Minister Narendra Modi, after talks with Japanese Prime Minister Shigeru Ishiba in Tokyo, announced a defence pact.",
    ])
      expect(met(body)).toEqual(["person:narendra-modi -> person:shigeru-ishiba"]);
  });

  it("still gives nothing for leaders who only agreed something at a summit", () => {
    expect(
      met(
        "At the summit in Arusha on Saturday, Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to a ceasefire plan.",
      ),
    ).toEqual([]);
    expect(
      met(
        "At the summit in Arusha on Saturday, Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks on a ceasefire plan.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
  });
});

describe("more ways to call", () => {
  it("reads 'held a videoconference with' and 'dialled'", () => {
    for (const verb of ["held a videoconference with", "dialled"])
      expect(
        met(
          `Indian Prime Minister Narendra Modi ${verb} Japanese Prime Minister Shigeru Ishiba on Friday.`,
        ),
      ).toEqual(["person:narendra-modi -> person:shigeru-ishiba"]);
  });
});

describe("participants named in another sentence", () => {
  it("reads 'the two men' and 'the pair' as the two people of the sentence before", () => {
    for (const second of [
      "The two men held talks on Wednesday over defence spending.",
      "The pair met for three hours on Wednesday.",
    ])
      expect(
        metOn(
          `French President Emmanuel Macron travelled to Berlin to see German Chancellor Friedrich Merz. ${second}`,
        ),
      ).toEqual(["person:emmanuel-macron -> person:friedrich-merz 2025-02-05"]);
  });

  it("reads 'the leaders of Kenya, Uganda and Tanzania' as each country's named leader", () => {
    expect(
      metOn(
        "Kenyan President William Ruto said on Thursday that tariffs would fall. Uganda's Yoweri Museveni agreed. The leaders of Kenya, Uganda and Tanzania met in Arusha on Friday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Kenyan President William Ruto said on Thursday that tariffs would fall. Uganda's Yoweri Museveni agreed, and Tanzania's President Samia Suluhu Hassan was cautious. The leaders of Kenya, Uganda and Tanzania met in Arusha on Friday.",
      ),
    ).toEqual([
      "person:william-ruto -> person:samia-suluhu-hassan 2025-02-07",
      "person:william-ruto -> person:yoweri-museveni 2025-02-07",
      "person:yoweri-museveni -> person:samia-suluhu-hassan 2025-02-07",
    ]);
  });

  it("has a host meet guests described as 'both prime ministers'", () => {
    for (const second of [
      "Both prime ministers were guests at a lunch hosted by Kazakh Prime Minister Olzhas Bektenov on Friday.",
      "Kazakh Prime Minister Olzhas Bektenov hosted both prime ministers at a lunch on Friday.",
    ])
      expect(
        factsOf(
          extract(
            `Armenian Prime Minister Nikol Pashinyan and Azerbaijani Prime Minister Ali Asadov arrived in Astana. ${second}`,
          ),
          "MET_WITH",
        ).length,
      ).toBe(3);
  });
});

describe("partial groups and the teller of a call", () => {
  it("has everyone who joined a host for talks with a guest meet the guest", () => {
    expect(
      met(
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud joined Kenyan President William Ruto in Nairobi for talks with U.S. envoy Massad Boulos on Monday.",
      ),
    ).toEqual([
      "person:abiy-ahmed -> person:hassan-sheikh-mohamud",
      "person:abiy-ahmed -> person:massad-boulos",
      "person:abiy-ahmed -> person:william-ruto",
      "person:hassan-sheikh-mohamud -> person:massad-boulos",
      "person:hassan-sheikh-mohamud -> person:william-ruto",
      "person:william-ruto -> person:massad-boulos",
    ]);
  });

  it("reads 'briefed X on a call he had held with Y' as the teller's call", () => {
    expect(
      metOn(
        "Kenyan President William Ruto briefed Ugandan President Yoweri Museveni by phone on Tuesday on a call he had held with Tanzanian President Samia Suluhu Hassan on Saturday.",
      ),
    ).toEqual([
      "person:william-ruto -> person:samia-suluhu-hassan 2025-02-08",
      "person:william-ruto -> person:yoweri-museveni 2025-02-04",
    ]);
  });

  it("reads 'placed a call to' and 'reached out to X by phone'", () => {
    for (const verb of ["placed a call to", "reached out to"])
      expect(
        metOn(
          `U.S. President Donald Trump ${verb} Russian President Vladimir Putin by phone on Sunday.`,
        ),
      ).toEqual(["person:donald-trump -> person:vladimir-putin 2025-02-09"]);
  });
});

describe("verbs, places and particles between a meeting's words", () => {
  it("reads a passive reception with a place and a day before 'by'", () => {
    expect(
      metOn(
        "Ukrainian opposition leader Yulia Tymoshenko was received at the Elysee Palace on Friday by President Jacques Chirac.",
      ),
    ).toEqual(["person:yulia-tymoshenko -> person:jacques-chirac 2025-02-07"]);
  });

  it("reads 'held talks at <place> with X'", () => {
    expect(
      met(
        "Oman's Foreign Minister, Badr Albusaidi, held talks at the Al Alam Palace with Iran's foreign minister, Abbas Araghchi.",
      ),
    ).toEqual(["person:badr-albusaidi -> person:abbas-araghchi"]);
  });

  it("takes a surname's lowercase particle as part of a direct object: 'telephoned de Hoop Scheffer'", () => {
    expect(
      metOn(
        "European Commission President Ursula von der Leyen arrived in Ankara. Turkish President Recep Tayyip Erdoğan had telephoned von der Leyen on Thursday evening to press his case.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> person:ursula-von-der-leyen 2025-02-06"]);
  });

  it("reads 'in a phone call on Sunday with X' and its object after an apposition", () => {
    expect(
      metOn(
        "Indian Prime Minister Narendra Modi said the deal was good. He had gone over the draft in a phone call on Sunday with the Bank's president, Ajay Banga.",
      ),
    ).toEqual(["person:narendra-modi -> person:ajay-banga 2025-02-09"]);
  });

  it("reads 'X saw Y on <day>' as a meeting, not 'saw Y as…'", () => {
    expect(
      metOn(
        "Swedish Prime Minister Ulf Kristersson saw Finnish President Alexander Stubb on Saturday morning before flying home.",
      ),
    ).toEqual(["person:ulf-kristersson -> person:alexander-stubb 2025-02-08"]);
    expect(
      met(
        "Swedish Prime Minister Ulf Kristersson saw Finnish President Alexander Stubb as a partner.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Swedish Prime Minister Ulf Kristersson saw Finnish President Alexander Stubb on television on Monday.",
      ),
    ).toEqual([]);
  });

  it("has two people who signed an exchange of notes meet", () => {
    expect(
      metOn(
        "On Friday, Japan's ambassador, Kenji Tanaka, and Finance Minister Adama Coulibaly signed an exchange of notes covering a grant.",
      ),
    ).toEqual(["person:kenji-tanaka -> person:adama-coulibaly 2025-02-07"]);
  });

  it("reads 'called on X … to present' as a courtesy call with a purpose", () => {
    expect(
      metOn(
        "China's ambassador, Wang Xiaolong, called on Prime Minister Christopher Luxon on Friday to present a message from Xi.",
      ),
    ).toEqual(["person:wang-xiaolong -> person:christopher-luxon 2025-02-07"]);
  });

  it("reads 'A and B had spoken by telephone' as a call, not called off by a later clause", () => {
    expect(
      metOn(
        "Irish Prime Minister Micheal Martin and British Prime Minister Keir Starmer had spoken by telephone on Sunday to prepare the summit, which was postponed in March.",
      ),
    ).toEqual(["person:micheal-martin -> person:keir-starmer 2025-02-09"]);
  });
});

describe("meetings referred back to", () => {
  it("adds whoever 'also took part in the talks' to the last meeting, on its day", () => {
    expect(
      metOn(
        "Nigerian President Bola Tinubu received a Ghanaian delegation led by Foreign Minister Samuel Okudzeto Ablakwa on Monday. Defence Minister Mohammed Badaru also took part in the talks at the Presidential Villa.",
      ),
    ).toEqual([
      "person:bola-tinubu -> person:mohammed-badaru 2025-02-10",
      "person:bola-tinubu -> person:samuel-okudzeto-ablakwa 2025-02-10",
      "person:samuel-okudzeto-ablakwa -> person:mohammed-badaru 2025-02-10",
    ]);
  });

  it("adds those by whom 'the meeting was also attended'", () => {
    expect(
      metOn(
        "Lebanese President Joseph Aoun was received at the Quirinale on Tuesday by President Sergio Mattarella. The meeting lasted forty minutes and was also attended by Foreign Minister Antonio Tajani.",
      ),
    ).toEqual([
      "person:joseph-aoun -> person:antonio-tajani 2025-02-04",
      "person:joseph-aoun -> person:sergio-mattarella 2025-02-04",
      "person:sergio-mattarella -> person:antonio-tajani 2025-02-04",
    ]);
  });

  it("reads 'the Chinese visitor' as the guest received before", () => {
    expect(
      metOn(
        "Pakistani Prime Minister Shehbaz Sharif received a Chinese delegation led by Vice Premier He Lifeng on Friday. Earlier in the day, the Chinese visitor was received by army chief General Asim Munir.",
      ),
    ).toEqual([
      "person:he-lifeng -> person:asim-munir 2025-02-07",
      "person:shehbaz-sharif -> person:he-lifeng 2025-02-07",
    ]);
  });

  it("reads 'the Afghan visitor' as the Afghan named before when no one was received", () => {
    expect(
      metOn(
        "Turkmen Foreign Minister Rashid Meredov and Afghanistan's foreign minister, Amir Khan Muttaqi, attended the ceremony on Wednesday. The Afghan visitor had been received by President Serdar Berdimuhamedow on Tuesday.",
      ),
    ).toEqual(["person:amir-khan-muttaqi -> person:serdar-berdimuhamedow 2025-02-04"]);
  });
});

describe("pronouns as participants", () => {
  it("does not take the one talked with for 'she' after 'After her talks with X,'", () => {
    expect(
      metOn(
        "Danish Prime Minister Mette Frederiksen flew to Berlin on Wednesday. After her talks with German Chancellor Friedrich Merz, she was received by President Frank-Walter Steinmeier.",
      ),
    ).toEqual([
      "person:mette-frederiksen -> person:frank-walter-steinmeier 2025-02-05",
      "person:mette-frederiksen -> person:friedrich-merz 2025-02-05",
    ]);
  });

  it("reads 'him' as a possessor named before: 'A, B's closest ally, held talks with him'", () => {
    expect(
      met(
        "Russia has sent instructors to Bamako at President Assimi Goïta's request. Burkinabe leader Ibrahim Traoré, Goïta's closest ally, visited Bamako last week and held talks with him in private.",
      ),
    ).toEqual(["person:ibrahim-traore -> person:assimi-goita"]);
  });
});

describe("'he' after a sentence whose subject is a country", () => {
  it("takes the person named last for 'he', not the country, and keeps two days apart", () => {
    expect(
      metOn(
        "Paris recognised opposition leader Edmundo González in March as the country's president-elect. The 75-year-old former diplomat is on a European tour to win backing. On Saturday he held talks in Madrid with Spanish Prime Minister Pedro Sánchez, who then appeared with him on the steps of the palace, and on Sunday he was in Rome, where Italy's Giorgia Meloni received him at the official residence.",
      ),
    ).toEqual([
      "person:edmundo-gonzalez -> person:pedro-sanchez 2025-02-08",
      "person:giorgia-meloni -> person:edmundo-gonzalez 2025-02-09",
    ]);
  });
});

describe("a second verb of the subject", () => {
  it("gives 'and later had a separate meeting with C' to the subject, not to the object before", () => {
    expect(
      met(
        "Canadian Foreign Minister Anita Anand arrived in Manila on Tuesday. She then held a bilateral meeting with the host, President Ferdinand Marcos, at Malacañang Palace, and later had a separate meeting with Vietnam's Pham Minh Chinh.",
      ),
    ).toEqual([
      "person:anita-anand -> person:ferdinand-marcos",
      "person:anita-anand -> person:pham-minh-chinh",
    ]);
  });
});

describe("signings, sittings and gatherings", () => {
  it("reads 'a call he had held on Sunday with Y' as the teller's call", () => {
    expect(
      metOn(
        "Brazilian President Luiz Inácio Lula da Silva briefed Chilean President Gabriel Boric on a phone call he had held on Sunday with Argentine President Javier Milei.",
      ),
    ).toEqual(["person:luiz-inacio-lula-da-silva -> person:javier-milei 2025-02-09"]);
  });

  it("has two people who signed a loan together meet", () => {
    expect(
      met(
        "Last Friday Kenyan Finance Minister John Mbadi and Japan's ambassador, Ken Okaniwa, signed a 10 billion yen (about $65 million) concessional loan for a port.",
      ),
    ).toEqual(["person:john-mbadi -> person:ken-okaniwa"]);
  });

  it("has two leaders who witnessed a signing meet", () => {
    expect(
      met(
        "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese witnessed the signing of a defence agreement in Canberra on Monday.",
      ),
    ).toEqual(["person:prabowo-subianto -> person:anthony-albanese"]);
  });

  it("adds whoever 'also sat at the table' or 'attended the signing' to the last meeting", () => {
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Monday for talks chaired by AU Commission chairman Moussa Faki Mahamat. Somali President Hassan Sheikh Mohamud also sat at the table.",
      ),
    ).toContain("person:moussa-faki-mahamat -> person:hassan-sheikh-mohamud");
    expect(
      met(
        "Ghana's finance minister Ken Ofori-Atta and Japan's ambassador Mochizuki Hisanobu exchanged notes on a grant on Tuesday. Vice President Mahamudu Bawumia, who attended the signing, thanked Tokyo.",
      ),
    ).toEqual([
      "person:ken-ofori-atta -> person:mahamudu-bawumia",
      "person:ken-ofori-atta -> person:mochizuki-hisanobu",
      "person:mochizuki-hisanobu -> person:mahamudu-bawumia",
    ]);
  });

  it("has those met apart meet each other when 'brought together'", () => {
    expect(
      met(
        "Turkish President Recep Tayyip Erdoğan held separate meetings in Ankara with Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud before bringing them together for a three-way session.",
      ),
    ).toEqual([
      "person:abiy-ahmed -> person:hassan-sheikh-mohamud",
      "person:recep-tayyip-erdogan -> person:abiy-ahmed",
      "person:recep-tayyip-erdogan -> person:hassan-sheikh-mohamud",
    ]);
  });

  it("takes a name after a role phrase in apposition as the one received", () => {
    expect(
      met(
        "Kenyan President William Ruto received the outgoing head of the UN mission in Somalia, Swiss diplomat James Swan, at State House on Wednesday.",
      ),
    ).toEqual(["person:william-ruto -> person:james-swan"]);
  });

  it("reads 'the two men' as the two people the sentence names before it", () => {
    expect(
      met(
        "Chilean President Gabriel Boric and Uruguayan President Yamandú Orsi arrived in Brasília on Monday. Argentine President Javier Milei had talks with Bolivian President Rodrigo Paz on Friday, and the two men witnessed the signing of agreements.",
      ),
    ).toEqual(["person:javier-milei -> person:rodrigo-paz"]);
  });
});

describe("descriptions and predicates", () => {
  it("reads a communiqué signed by two people even with its accent at the end", () => {
    expect(
      met(
        "Nicaraguan Foreign Minister Denis Moncada and his Chinese counterpart, Wang Yi, signed a joint communiqué in Beijing.",
      ),
    ).toEqual(["person:denis-moncada -> person:wang-yi"]);
  });

  it("does not take 'the first foreign leader to speak to X' for someone else", () => {
    expect(
      met(
        "Polish President Karol Nawrocki was sworn in on Wednesday. German Chancellor Friedrich Merz was the first foreign leader to speak to Nawrocki, by telephone on Thursday.",
      ),
    ).toEqual(["person:friedrich-merz -> person:karol-nawrocki"]);
  });

  it("never reads 'the Australian minister' as a prime minister", () => {
    expect(
      met(
        "Foreign Minister Penny Wong announced on Thursday that Australia would give Vanuatu A$10 million after talks with Prime Minister Jotham Napat. The Australian minister, who arrived on Wednesday, was received by President Nikenike Vurobaravu that afternoon.",
      ),
    ).toContain("person:penny-wong -> person:nikenike-vurobaravu");
  });

  it("reads 'both prime ministers' after ', and in the evening' as the two just named", () => {
    expect(
      met(
        "Prime Minister Kyriakos Mitsotakis hosted his Italian counterpart, Giorgia Meloni, for their annual summit. Earlier in the day Meloni called on President Konstantinos Tasoulas, and in the evening both prime ministers were guests at a state banquet hosted by Deputy Prime Minister Kostis Hatzidakis.",
      ),
    ).toEqual([
      "person:giorgia-meloni -> person:konstantinos-tasoulas",
      "person:giorgia-meloni -> person:kostis-hatzidakis",
      "person:kyriakos-mitsotakis -> person:giorgia-meloni",
      "person:kyriakos-mitsotakis -> person:kostis-hatzidakis",
    ]);
  });
});

describe("audiences, credentials, visits and 'their' meetings", () => {
  it("reads 'granted an audience to X' and 'presented his credentials to X'", () => {
    expect(
      met(
        "King Charles granted an audience to Canadian Prime Minister Mark Carney at Buckingham Palace on Monday.",
      ),
    ).toEqual(["person:charles -> person:mark-carney"]);
    expect(
      met(
        "The new Chinese ambassador, Wang Ke, presented his credentials to Kenyan President William Ruto at State House on Monday.",
      ),
    ).toEqual(["person:wang-ke -> person:william-ruto"]);
  });

  it("reads 'visited X' with a person for object, not 'visited X's hometown'", () => {
    expect(
      met(
        "Indian Prime Minister Narendra Modi visited former Japanese Prime Minister Shinzo Abe at his home in Tokyo on Monday.",
      ),
    ).toEqual(["person:narendra-modi -> person:shinzo-abe"]);
    expect(
      met(
        "Indian Prime Minister Narendra Modi visited Japanese Prime Minister Shinzo Abe's hometown on Monday.",
      ),
    ).toEqual([]);
  });

  it("has the subject and the one addressed meet in 'At their meeting, A told B…'", () => {
    expect(
      met(
        "At their meeting in Paris, French President Emmanuel Macron told German Chancellor Friedrich Merz that the deal with Vladimir Putin was dead.",
      ),
    ).toEqual(["person:emmanuel-macron -> person:friedrich-merz"]);
  });

  it("takes 'X's talks with Y ended' as held, not as a present tense", () => {
    expect(
      met(
        "Kenyan President William Ruto's talks with Ugandan President Yoweri Museveni ended without agreement on Monday.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
  });
});

describe("a meeting presupposed", () => {
  it("reads 'has not spoken to Y since their meeting in March' as a meeting held before", () => {
    expect(
      met(
        "Kenyan President William Ruto has not spoken to Ugandan President Yoweri Museveni since their meeting in March.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
  });

  it("reads 'A and B have not met since <day>' as a meeting held on that day", () => {
    expect(
      metOn(
        "Serbian President Goran Vulin and Croatian Prime Minister Ivo Maric have not met since December 3, when their talks in Zagreb broke down.",
      ),
    ).toEqual(["person:goran-vulin -> person:ivo-maric 2024-12-03"]);
  });

  it("reads 'A has not spoken to B since <day>' as a call held then, but not 'since he took office'", () => {
    expect(
      metOn(
        "Peruvian President Ana Soto has not spoken to Chilean President Pablo Rios since January 14. She has not met Bolivian President Luis Arce since he took office.",
      ),
    ).toEqual(["person:ana-soto -> person:pablo-rios 2025-01-14"]);
  });
});

describe("titles with 'of' in a list of subjects", () => {
  it("lists 'A and Minister of the Economy B' together as those who signed", () => {
    expect(
      met(
        "The IMF's mission chief, Anna Ilyina, spoke first. Ilyina and Minister of the Economy Nadia Fettah signed the financing agreements in Rabat on Wednesday.",
      ),
    ).toEqual(["person:anna-ilyina -> person:nadia-fettah"]);
  });
  it("keeps the story's day past a background month: '…imposed in November. …a day after A called B'", () => {
    expect(
      metOn(
        "European ministers met in Brussels on Monday to review sanctions. The measures were first imposed in November. The meeting came a day after Polish Foreign Minister Adam Wrona held a video call with his Czech counterpart, Jana Lipska.",
      ),
    ).toEqual(["person:adam-wrona -> person:jana-lipska 2025-02-09"]);
  });
  it("leaves a time after an infinitive to the infinitive: '…a council they agreed to set up last year'", () => {
    expect(
      metOn(
        "The Baltic summit opened in Riga on Monday. Estonian Prime Minister Kaja Tamm held talks with Latvian Prime Minister Evika Ozola at the first session of a council the two governments agreed to set up last year.",
      ),
    ).toEqual(["person:kaja-tamm -> person:evika-ozola 2025-02-10"]);
  });
  it("takes the other verbs of signing: 'A and B initialled a framework', 'A signed on behalf of X with B'", () => {
    expect(
      met(
        "Ghanaian Trade Minister Kofi Mensah and Togolese Trade Minister Ama Dossou initialled a customs framework in Lomé on Friday.",
      ),
    ).toEqual(["person:kofi-mensah -> person:ama-dossou"]);
    expect(
      met(
        "Peru's finance minister, Raul Pardo, signed on behalf of Lima with the bank's president, Ilan Goldfajn, on Monday.",
      ),
    ).toEqual(["person:raul-pardo -> person:ilan-goldfajn"]);
  });

  it("lists subjects whose titles name a portfolio in lowercase: 'A, and Y's infrastructure minister, B, signed'", () => {
    expect(
      met(
        "Kenya's Minister of Energy, Opiyo Wandayi, and Uganda's mines minister, Ruth Nankabirwa, signed a pipeline agreement on Tuesday.",
      ),
    ).toEqual(["person:opiyo-wandayi -> person:ruth-nankabirwa"]);
  });
  it("reads 'left after about 90 minutes with X' as a meeting", () => {
    expect(
      met(
        "Chinese envoy Zhai Jun left the palace after about two hours with President Bola Tinubu.",
      ),
    ).toEqual(["person:zhai-jun -> person:bola-tinubu"]);
  });

  it("adds 'The commander, General C, joined the two for the second half of the meeting'", () => {
    expect(
      met(
        "German Chancellor Olaf Brandt met Polish President Marek Nowak in Warsaw on Friday. The defence chief, General Piotr Zaleski, joined the two for the second half of the meeting.",
      ),
    ).toEqual([
      "person:marek-nowak -> person:piotr-zaleski",
      "person:olaf-brandt -> person:marek-nowak",
      "person:olaf-brandt -> person:piotr-zaleski",
    ]);
  });

  it("adds 'C, who attended Thursday's meeting' to the meeting held that weekday, not the last one", () => {
    expect(
      metOn(
        "On Thursday, Chilean Foreign Minister Rosa Vidal held talks with Argentine Foreign Minister Diego Paz in Santiago. President Tomas Rey spoke by phone with Brazilian President Lula da Silva on January 20. Argentine Ambassador Ines Duarte, who attended Thursday's meeting, said the mood was good.",
      ),
    ).toEqual([
      "person:diego-paz -> person:ines-duarte 2025-02-06",
      "person:rosa-vidal -> person:diego-paz 2025-02-06",
      "person:rosa-vidal -> person:ines-duarte 2025-02-06",
      "person:tomas-rey -> person:lula-da-silva 2025-01-20",
    ]);
  });

  it("dates a live blog's time-stamped entry by the day it was published", () => {
    expect(
      metOn(
        "Live updates from Tunis. 14:05 — French Foreign Minister Claire Roux met Tunisian President Kais Saied at Carthage palace.",
      ),
    ).toEqual(["person:claire-roux -> person:kais-saied 2025-02-10"]);
  });
  it("reads 'a meeting between A and B … is not planned' as no meeting", () => {
    expect(
      met(
        "A meeting between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdoğan on the sidelines of the NATO summit in The Hague this week is not planned, diplomats in both capitals said.",
      ),
    ).toEqual([]);
    expect(
      met(
        "A meeting between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdoğan on the sidelines of the NATO summit in The Hague this week went ahead as planned, diplomats in both capitals said.",
      ),
    ).toEqual(["person:kyriakos-mitsotakis -> person:recep-tayyip-erdogan"]);
  });

  it("ends the objects at ', and the two …' starting a new clause", () => {
    expect(
      met(
        "Ontario Premier Doug Ford spoke by phone on Monday with Quebec Premier Francois Legault, and the two premiers sent a letter to Prime Minister Mark Carney.",
      ),
    ).toEqual(["person:doug-ford -> person:francois-legault"]);
  });

  it("takes a description in apposition to a name as that person: 'A, the Qatari foreign minister, called B'", () => {
    expect(
      met(
        "Hungary's ombudsman, Akos Kozma, met his Ukrainian counterpart, Oleksandr Bilyk, on Monday. Sheikh Mohammed bin Abdulrahman Al Thani, the Qatari foreign minister, called Poland's Foreign Minister, Radoslaw Sikorski, on Wednesday.",
      ),
    ).toEqual([
      "person:akos-kozma -> person:oleksandr-bilyk",
      "person:mohammed-bin-abdulrahman-al-thani -> person:radoslaw-sikorski",
    ]);
  });
  it("meets the head of 'a delegation of five senators led by X'", () => {
    expect(
      met(
        "Philippine President Ferdinand Marcos Jr. received a delegation of six Japanese lawmakers led by Taro Kono on Tuesday.",
      ),
    ).toEqual(["person:ferdinand-marcos-jr -> person:taro-kono"]);
  });

  it("dates a live blog entry's present perfect by the day it was published", () => {
    expect(
      metOn(
        "Live updates from Cairo. 12:40 — Egyptian President Abdel Fattah al-Sisi has spoken by phone with Jordan's King Abdullah II, the presidency says.",
      ),
    ).toEqual(["person:abdel-fattah-al-sisi -> person:abdullah-ii 2025-02-10"]);
  });

  it("does not list a name before ', met' with the one it met: 'The envoy, A, met B on Monday and had spoken to C the day before'", () => {
    expect(
      metOn(
        "Yemeni Prime Minister Ali Saleh is in Aden. The UN envoy for Yemen, Hans Lund, met Saleh on Wednesday and had spoken to President Omar Zaid by telephone the day before.",
      ),
    ).toEqual([
      "person:hans-lund -> person:ali-saleh 2025-02-05",
      "person:hans-lund -> person:omar-zaid 2025-02-04",
    ]);
  });

  it("gives 'A and B arrive … and are welcomed by C' the whole listed subject", () => {
    expect(
      met(
        "Polish President Andrzej Duda and Czech President Petr Pavel landed in Vilnius and were welcomed by Lithuanian President Gitanas Nauseda.",
      ),
    ).toEqual([
      "person:andrzej-duda -> person:gitanas-nauseda",
      "person:andrzej-duda -> person:petr-pavel",
      "person:petr-pavel -> person:gitanas-nauseda",
    ]);
  });

  it("meets those with whom the session is opened or chaired, and a 'separate session' of a few", () => {
    expect(
      met(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani opened the session with Sudanese General Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo seated across the table.",
      ),
    ).toEqual([
      "person:abdel-fattah-al-burhan -> person:mohamed-hamdan-dagalo",
      "person:mohammed-bin-abdulrahman-al-thani -> person:abdel-fattah-al-burhan",
      "person:mohammed-bin-abdulrahman-al-thani -> person:mohamed-hamdan-dagalo",
    ]);
    expect(
      metOn(
        "Their defence ministers, Pal Jonson and Hanno Pevkur, had settled the agenda on Friday in a closed-door session.",
      ),
    ).toEqual(["person:pal-jonson -> person:hanno-pevkur 2025-02-07"]);
  });

  it("reads a bare 'the two' opening a sentence as the pair of the meeting just told", () => {
    expect(
      metOn(
        "Indian Foreign Minister S. Jaishankar met his Australian counterpart, Penny Wong, in Canberra on Friday. The two were later joined by New Zealand Foreign Minister Winston Peters for a working dinner.",
      ),
    ).toEqual([
      "person:penny-wong -> person:winston-peters 2025-02-07",
      "person:s-jaishankar -> person:penny-wong 2025-02-07",
      "person:s-jaishankar -> person:winston-peters 2025-02-07",
    ]);
  });

  it("gives 'hours after his call with C' the clause's subject, not the object named last", () => {
    expect(
      met(
        "Colombian President Gustavo Petro received the Russian ambassador, Nikolai Tavdumadze, on Friday, a few hours after his call with Venezuelan President Nicolás Maduro.",
      ),
    ).toEqual([
      "person:gustavo-petro -> person:nicolas-maduro",
      "person:gustavo-petro -> person:nikolai-tavdumadze",
    ]);
  });

  it("reads a live blog's 'A and B shake hands and go into a meeting' as held that day", () => {
    expect(
      metOn(
        "10:20 — Spanish Prime Minister Pedro Sánchez is at the summit venue. He and Portuguese Prime Minister Luís Montenegro shake hands at the door and go straight into a short bilateral meeting, officials say.",
      ),
    ).toEqual(["person:pedro-sanchez -> person:luis-montenegro 2025-02-10"]);
  });

  it("adds one who oversaw or chaired 'the ceremony' or 'the talks' to the meeting told before", () => {
    expect(
      met(
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov signed a peace agreement on Friday. The ceremony at the White House was overseen by U.S. envoy Steve Witkoff.",
      ),
    ).toEqual([
      "person:ararat-mirzoyan -> person:jeyhun-bayramov",
      "person:ararat-mirzoyan -> person:steve-witkoff",
      "person:jeyhun-bayramov -> person:steve-witkoff",
    ]);
  });

  it("dates 'He later held talks with C' by the meeting told before, not a background day between", () => {
    expect(
      metOn(
        "Japanese Finance Minister Katsunobu Kato met President Prabowo Subianto in Jakarta on Monday. The central bank cut its policy rate on Friday. He later held talks with Finance Minister Sri Mulyani Indrawati.",
      ),
    ).toEqual([
      "person:katsunobu-kato -> person:prabowo-subianto 2025-02-10",
      "person:katsunobu-kato -> person:sri-mulyani-indrawati 2025-02-10",
    ]);
  });

  it("reads 'A and B have not held talks since A's visit to X' and '…since the summit' as a meeting then", () => {
    expect(
      met(
        "Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis have not held talks since Mitsotakis's visit to Ankara in May last year.",
      ),
    ).toEqual(["person:recep-tayyip-erdogan -> person:kyriakos-mitsotakis"]);
    expect(
      met(
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti have not met since the Ohrid summit in 2023.",
      ),
    ).toEqual(["person:aleksandar-vucic -> person:albin-kurti"]);
  });

  it("does not date talks by a month in a participle's phrase after them: ', building on the treaty signed in July'", () => {
    expect(
      metOn(
        "French President Emmanuel Macron opened the forum in Paris this morning and later held talks with Italian Prime Minister Giorgia Meloni on migration, building on the accord the two countries signed in July.",
      ),
    ).toEqual(["person:emmanuel-macron -> person:giorgia-meloni 2025-02-10"]);
  });

  it("does not take a meeting moved to a later date, or one after which 'no meeting took place'", () => {
    expect(
      met(
        "A meeting between Swedish Foreign Minister Anna Berg and Norwegian Foreign Minister Jonas Lie that had been planned for this week has been pushed back to March.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Talks between Chilean President Gabriel Boric and Bolivian President Luis Arce in Arica fell through at the last minute, and no meeting took place.",
      ),
    ).toEqual([]);
  });

  it("reads the verb of a meeting noun after a list in apposition: 'Talks between the ministers, A of X and B of Y, had been scheduled'", () => {
    expect(
      met(
        "Talks between the two trade ministers, Anna Berg of Sweden and Jonas Lie of Norway, had been scheduled for Friday in Bergen.",
      ),
    ).toEqual([]);
  });

  it("takes 'her counterpart' with no name for the other minister named before", () => {
    expect(
      met(
        "Swedish Foreign Minister Anna Berg and Norwegian Foreign Minister Jonas Lie were due to meet in Oslo on Monday. Berg said she had spoken with her counterpart by phone instead.",
      ),
    ).toEqual(["person:anna-berg -> person:jonas-lie"]);
  });

  it("does not take the sender named in a participle's phrase after the objects: ', delivering a letter from X'", () => {
    expect(
      met(
        "Kenyan Foreign Minister Musalia Mudavadi flew to Kampala on Sunday and held talks with President Yoweri Museveni, delivering a letter from President William Ruto.",
      ),
    ).toEqual(["person:musalia-mudavadi -> person:yoweri-museveni"]);
  });

  it("counts 'a day earlier' from the story's day, not from the day a spokesperson was 'speaking in X on Friday'", () => {
    expect(
      metOn(
        "Fiji and Japan signed a fisheries accord on Thursday during a visit by Japanese Foreign Minister Yoko Kamikawa. Speaking in Beijing on Friday, a Chinese spokesperson criticised the trip. A day earlier Kamikawa was in Nuku'alofa, where she met Tongan Prime Minister Siaosi Sovaleni.",
      ),
    ).toEqual(["person:yoko-kamikawa -> person:siaosi-sovaleni 2025-02-05"]);
  });

  it("keeps the day in view across a month reported in a statement: 'said it had paid $5 million this month'", () => {
    expect(
      metOn(
        "On Tuesday Kenyan Energy Minister Opiyo Wandayi received Emirati envoy Salem Al Naqbi in Nairobi. The Abu Dhabi Fund said it had paid a further $5 million this month. A day later, President William Ruto hosted Saudi Investment Minister Khalid al-Falih at State House.",
      ),
    ).toEqual([
      "person:opiyo-wandayi -> person:salem-al-naqbi 2025-02-04",
      "person:william-ruto -> person:khalid-al-falih 2025-02-05",
    ]);
  });

  it("takes the chargé d'affaires a minister received, named after the title", () => {
    expect(
      met(
        "Peruvian Foreign Minister Elmer Schialer received the Chilean chargé d'affaires, Pablo Cabrera, at the Torre Tagle Palace on Monday.",
      ),
    ).toEqual(["person:elmer-schialer -> person:pablo-cabrera"]);
  });

  it("reads a live blog's present tense as happening, on the local day of an entry written before midnight UTC", () => {
    // Published Monday 10 February 2025 at 03:10 UTC: "19:40" local is Sunday evening.
    expect(
      extract(
        "19:40 — Argentine Foreign Minister Gerardo Werthein receives the British ambassador, Kirsty Hayes, at the San Martín Palace.",
        "2025-02-10T03:10:00Z",
      )
        .relationships.filter((r) => r.type === "MET_WITH")
        .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"])}`),
    ).toEqual(["person:gerardo-werthein -> person:kirsty-hayes 2025-02-09"]);
  });

  it("takes a person added with 'together with' or 'along with' into the same meeting", () => {
    expect(
      met(
        "Uzbek President Shavkat Mirziyoyev received US envoy Sergio Gor together with Foreign Minister Bakhtiyor Saidov.",
      ),
    ).toEqual([
      "person:sergio-gor -> person:bakhtiyor-saidov",
      "person:shavkat-mirziyoyev -> person:bakhtiyor-saidov",
      "person:shavkat-mirziyoyev -> person:sergio-gor",
    ]);
  });

  it("takes a visit made together, 'toured X with B', 'flew over X with B', as a meeting", () => {
    expect(
      met(
        "Philippine President Ferdinand Marcos Jr. toured the typhoon-hit town of Tacloban with Japanese Prime Minister Shigeru Ishiba on Saturday.",
      ),
    ).toEqual(["person:ferdinand-marcos-jr -> person:shigeru-ishiba"]);
    expect(
      met(
        "Spanish Prime Minister Pedro Sánchez flew over the flooded districts of Valencia with regional President Carlos Mazón.",
      ),
    ).toEqual(["person:pedro-sanchez -> person:carlos-mazon"]);
  });

  it("takes those present at a signing by states as having met: 'X and Y signed the accord in the presence of A, B and C'", () => {
    expect(
      met(
        "Morocco and Spain signed a water accord on Sunday in the presence of King Mohammed VI, Spanish Prime Minister Pedro Sánchez and European Council President António Costa.",
      ),
    ).toEqual([
      "person:mohammed-vi -> person:antonio-costa",
      "person:mohammed-vi -> person:pedro-sanchez",
      "person:pedro-sanchez -> person:antonio-costa",
    ]);
  });

  it("lists two subjects set off by long capitalised titles with 'and' inside ('Minister of Foreign Affairs and Regional Cooperation')", () => {
    expect(
      met(
        "Kenya's foreign minister, Musalia Mudavadi, and Uganda's Minister of Foreign Affairs and Regional Cooperation, Jeje Odongo, co-chaired the joint commission in Kampala on Monday.",
      ),
    ).toEqual(["person:musalia-mudavadi -> person:jeje-odongo"]);
  });

  it("does not read the people of a later clause into a 'meeting between' list: '…came as C criticised D'", () => {
    expect(
      met(
        "The meeting between Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet came as Malaysian Prime Minister Anwar Ibrahim criticised Philippine President Ferdinand Marcos Jr.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet"]);
  });

  it("takes a meeting fronted before the main clause's subject: 'After a meeting with X, Y said', 'After meeting X, Y said', 'Speaking after talks with X, Y said'", () => {
    const pair = ["person:luiz-inacio-lula-da-silva -> person:pedro-sanchez"];
    for (const opening of [
      "After a meeting with Spanish Prime Minister Pedro Sánchez in Madrid,",
      "After meeting Spanish Prime Minister Pedro Sánchez in Madrid,",
      "Speaking to reporters after his talks with Spanish Prime Minister Pedro Sánchez,",
      "Following a phone call with Spanish Prime Minister Pedro Sánchez,",
      "At a joint news conference with Spanish Prime Minister Pedro Sánchez,",
    ])
      expect(
        met(
          `${opening} Brazilian President Luiz Inácio Lula da Silva said the trade deal must be signed this year.`,
        ),
      ).toEqual(pair);
  });

  it("takes those who give a joint news conference, or speak alongside one another, as having met", () => {
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva and Spanish Prime Minister Pedro Sánchez told a joint news conference in Madrid that the deal was close.",
      ),
    ).toEqual(["person:luiz-inacio-lula-da-silva -> person:pedro-sanchez"]);
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva, speaking alongside Spanish Prime Minister Pedro Sánchez in Madrid, said the deal was close.",
      ),
    ).toEqual(["person:luiz-inacio-lula-da-silva -> person:pedro-sanchez"]);
  });

  it("reads 'them' after a verb of meeting as the people listed last: 'The two ministers were in Hanoi. X received them'", () => {
    expect(
      met(
        "Japanese Foreign Minister Takeshi Iwaya and Australian Foreign Minister Penny Wong arrived in Hanoi on Monday. The two ministers were in Vietnam for a regional forum. Prime Minister Pham Minh Chinh received them at the government office.",
      ),
    ).toEqual([
      "person:penny-wong -> person:takeshi-iwaya",
      "person:pham-minh-chinh -> person:penny-wong",
      "person:pham-minh-chinh -> person:takeshi-iwaya",
    ]);
  });

  it("reads 'the two prime ministers' as the two holding that whole title, not a foreign minister", () => {
    expect(
      met(
        "Irish Prime Minister Micheál Martin held talks with his Belgian counterpart, Bart De Wever, in Dublin on Monday. De Wever had been received by Foreign Minister Simon Harris the day before. The two prime ministers discussed energy links.",
      ),
    ).toEqual([
      "person:bart-de-wever -> person:simon-harris",
      "person:micheal-martin -> person:bart-de-wever",
    ]);
  });

  it("takes 'raised it with X on a video call' as a call with X, not 'on a call for' an appeal", () => {
    expect(
      met(
        "Malawian President Lazarus Chakwera raised the debt talks with World Bank President Ajay Banga on a video call on Friday.",
      ),
    ).toEqual(["person:lazarus-chakwera -> person:ajay-banga"]);
    expect(
      met(
        "Malawian President Lazarus Chakwera agreed with World Bank President Ajay Banga on a joint call for debt relief.",
      ),
    ).toEqual([]);
  });

  it("dates 'after the meeting with X' by the meeting with X told before, not by the story's later day", () => {
    expect(
      metOn(
        'Australian Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Sugiono in Jakarta on Thursday. She was received by President Prabowo Subianto on Friday morning. "We are neighbours first," Wong told reporters after the meeting with Sugiono.',
      ),
    ).toEqual([
      "person:penny-wong -> person:prabowo-subianto 2025-02-07",
      "person:penny-wong -> person:sugiono 2025-02-06",
    ]);
  });

  it("dates a meeting on a holiday named by its name: 'on Christmas Eve'", () => {
    expect(
      extract(
        "Polish Prime Minister Donald Tusk spoke by phone with Ukrainian President Volodymyr Zelensky on Christmas Eve.",
        "2024-12-27T10:00:00Z",
      )
        .relationships.filter((r) => r.type === "MET_WITH")
        .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"])}`),
    ).toEqual(["person:donald-tusk -> person:volodymyr-zelensky 2024-12-24"]);
  });

  it("does not take the person of a noun summing up the talks: ', a subject X is expected to raise'", () => {
    expect(
      met(
        "On Tuesday Malagasy President Andry Rajoelina had spoken by phone with Mauritian Prime Minister Navin Ramgoolam about fishing patrols, a subject French President Emmanuel Macron is expected to raise in Port Louis.",
      ),
    ).toEqual(["person:andry-rajoelina -> person:navin-ramgoolam"]);
  });

  it("reads 'put their names to' a pact as a signing together", () => {
    expect(
      met(
        "Japanese Prime Minister Shigeru Ishiba and his Thai counterpart, Paetongtarn Shinawatra, put their names to the defence pact in Tokyo on Monday.",
      ),
    ).toEqual(["person:shigeru-ishiba -> person:paetongtarn-shinawatra"]);
  });

  it("does not read 'After meeting resistance from X, Y…' as a meeting with X", () => {
    expect(
      met(
        "After meeting resistance from Slovak Prime Minister Robert Fico, European Council President António Costa postponed the vote.",
      ),
    ).toEqual([]);
  });
});

describe("meetings denied by a 'no' subject or a denied report", () => {
  it("does not read 'no minister received him' or 'no meeting with X was arranged' as held", () => {
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva spent two days in Lisbon. No Portuguese minister received him, and no meeting with Prime Minister Luís Montenegro was arranged.",
      ),
    ).toEqual([]);
  });

  it("does not read a call in reports that were denied", () => {
    expect(
      met(
        "Reports that Kenyan President William Ruto had phoned Sudanese General Abdel Fattah al-Burhan were dismissed by State House, which said no such call had taken place.",
      ),
    ).toEqual([]);
    expect(
      met(
        "The presidency denied reports that Chadian leader Mahamat Déby had met Russian Deputy Defence Minister Yunus-Bek Yevkurov in Moscow.",
      ),
    ).toEqual([]);
    expect(
      met(
        "The foreign ministry denied speculation that Malian President Assimi Goïta had met Turkish President Recep Tayyip Erdoğan in Ankara.",
      ),
    ).toEqual([]);
  });
});

describe("the people a group trigger counts", () => {
  it("takes only the last two people for 'when the two met', not the one who reports it", () => {
    expect(
      met(
        "The spokeswoman, Maria Zakharova, confirmed that Deputy Foreign Minister Sergei Ryabkov had raised the treaty with his American counterpart, Thomas DiNanno, when the two met in Geneva on Tuesday.",
      ),
    ).toEqual(["person:sergei-ryabkov -> person:thomas-dinanno"]);
  });

  it("does not join the signer of a statement to talks it reports 'with' someone", () => {
    expect(
      met(
        "The communiqué, issued by government spokesman Pedro Duarte, said Finance Minister Ana Ribeiro had held talks with World Bank Vice President Ousmane Diagana in Washington on Monday.",
      ),
    ).toEqual(["person:ana-ribeiro -> person:ousmane-diagana"]);
  });
});

describe("a courtesy call whose 'to' belongs to another clause", () => {
  it("reads 'called on X …, saying he wanted to…' as a meeting: the infinitive is another clause's", () => {
    expect(
      met(
        "Kenyan President William Ruto called on Ugandan President Yoweri Museveni in Kampala on Monday, saying he wanted to strengthen ties.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
    expect(
      met(
        "Indian Prime Minister Narendra Modi called on Bangladeshi Prime Minister Sheikh Hasina on Monday, as the two sides agreed to expand trade.",
      ),
    ).toEqual(["person:narendra-modi -> person:sheikh-hasina"]);
  });

  it("reads 'called on X on Tuesday, when the two sides agreed to…' as a meeting", () => {
    expect(
      met(
        "Indonesian Foreign Minister Sugiono held talks with his Malaysian counterpart, Mohamad Hasan, on Monday and called on Prime Minister Anwar Ibrahim on Tuesday, when the two sides agreed to open a new border crossing.",
      ),
    ).toEqual(["person:sugiono -> person:anwar-ibrahim", "person:sugiono -> person:mohamad-hasan"]);
  });
});

describe("a second verb after 'and then'", () => {
  it("gives 'A held talks with B, and then met C' the clause's first subject", () => {
    expect(
      met(
        "NATO Secretary General Mark Rutte held talks with Polish President Karol Nawrocki in Warsaw, and then met Defence Minister Władysław Kosiniak-Kamysz.",
      ),
    ).toEqual([
      "person:mark-rutte -> person:karol-nawrocki",
      "person:mark-rutte -> person:wladyslaw-kosiniak-kamysz",
    ]);
  });
});

describe("a meeting noun with a place and a day before 'between'", () => {
  it("reads 'a meeting in Quito on Friday between A and B'", () => {
    expect(
      met(
        "The visit came after a meeting in Quito on Friday between Ecuadorian Foreign Minister Gabriela Sommerfeld and her Colombian counterpart, Rosa Villavicencio.",
      ),
    ).toEqual(["person:gabriela-sommerfeld -> person:rosa-villavicencio"]);
  });
});

describe("signings named by the money or after the document's noun", () => {
  it("reads 'signed a $X grant with' someone as a meeting", () => {
    expect(
      met(
        "Korean Ambassador Park Jong-dae signed a $12.4 million grant with Ghana's finance minister, Cassiel Ato Forson, in Accra on Tuesday.",
      ),
    ).toEqual(["person:park-jong-dae -> person:cassiel-ato-forson"]);
  });

  it("reads 'notes signed on Friday by A and B' without an auxiliary", () => {
    expect(
      met(
        "The yen loan was confirmed in an exchange of notes signed on Friday by Fijian Foreign Minister Sitiveni Rabuka and Japanese Ambassador Ryuji Okada.",
      ),
    ).toEqual(["person:sitiveni-rabuka -> person:ryuji-okada"]);
  });
});

describe("a call named after 'after', and a date fronted before an earlier event", () => {
  it("reads 'announced the step after a phone call with X'", () => {
    expect(
      met(
        "Chilean President Gabriel Boric announced the step after a phone call with New Zealand Prime Minister Christopher Luxon.",
      ),
    ).toEqual(["person:gabriel-boric -> person:christopher-luxon"]);
  });

  it("dates a meeting by a date fronted in the sentence before, however long ago", () => {
    expect(
      metOn(
        "Farmers marched through Santiago on Friday.\nOn January 20, Chile opened an embassy in Wellington. Chilean President Gabriel Boric announced the step after talks with New Zealand Prime Minister Christopher Luxon.",
      ),
    ).toEqual(["person:gabriel-boric -> person:christopher-luxon 2025-01-20"]);
  });
});

describe("a meeting noun qualified after a list in apposition", () => {
  it("reads 'a meeting between A and X's leader, B, could take place' as hypothetical", () => {
    expect(
      met(
        "A first meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijan's president, Ilham Aliyev, could take place in Abu Dhabi next month, officials said.",
      ),
    ).toEqual([]);
  });
});

describe("a meeting noun 'pencilled in'", () => {
  it("reads 'a meeting with X is pencilled in for March' as planned", () => {
    expect(
      met(
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa said a meeting with Japanese Foreign Minister Toshimitsu Motegi is pencilled in for March.",
      ),
    ).toEqual([]);
  });

  it("reads 'is not pencilled in' as no meeting at all, not a planned one", () => {
    const events = (body: string): string[] => keysOf(extract(body), "Event");
    expect(
      events(
        "A meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni is pencilled in for March.",
      ),
    ).toEqual(["event:meeting:undated:william-ruto+yoweri-museveni"]);
    expect(
      events(
        "A meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni is not pencilled in for March.",
      ),
    ).toEqual([]);
  });
});

describe("a matter gone over with someone", () => {
  it("reads 'had gone through the figures with X' and 'reviewed the plans with Y' as talks", () => {
    expect(
      met(
        "Kenyan Treasury Secretary John Mbadi said he had gone through the budget figures with IMF mission chief Haimanot Teferra in Nairobi last week.",
      ),
    ).toEqual(["person:john-mbadi -> person:haimanot-teferra"]);
    expect(
      met(
        "Polish Defence Minister Władysław Kosiniak-Kamysz reviewed the border plans with his Lithuanian counterpart, Dovilė Šakalienė, in Vilnius.",
      ),
    ).toEqual(["person:wladyslaw-kosiniak-kamysz -> person:dovile-sakaliene"]);
  });
});

describe("a member of the delegation added to its talks", () => {
  it("adds one who 'was also part of the delegation' to the talks told before", () => {
    expect(
      met(
        "A delegation led by Ghanaian President John Mahama held talks with Malian junta leader Assimi Goïta in Bamako on Monday.\nTogolese Foreign Minister Robert Dussey was also part of the delegation.",
      ),
    ).toEqual([
      "person:assimi-goita -> person:robert-dussey",
      "person:john-mahama -> person:assimi-goita",
      "person:john-mahama -> person:robert-dussey",
    ]);
  });
});

describe("a manager in apposition", () => {
  it("reads 'met the lender's country manager, X' as a meeting with a person", () => {
    expect(
      met(
        "Zambian Finance Minister Situmbeko Musokotwane met the lender's country manager, Achim Fock, in Lusaka on Tuesday.",
      ),
    ).toEqual(["person:situmbeko-musokotwane -> person:achim-fock"]);
  });
});

describe("a year in a noun phrase describing what the talks were about", () => {
  it("does not let ', the joint body set up in 2016' undate talks on the story's day", () => {
    expect(
      metOn(
        "Kenyan President William Ruto arrived in Kampala on Saturday.\nRuto held talks with Ugandan President Yoweri Museveni on the lake commission, the joint body set up in 2016 to manage fishing.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni 2025-02-08"]);
  });
});

describe("a coordinated subject spending 'their' talks", () => {
  it("reads 'A and his counterpart, B, spent most of their talks on…' and 'used their meeting to…'", () => {
    expect(
      met(
        "Peruvian President José Jerí and his Chilean counterpart, Gabriel Boric, spent most of their talks on migration at the border.",
      ),
    ).toEqual(["person:jose-jeri -> person:gabriel-boric"]);
    expect(
      met(
        "Dutch Prime Minister Dick Schoof and Belgian Prime Minister Bart De Wever used their meeting to press for a common asylum policy.",
      ),
    ).toEqual(["person:dick-schoof -> person:bart-de-wever"]);
  });
});

describe("an official seat named like its holder", () => {
  it("does not take 'the Executive Mansion' for a person met", () => {
    expect(
      met("Governor Kathy Hochul met Mayor Zohran Mamdani at the Executive Mansion in Albany."),
    ).toEqual(["person:kathy-hochul -> person:zohran-mamdani"]);
  });

  it("keeps a surname that names a seat elsewhere: 'Senator Walter Hale Lodge'", () => {
    expect(met("Senator Walter Hale Lodge met President Rafael Ortiz Vela in Manila.")).toEqual([
      "person:walter-hale-lodge -> person:rafael-ortiz-vela",
    ]);
  });
});

describe("the signer of a statement in an aside", () => {
  it("does not make the one who signed the statement a party to the talks it reports", () => {
    expect(
      met(
        "The communiqué, signed by foreign ministry spokesman Nabil Ammar, said Tunisian Foreign Minister Mohamed Ali Nafti had been received by Italian Foreign Minister Antonio Tajani and had held talks with Defence Minister Guido Crosetto.",
      ),
    ).toEqual([
      "person:mohamed-ali-nafti -> person:antonio-tajani",
      "person:mohamed-ali-nafti -> person:guido-crosetto",
    ]);
  });
});

describe("a weekday in a participant's name", () => {
  it("does not date talks by the 'Friday' of 'Amos Friday'", () => {
    expect(
      metOn(
        "On Saturday Ghanaian President John Mahama held talks in Accra with Grenadian Prime Minister Amos Friday.",
      ),
    ).toEqual(["person:john-mahama -> person:amos-friday 2025-02-08"]);
  });
});

describe("more ways of telling a meeting or a call", () => {
  it("reads an encounter, a lunch held for someone, a guest of someone and 'on the phone with'", () => {
    expect(
      met(
        "Slovak Prime Minister Robert Fico had a brief encounter with Austrian Chancellor Christian Stocker in Vienna.",
      ),
    ).toEqual(["person:robert-fico -> person:christian-stocker"]);
    expect(
      met(
        "Czech Prime Minister Andrej Babiš held a working lunch for Polish Prime Minister Donald Tusk in Prague.",
      ),
    ).toEqual(["person:andrej-babis -> person:donald-tusk"]);
    expect(
      met(
        "Finnish President Alexander Stubb was the guest of Estonian President Alar Karis at Kadriorg on Friday.",
      ),
    ).toEqual(["person:alexander-stubb -> person:alar-karis"]);
    expect(
      met(
        "Mexican President Claudia Sheinbaum was on the phone with Canadian Prime Minister Mark Carney for an hour.",
      ),
    ).toEqual(["person:claudia-sheinbaum -> person:mark-carney"]);
  });

  it("does not read 'the guest of honour of' a body as a meeting", () => {
    expect(
      met(
        "Finnish President Alexander Stubb was the guest of honour of the Estonian parliament, where Speaker Lauri Hussar spoke.",
      ),
    ).toEqual([]);
    // The cue itself: without "of honour" the same sentence is a meeting.
    expect(
      met(
        "Finnish President Alexander Stubb was the guest of honour of the Estonian parliament and Speaker Lauri Hussar.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Finnish President Alexander Stubb was the guest of the Estonian parliament and Speaker Lauri Hussar.",
      ),
    ).toEqual(["person:alexander-stubb -> person:lauri-hussar"]);
  });
});

describe("meetings turned down, skipped or still to come", () => {
  it("does not read a meeting ruled out, skipped, turned down, slated, expected, eyed or supposed", () => {
    for (const body of [
      "Serbian President Aleksandar Vučić ruled out meeting Kosovo Prime Minister Albin Kurti before the vote.",
      "Serbian President Aleksandar Vučić skipped a scheduled meeting with Kosovo Prime Minister Albin Kurti in Brussels.",
      "Serbian President Aleksandar Vučić turned down talks with Kosovo Prime Minister Albin Kurti in Brussels.",
      "Serbian President Aleksandar Vučić is slated to meet Kosovo Prime Minister Albin Kurti in Brussels.",
      "An anticipated meeting between Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti drew crowds.",
      "Serbian President Aleksandar Vučić is eyeing a meeting with Kosovo Prime Minister Albin Kurti in Brussels.",
      "Serbian President Aleksandar Vučić was supposed to meet Kosovo Prime Minister Albin Kurti in Brussels.",
    ])
      expect(met(body), body).toEqual([]);
  });

  it("reads 'skipped' and 'turned down' before a meeting's noun as negating it", () => {
    const rest = " Kosovo Prime Minister Albin Kurti in Brussels.";
    const vucic = "Serbian President Aleksandar Vučić";
    expect(unrealised(`${vucic} skipped a scheduled `, "meeting with", rest)).toBe("negated");
    expect(unrealised(`${vucic} turned down `, "talks with", rest)).toBe("negated");
    // The same words with a verb of holding instead: nothing unrealised.
    expect(unrealised(`${vucic} held a scheduled `, "meeting with", rest)).toBeUndefined();
    expect(unrealised(`${vucic} sat down for `, "talks with", rest)).toBeUndefined();
  });
});

describe("a weekday followed by the full date", () => {
  it("dates 'on Monday 3 February' and 'Monday, Feb. 3' by the date, not the weekday", () => {
    expect(
      metOn(
        "Nepali Prime Minister Sushila Karki met Indian Foreign Secretary Vikram Misri in Kathmandu on Monday 3 February.",
      ),
    ).toEqual(["person:sushila-karki -> person:vikram-misri 2025-02-03"]);
    expect(
      metOn(
        "Nepali Prime Minister Sushila Karki met Indian Foreign Secretary Vikram Misri in Kathmandu on Monday, Feb. 3.",
      ),
    ).toEqual(["person:sushila-karki -> person:vikram-misri 2025-02-03"]);
  });
});

describe("a day counted back from publication", () => {
  it("dates 'two days ago' and 'the day before yesterday'", () => {
    expect(
      metOn(
        "Thai Prime Minister Anutin Charnvirakul spoke by phone with Cambodian Prime Minister Hun Manet two days ago.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet 2025-02-08"]);
    expect(
      metOn(
        "Thai Prime Minister Anutin Charnvirakul spoke by phone with Cambodian Prime Minister Hun Manet the day before yesterday.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet 2025-02-08"]);
  });
});

describe("a participant who joined the talks, told in the passive", () => {
  it("adds one by whom 'the talks were later joined'", () => {
    expect(
      met(
        "Ghanaian President John Mahama hosted Ivorian President Alassane Ouattara in Accra. The talks were later joined by Burkinabè leader Ibrahim Traoré.",
      ),
    ).toEqual([
      "person:alassane-ouattara -> person:ibrahim-traore",
      "person:john-mahama -> person:alassane-ouattara",
      "person:john-mahama -> person:ibrahim-traore",
    ]);
  });
});

describe("a verb whose subject is a 'whose' phrase", () => {
  it("does not give 'X, whose government held talks with Y' to X", () => {
    expect(
      met(
        "Araghchi thanked Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, whose government held talks with U.S. envoy Steve Witkoff last month.",
      ),
    ).toEqual([]);
  });
});

describe("a host of a summit or talks with others", () => {
  it("reads 'hosted a summit with A and B' as a meeting of all three", () => {
    expect(
      met(
        "Angolan President João Lourenço hosted a summit with Congolese President Félix Tshisekedi and Rwandan President Paul Kagame in Luanda.",
      ),
    ).toEqual([
      "person:felix-tshisekedi -> person:paul-kagame",
      "person:joao-lourenco -> person:felix-tshisekedi",
      "person:joao-lourenco -> person:paul-kagame",
    ]);
  });
});

describe("'went over' with any space between its words", () => {
  it("finds the talk however the words are spaced", () => {
    expect(
      met(
        "Kenyan President William Ruto went  over the border plan with Ugandan President Yoweri Museveni.",
      ),
    ).toEqual(["person:william-ruto -> person:yoweri-museveni"]);
  });
});

describe("a role owned by a name before the person in apposition", () => {
  it("meets 'Egypt's water resources minister, B' as it meets 'the … minister, B'", () => {
    expect(
      met(
        "Kenyan President William Ruto received Egypt's water resources minister, Hani Sewilam, at State House on Tuesday.",
      ),
    ).toEqual(["person:william-ruto -> person:hani-sewilam"]);
  });
});

describe("co-presence told by a past verb and 'with' or 'to' someone", () => {
  it("meets the one with whom something was done", () => {
    expect(
      met(
        "Chilean President Gabriel Boric laid a wreath with Argentine President Javier Milei at the monument on Monday.",
      ),
    ).toEqual(["person:gabriel-boric -> person:javier-milei"]);
    expect(
      met(
        "Polish President Andrzej Duda shook hands with Ukrainian President Volodymyr Zelensky in Rzeszow on Friday.",
      ),
    ).toEqual(["person:andrzej-duda -> person:volodymyr-zelensky"]);
    expect(
      met(
        "Foreign Minister Penny Wong finalised the treaty text with Tuvaluan Prime Minister Feleti Teo in Funafuti on Friday.",
      ),
    ).toEqual(["person:penny-wong -> person:feleti-teo"]);
    expect(
      met(
        "Brazilian President Luiz Inácio Lula da Silva lunched with Argentine President Javier Milei in Brasília on Friday.",
      ),
    ).toEqual(["person:luiz-inacio-lula-da-silva -> person:javier-milei"]);
  });

  it("keeps no company in a relation, a comparison, a stance or a trip on the same side", () => {
    for (const body of [
      "Foreign Minister Ahmed Attaf sided with Tunisian President Kais Saied on the question of migration.",
      "President Abdelmadjid Tebboune strengthened ties with French President Emmanuel Macron.",
      "Prime Minister Keir Starmer compared his record with that of former prime minister Rishi Sunak on Friday.",
      "Foreign Minister Ahmed Attaf travelled to Paris with Interior Minister Brahim Merad on Friday.",
      "Rwandan President Paul Kagame accused Congolese President Felix Tshisekedi of having colluded with rebel leader Corneille Nangaa.",
      "US President Donald Trump announced a trade deal with Chinese President Xi Jinping on Friday.",
      "Foreign Minister Ahmed Attaf had not laid a wreath with French President Emmanuel Macron.",
    ])
      expect(met(body)).toEqual([]);
  });

  it("meets the one something was handed to at a place, or handed something", () => {
    expect(
      met(
        "Foreign Minister Ahmed Attaf conveyed Algeria's concerns to French Ambassador Stéphane Romatet at the ministry on Friday.",
      ),
    ).toEqual(["person:ahmed-attaf -> person:stephane-romatet"]);
    expect(
      met(
        "Foreign Minister Ahmed Attaf handed French Ambassador Stéphane Romatet a letter at the ministry on Friday.",
      ),
    ).toEqual(["person:ahmed-attaf -> person:stephane-romatet"]);
    // Sent at a distance, or carried with an invitation an aide may have delivered.
    expect(
      met(
        "Foreign Minister Ahmed Attaf conveyed his condolences to French President Emmanuel Macron in a letter on Friday.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Foreign Minister Ahmed Attaf delivered an invitation to French President Emmanuel Macron to attend the summit in Algiers.",
      ),
    ).toEqual([]);
  });

  it("meets the one a person appeared or stood alongside", () => {
    expect(
      met(
        "Foreign Minister Ahmed Attaf appeared alongside French Foreign Minister Jean-Noël Barrot at a press conference in Algiers on Friday.",
      ),
    ).toEqual(["person:ahmed-attaf -> person:jean-noel-barrot"]);
  });
});

describe("words told to one person", () => {
  it("meets the one person told, not a gathering, a letter's reader or one spoken of", () => {
    expect(
      met(
        "Danish Prime Minister Mette Frederiksen told Greenland's premier, Jens-Frederik Nielsen, on Monday that Copenhagen would fund the new airport.",
      ),
    ).toEqual(["person:mette-frederiksen -> person:jens-frederik-nielsen"]);
    for (const body of [
      "Danish Prime Minister Mette Frederiksen told Greenland's premier, Jens-Frederik Nielsen, in a letter that Copenhagen would fund the new airport.",
      'Danish Prime Minister Mette Frederiksen and Greenland\'s premier, Jens-Frederik Nielsen, attended the summit. "We will not sell," Frederiksen told the leaders.',
      "Russia's ambassador, Vassily Nebenzia, told the council that Moscow rejected any reference to the High Representative, Christian Schmidt.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("things exchanged with someone", () => {
  it("meets the one gifts were exchanged with, not the one letters were", () => {
    expect(
      met(
        "Chilean President Gabriel Boric exchanged gifts with Bolivian President Luis Arce in La Paz on Friday.",
      ),
    ).toEqual(["person:gabriel-boric -> person:luis-arce"]);
    expect(
      met(
        "Chilean President Gabriel Boric exchanged letters with Bolivian President Luis Arce over the winter.",
      ),
    ).toEqual([]);
  });
});

describe("a direct object after an adverbial, or with coordinated demonyms", () => {
  it("meets the one received after 'in audience' or a place set off by commas", () => {
    expect(
      met(
        "Ghanaian President John Mahama received in audience the visiting Togolese foreign minister, Robert Dussey, on Monday.",
      ),
    ).toEqual(["person:john-mahama -> person:robert-dussey"]);
    expect(
      met(
        "Ghanaian President John Mahama received, at the Jubilee House, Togolese Foreign Minister Robert Dussey on Monday.",
      ),
    ).toEqual(["person:john-mahama -> person:robert-dussey"]);
  });

  it("meets both of 'his Togolese and Ivorian counterparts, A and B'", () => {
    expect(
      met(
        "Ghanaian President John Mahama hosted his Togolese and Ivorian counterparts, Faure Gnassingbé and Alassane Ouattara, in Accra on Monday.",
      ),
    ).toEqual([
      "person:faure-gnassingbe -> person:alassane-ouattara",
      "person:john-mahama -> person:alassane-ouattara",
      "person:john-mahama -> person:faure-gnassingbe",
    ]);
  });
});

describe("told at a distance", () => {
  it("does not meet one told in a speech, but keeps a meeting a statement reports", () => {
    expect(
      met(
        "Kenyan President William Ruto told Tanzanian President Samia Suluhu Hassan to reopen the border, in a speech in Nairobi.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President William Ruto told Tanzanian President Samia Suluhu Hassan on Monday that the border would reopen, his office said in a statement.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
  });
});

describe("a meeting named before the people who held it or attended it", () => {
  it("meets those listed after a fronted 'In a call on Monday,'", () => {
    expect(
      met(
        "In a call on Monday, Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed to reopen the border.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
  });

  it("meets those who attended a meeting, not a summit", () => {
    expect(
      met(
        "The meeting, attended by Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, lasted three hours.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
    expect(
      met(
        "The summit, attended by Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, lasted three hours.",
      ),
    ).toEqual([]);
  });

  it("meets the one who granted an audience, in the passive too", () => {
    expect(
      met("Kenyan President William Ruto was granted an audience by Pope Leo XIV on Monday."),
    ).toEqual(["person:william-ruto -> person:leo-xiv"]);
  });
});

describe("who is spoken of at a meeting rather than met", () => {
  const intro =
    "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. Bolivian President Luis Arce spoke in La Paz. ";

  it("does not meet those named in a meeting's purpose or topic", () => {
    for (const body of [
      "Boric met Boluarte in Arica to review a water plan drafted by Arce.",
      "Boric and Boluarte met on Tuesday to weigh a corridor proposed by Arce.",
      "Boric held talks with Boluarte about the pipeline championed by Arce.",
      "Boric met Boluarte on behalf of Arce.",
    ])
      expect(met(`${intro}${body}`)).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
  });

  it("does not meet the subject of a relative clause on the talks, with or without 'that'", () => {
    expect(met(`${intro}Boric met Boluarte in Arica, in talks Arce called constructive.`)).toEqual([
      "person:gabriel-boric -> person:dina-boluarte",
    ]);
  });

  it("reads 'meeting' after a determiner as a noun, not a verb taking the name after it", () => {
    expect(met(`${intro}Boric met Boluarte in Arica, a meeting Arce welcomed.`)).toEqual([
      "person:gabriel-boric -> person:dina-boluarte",
    ]);
  });

  it("still meets the host of the occasion and one met after the topic", () => {
    expect(
      met(
        `${intro}Boric signed the accord with Boluarte on a shared border crossing, at a ceremony hosted by Arce.`,
      ),
    ).toEqual([
      "person:dina-boluarte -> person:luis-arce",
      "person:gabriel-boric -> person:dina-boluarte",
      "person:gabriel-boric -> person:luis-arce",
    ]);
    expect(met(`${intro}Boric held talks on the border with Boluarte in Arica.`)).toEqual([
      "person:gabriel-boric -> person:dina-boluarte",
    ]);
  });
});

describe("who reports a meeting and whether it is yet to come", () => {
  it("does not make the source named at the end of the sentence a party", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. ";
    expect(
      met(
        `${intro}Boric met Boluarte in Arica on Monday, Foreign Minister Alberto van Klaveren told reporters.`,
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
    expect(
      met(
        `${intro}Boric held talks with Boluarte in Arica, Javiera Toro, the government spokeswoman, said in a statement.`,
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
    expect(
      met(
        `${intro}Boric and Boluarte met in Arica and Foreign Minister Alberto van Klaveren said the talks were cordial.`,
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
  });

  it("does not make a source set before the clause a party", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. ";
    expect(
      met(
        `${intro}According to Foreign Minister Alberto van Klaveren, Boric was received by Boluarte in Lima.`,
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
  });

  it("holds no meeting wished, asked of someone, denied as a plan or set in an aside to come", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. Bolivian President Luis Arce spoke in La Paz. ";
    for (const body of [
      "Boric is open to talks with Boluarte.",
      "Boric has agreed in principle to talks with Boluarte.",
      "Arce encouraged Boric to meet Boluarte.",
      "There are no plans for Boric to meet Boluarte.",
      "Boric was to have met Boluarte in Arica, but the visit was called off.",
      "Boric's meeting with Boluarte, planned for next week, will cover lithium.",
    ])
      expect(met(`${intro}${body}`)).toEqual([]);
  });

  it("meets the one sent to a meeting, not the one who sent him", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. ";
    expect(met(`${intro}Boric sent his interior minister to Lima to meet Boluarte.`)).toEqual([]);
    expect(
      met(
        `${intro}Boric dispatched Foreign Minister Alberto van Klaveren to hold talks with Boluarte.`,
      ),
    ).toEqual(["person:alberto-van-klaveren -> person:dina-boluarte"]);
    expect(met(`${intro}Boric was sent to Lima to meet Boluarte.`)).toEqual([
      "person:gabriel-boric -> person:dina-boluarte",
    ]);
  });

  it("reads a fronted 'Before meeting B,' in the tense of its main clause", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. ";
    expect(
      met(`${intro}Before meeting Boluarte in Arica, Boric will tour the desalination plant.`),
    ).toEqual([]);
    expect(
      met(`${intro}After talks with Boluarte in Arica, Boric is due to fly to Quito.`),
    ).toEqual([]);
    expect(
      met(`${intro}After meeting Boluarte in Arica, Boric said the talks would resume in May.`),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
  });

  it("does not meet the one who sent a delegation", () => {
    const intro =
      "Chilean President Gabriel Boric spoke in Santiago. Peruvian President Dina Boluarte spoke in Lima. ";
    expect(met(`${intro}Boric met a delegation sent by Boluarte in Arica.`)).toEqual([]);
  });

  it("holds no meeting that is likely, being arranged or being prepared", () => {
    expect(
      met(
        "Chilean President Gabriel Boric is unlikely to meet Peruvian President Dina Boluarte before the summit.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Diplomats are trying to set up talks between Chilean President Gabriel Boric and Peruvian President Dina Boluarte.",
      ),
    ).toEqual([]);
    expect(
      met(
        "A call between Chilean President Gabriel Boric and Peruvian President Dina Boluarte is being prepared, officials said.",
      ),
    ).toEqual([]);
    // The past reports a meeting held.
    expect(
      met(
        "Diplomats arranged talks between Chilean President Gabriel Boric and Peruvian President Dina Boluarte in Arica on Monday.",
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte"]);
  });
});

describe("an act done alongside or together", () => {
  it("meets the one something was done alongside", () => {
    expect(
      met(
        "Kenyan President William Ruto laid a wreath at the memorial alongside Tanzanian President Samia Suluhu Hassan on Monday.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
    expect(
      met(
        "Kenyan President William Ruto served alongside Tanzanian President Samia Suluhu Hassan in the cabinet.",
      ),
    ).toEqual([]);
  });

  it("meets those who did something together, not those who said it together", () => {
    expect(
      met(
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan toured the port together on Monday.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
    expect(
      met(
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan jointly opened the bridge on Monday.",
      ),
    ).toEqual(["person:william-ruto -> person:samia-suluhu-hassan"]);
    for (const body of [
      "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan jointly announced the pipeline on Monday.",
      "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan have worked together for years.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("meeting nouns qualified inside the verb phrase", () => {
  it("reads the words before a noun's own verb: 'has never held talks with', 'had been due to hold talks with'", () => {
    for (const body of [
      "Estonian Prime Minister Kaja Tamm has never held talks with Moldovan President Ion Rusu.",
      "Estonian Prime Minister Kaja Tamm had been due to hold a phone call with Moldovan President Ion Rusu on Friday.",
      "Estonian Prime Minister Kaja Tamm has been invited to have dinner with Moldovan President Ion Rusu in Tallinn.",
    ])
      expect(met(body)).toEqual([]);
    expect(
      met(
        "Estonian Prime Minister Kaja Tamm has already held talks with Moldovan President Ion Rusu in Tallinn.",
      ),
    ).toEqual(["person:kaja-tamm -> person:ion-rusu"]);
  });
});

describe("a pair referred back to after a meeting", () => {
  it("leaves 'the two men' unresolved when the sentences just before name more than two, or the pair lies further back", () => {
    for (const body of [
      "Ghanaian President John Mahama arrived in Lomé on Sunday. Nigerian President Bola Tinubu, Senegalese President Diomaye Faye and Ivorian President Alassane Ouattara were also expected. The two men met on Monday.",
      "Ghanaian President John Mahama arrived in Lomé on Sunday. The summit opened later. Delegates gathered in the hall. Fuel prices rose. Nigerian President Bola Tinubu was also expected. The two men met on Monday.",
    ])
      expect(met(body)).toEqual([]);
    expect(
      met(
        "Ghanaian President John Mahama arrived in Lomé on Sunday. Nigerian President Bola Tinubu has long sought a deal. The two men met on Monday.",
      ),
    ).toEqual(["person:bola-tinubu -> person:john-mahama"]);
  });

  it("reads 'the two leaders' after a meeting of two as that pair, not the last two named", () => {
    expect(
      met(
        "Ghanaian President John Mensah met Ivorian President Paul Kouame in Abidjan on Monday, bearing a letter from Nigerian President Bola Adeyemi. The two leaders discussed cocoa prices.",
      ),
    ).toEqual(["person:john-mensah -> person:paul-kouame"]);
    expect(
      met(
        "Ghanaian President John Mensah held talks with Ivorian President Paul Kouame in Abidjan on Monday. Nigerian President Bola Adeyemi was not invited. The two men discussed cocoa prices.",
      ),
    ).toEqual(["person:john-mensah -> person:paul-kouame"]);
  });
});

describe("a meeting verb's participle in a phrase of time or manner", () => {
  it("meets the main clause's subject: 'After hosting B, A said', 'Dining with B, A recalled'", () => {
    for (const body of [
      "After hosting Austrian Chancellor Karl Huber in Rome on Monday, Italian Prime Minister Giulia Conti told reporters that trade was growing.",
      "Dining with Austrian Chancellor Karl Huber in Rome on Monday, Italian Prime Minister Giulia Conti recalled their years in Brussels.",
      "Italian Prime Minister Giulia Conti flew home after conferring with Austrian Chancellor Karl Huber in Vienna.",
    ])
      expect(met(body)).toEqual(["person:giulia-conti -> person:karl-huber"]);
  });

  it("does not read a gerund subject, a plan, or another sense as a meeting", () => {
    for (const body of [
      "Hosting Austrian Chancellor Karl Huber would be an honour, Italian Prime Minister Giulia Conti said.",
      "Before receiving Austrian Chancellor Karl Huber next week, Italian Prime Minister Giulia Conti will visit Naples.",
      "After calling Austrian Chancellor Karl Huber a populist on Monday, Italian Prime Minister Giulia Conti left the hall.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("verbs of meeting with a coordinated subject and no object", () => {
  it("reads 'A and B conferred / huddled / chatted / negotiated / dined', 'held their first consultations'", () => {
    for (const verb of [
      "conferred",
      "huddled",
      "chatted",
      "negotiated",
      "dined",
      "held their first consultations",
      "had a brief tête-à-tête",
    ])
      expect(
        met(
          `Slovak Prime Minister Peter Novak and Czech Prime Minister Jana Dvorak ${verb} in Bratislava on Monday.`,
        ),
      ).toEqual(["person:peter-novak -> person:jana-dvorak"]);
    expect(
      met(
        "Slovak Prime Minister Peter Novak and Czech Prime Minister Jana Dvorak have never dined together.",
      ),
    ).toEqual([]);
  });
});

describe("meeting nouns beyond 'meeting' and 'talks'", () => {
  it("reads a dinner, an encounter, a tête-à-tête or a summit between or with people", () => {
    for (const body of [
      "A dinner between Slovak Prime Minister Peter Novak and Czech Prime Minister Jana Dvorak took place in Brno on Monday.",
      "Slovak Prime Minister Peter Novak's encounter with Czech Prime Minister Jana Dvorak on Monday was cordial.",
      "During a tête-à-tête with Czech Prime Minister Jana Dvorak on Monday, Slovak Prime Minister Peter Novak raised energy prices.",
      "Following Slovak Prime Minister Peter Novak's summit with Czech Prime Minister Jana Dvorak on Monday, the two sides signed a rail deal.",
    ])
      expect(met(body)).toEqual(["person:peter-novak -> person:jana-dvorak"]);
    expect(
      met(
        "A dinner between Slovak Prime Minister Peter Novak and Czech Prime Minister Jana Dvorak is planned for next week.",
      ),
    ).toEqual([]);
  });
});

describe("a meeting put in question", () => {
  it("reads no meeting under 'whether' or 'if', or in a question opened by an auxiliary", () => {
    for (const body of [
      "It remains unclear whether Lithuanian Foreign Minister Tomas Kairys met Belarusian opposition leader Olga Petrova in Vilnius.",
      "Reporters asked if Lithuanian Foreign Minister Tomas Kairys had spoken by phone with Olga Petrova.",
      "Will Lithuanian Foreign Minister Tomas Kairys meet Belarusian opposition leader Olga Petrova before the vote?",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("people named but not at the meeting", () => {
  it("leaves out one absent, stood in for or only spoken of ('in the absence of', 'an aide to', 'spoke to reporters about')", () => {
    for (const body of [
      "Croatian Prime Minister Ivo Babic met ministers in Zagreb on Monday in the absence of Slovenian Prime Minister Rok Zupan.",
      "Croatian Prime Minister Ivo Babic spoke by phone with an aide to Slovenian Prime Minister Rok Zupan on Monday.",
      "Croatian Prime Minister Ivo Babic spoke to reporters about Slovenian Prime Minister Rok Zupan on Monday.",
    ])
      expect(met(body)).toEqual([]);
    expect(
      met(
        "Croatian Prime Minister Ivo Babic held talks with Serbian President Ana Lukic on Monday without Slovenian Prime Minister Rok Zupan.",
      ),
    ).toEqual(["person:ivo-babic -> person:ana-lukic"]);
  });

  it("leaves out one named after a sentence-opening 'Without', the capitalised word being no title", () => {
    expect(
      met(
        "Without Kenyan President William Ruto, Ugandan President Yoweri Museveni met Tanzanian President Samia Hassan in Arusha on Monday.",
      ),
    ).toEqual(["person:yoweri-museveni -> person:samia-hassan"]);
  });
});

describe("the visiting one", () => {
  it("reads 'the visiting president' as the guest, even when the host holds the same title", () => {
    const intro =
      "Austrian President Karl Huber arrived in Budapest on Sunday for a state visit. Hungarian President Eva Szabo has long sought closer ties. ";
    expect(met(`${intro}Szabo received the visiting president on Monday.`)).toEqual([
      "person:eva-szabo -> person:karl-huber",
    ]);
    expect(met(`${intro}Szabo held talks with the visiting president on Monday.`)).toEqual([
      "person:eva-szabo -> person:karl-huber",
    ]);
  });

  it("reads no guest in 'the visiting team' or 'visiting hours': no title follows 'visiting'", () => {
    const intro = "Brazilian Foreign Minister Mauro Vieira arrived in Caracas on Monday. ";
    expect(
      met(`${intro}Venezuelan Vice President Delcy Rodríguez later greeted the visiting team.`),
    ).toEqual([]);
  });
});

describe("a meeting told by those who attended it", () => {
  it("meets those who attended, chaired or hosted talks or a meal with no meeting told before", () => {
    expect(
      met(
        "The talks in Tirana on Monday were attended by Albanian Prime Minister Edi Hoxha and Greek Foreign Minister Nikos Pappas.",
      ),
    ).toEqual(["person:edi-hoxha -> person:nikos-pappas"]);
    expect(
      met(
        "The dinner in Tirana on Monday was attended by Albanian Prime Minister Edi Hoxha and Greek Foreign Minister Nikos Pappas.",
      ),
    ).toEqual(["person:edi-hoxha -> person:nikos-pappas"]);
    for (const body of [
      "The inauguration in Tirana on Monday was attended by Albanian Prime Minister Edi Hoxha and Greek Foreign Minister Nikos Pappas.",
      "The talks in Tirana will be attended by Albanian Prime Minister Edi Hoxha and Greek Foreign Minister Nikos Pappas.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("participles of a meeting noun's verb", () => {
  it("reads 'Holding a meeting with B, A…' and 'after paying a courtesy call on B'", () => {
    for (const body of [
      "Holding a meeting with Latvian President Juris Ozols in Riga on Monday, Finnish President Aino Virta praised the new rail link.",
      "Finnish President Aino Virta flew home after paying a courtesy call on Latvian President Juris Ozols in Riga.",
    ])
      expect(met(body)).toEqual(["person:aino-virta -> person:juris-ozols"]);
  });
});

describe("a pair word told after its people were named apart", () => {
  it("reads 'the two men' as the two people named last when no reading was found", () => {
    expect(
      met(
        "Portuguese Prime Minister Rui Costa landed in Madrid on Sunday. Spanish Prime Minister Pablo Ortega has courted Lisbon for months. The two men held talks on Monday.",
      ),
    ).toEqual(["person:pablo-ortega -> person:rui-costa"]);
  });
});

describe("words told in an interview", () => {
  it("does not meet one told something through an interview", () => {
    expect(
      met(
        "In an interview with the BBC on Monday, Kenyan President William Ruto told Ugandan President Yoweri Museveni to reopen the border.",
      ),
    ).toEqual([]);
  });
});

describe("where a meeting took place", () => {
  const placesOf = (body: string): string[] =>
    extract(body)
      .relationships.filter((r) => r.type === "MET_WITH")
      .map((r) => `${r.to.slice(7)} @ ${String(r.properties["place"])}`)
      .sort();

  it("gives each meeting of a list the place told with it, and skips a place inside an object", () => {
    expect(
      placesOf(
        "Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Carthage on Monday and Libyan Prime Minister Abdul Hamid Dbeibah in Tripoli on Tuesday.",
      ),
    ).toEqual(["abdul-hamid-dbeibah @ Tripoli", "kais-saied @ Carthage"]);
    expect(
      placesOf(
        "After a ceremony at the palace in Rabat, Moroccan King Mohammed VI and French President Emmanuel Macron held talks and signed a deal on a port in Dakhla.",
      ),
    ).toEqual(["emmanuel-macron @ Rabat"]);
  });

  it("reads the place after a trigger's own 'for talks' as the meeting's, not a place before it", () => {
    expect(
      placesOf(
        "After arriving in Rome, Kenyan President William Ruto met Pope Leo for talks at Castel Gandolfo.",
      ),
    ).toEqual(["leo @ Castel Gandolfo"]);
  });
});

describe("meeting constructions, a session and a live blog's present", () => {
  it("has a coordinated subject that held a separate or working session meet", () => {
    expect(
      met(
        "Interior Ministers Lena Varga and Tomas Kral held a separate session on border patrols on Tuesday.",
      ),
    ).toEqual(["person:lena-varga -> person:tomas-kral"]);
    expect(met("António Guterres held a session of the Security Council on Tuesday.")).toEqual([]);
  });

  it("reads a live blog entry's present progressive as happening, unless a time to come follows", () => {
    expect(
      met(
        "10:20 — Meanwhile, Trade Minister Elif Aksoy and her Greek counterpart, Nikos Pappas, are holding talks at the port authority.",
      ),
    ).toEqual(["person:elif-aksoy -> person:nikos-pappas"]);
    expect(
      met(
        "10:20 — Meanwhile, Trade Minister Elif Aksoy and her Greek counterpart, Nikos Pappas, are holding talks tomorrow at the port authority.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Trade Minister Elif Aksoy and her Greek counterpart, Nikos Pappas, are holding talks at the port authority on Friday.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, a visit's owner", () => {
  it("has the owner of a visit, trip or day that 'ended with a dinner hosted by B' meet B", () => {
    expect(
      met(
        "Prime Minister Anna Lindqvist's visit ended on Thursday with a state banquet hosted by President Karl Aho.",
      ),
    ).toEqual(["person:anna-lindqvist -> person:karl-aho"]);
    expect(met("Prime Minister Anna Lindqvist's visit was praised by President Karl Aho.")).toEqual(
      [],
    );
  });
});

describe("meeting constructions, sentence ends", () => {
  it("ends a sentence after a place word that is also a month abbreviation, not before a date", () => {
    expect(
      met(
        "On Monday President Ana Costa held a brief meeting with King Felipe VI at a hotel in Viña del Mar. Peru's Dina Boluarte and Uruguay's Yamandú Orsi are also in Santiago.",
      ),
    ).toEqual(["person:ana-costa -> person:felipe-vi"]);
    expect(
      metOn(
        "President Ana Costa held talks with President Luis Arce on Feb. 7 in La Paz. They agreed on a gas deal.",
      ),
    ).toEqual(["person:ana-costa -> person:luis-arce 2025-02-07"]);
  });
});

describe("meeting constructions, a passive 'discussed'", () => {
  it("reads no meeting in a meeting or a matter that 'is being discussed'", () => {
    expect(
      met(
        "President Ana Costa and President Luis Arce attended the gala on Monday; a bilateral meeting is being discussed for June.",
      ),
    ).toEqual([]);
    expect(
      met("President Ana Costa and President Luis Arce discussed gas prices on Monday."),
    ).toEqual(["person:ana-costa -> person:luis-arce"]);
  });
});

describe("meeting constructions, speaking at an event", () => {
  it("reads two people who 'spoke at' a forum as speakers there, not as speaking together", () => {
    expect(
      met(
        "President Ana Costa and President Luis Arce spoke at the energy forum in Lima on Monday.",
      ),
    ).toEqual([]);
    expect(
      met("President Ana Costa and President Luis Arce spoke at length in Lima on Monday."),
    ).toEqual(["person:ana-costa -> person:luis-arce"]);
  });
});

describe("meeting constructions, signing several documents", () => {
  it("has the subjects who signed a number of agreements meet", () => {
    expect(
      met(
        "President Ana Costa and President Luis Arce signed three agreements in Sucre on Monday.",
      ),
    ).toEqual(["person:ana-costa -> person:luis-arce"]);
  });
});

describe("meeting constructions, a sentence opening on a meeting noun", () => {
  it("gives 'Talks with B…' to the person the sentence before opened on", () => {
    expect(
      met(
        "President Ana Costa arrived in La Paz on Monday. Talks with President Luis Arce focused on gas prices.",
      ),
    ).toEqual(["person:ana-costa -> person:luis-arce"]);
    expect(
      met(
        "President Ana Costa arrived in La Paz on Monday. Talks with President Luis Arce were postponed.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, a host or guest in apposition", () => {
  it("lists 'A and his host, B,' as one subject", () => {
    expect(
      met(
        "President Ana Costa and her host, President Luis Arce, signed three agreements in Sucre on Monday.",
      ),
    ).toEqual(["person:ana-costa -> person:luis-arce"]);
  });
});

describe("meeting constructions, a meeting noun with its place before 'with'", () => {
  it("reads 'after talks in Rabat with B' and 'After a meeting in Moscow with B, A said' as met", () => {
    expect(
      met(
        "Spanish Transport Minister Óscar Puente announced the credit on Monday after talks in Rabat with Moroccan Transport Minister Abdessamad Kayouh.",
      ),
    ).toEqual(["person:oscar-puente -> person:abdessamad-kayouh"]);
    expect(
      met(
        "After talks in Moscow with Russian President Vladimir Putin, Chinese President Xi Jinping said ties were strong.",
      ),
    ).toEqual(["person:xi-jinping -> person:vladimir-putin"]);
  });

  it("keeps a planned one planned: 'was expected on Monday for talks in Jubilee House with B'", () => {
    expect(
      met(
        "Nigerian President Bola Tinubu was expected in Accra on Monday for talks in Jubilee House with Ghanaian President John Mahama.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, an auxiliary between a listed subject and its verb", () => {
  it("keeps the whole subject of 'A and B have met with C' and a live entry's 'A and B are holding talks with C'", () => {
    expect(
      met(
        "Chilean President Gabriel Boric and Argentine President Javier Milei have spoken with Brazilian President Luiz Inácio Lula da Silva.",
      ),
    ).toEqual([
      "person:gabriel-boric -> person:javier-milei",
      "person:gabriel-boric -> person:luiz-inacio-lula-da-silva",
      "person:javier-milei -> person:luiz-inacio-lula-da-silva",
    ]);
    expect(
      met(
        "09:05 — French President Emmanuel Macron and German Chancellor Friedrich Merz are meeting with Polish Prime Minister Donald Tusk at the Elysée.",
      ),
    ).toEqual([
      "person:emmanuel-macron -> person:donald-tusk",
      "person:emmanuel-macron -> person:friedrich-merz",
      "person:friedrich-merz -> person:donald-tusk",
    ]);
  });

  it("still reads an unstamped 'A and B are meeting C' as a plan", () => {
    expect(
      met(
        "French President Emmanuel Macron and German Chancellor Friedrich Merz are meeting Polish Prime Minister Donald Tusk at the Elysée.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, 'he' after a sentence naming someone only after 'with'", () => {
  it("keeps the earlier subject for 'he': '…said the lunch with B ran over time. He then spoke with C'", () => {
    expect(
      met(
        "Nigerian President Bola Tinubu received Ghanaian President John Mahama in Abuja on Tuesday. Aides said the lunch with Mahama ran over time. He then spoke by phone with Senegalese President Bassirou Diomaye Faye.",
      ),
    ).toEqual([
      "person:bola-tinubu -> person:bassirou-diomaye-faye",
      "person:bola-tinubu -> person:john-mahama",
    ]);
  });

  it("still gives 'he' to a person who is the subject of the sentence before", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday. Museveni said he would return. He later spoke by phone with Tanzanian President Samia Suluhu Hassan.",
      ),
    ).toEqual([
      "person:william-ruto -> person:yoweri-museveni",
      "person:yoweri-museveni -> person:samia-suluhu-hassan",
    ]);
  });
});

describe("meeting constructions, a measure of talks", () => {
  it("reads 'A and B agreed after two rounds of negotiations / a morning of discussions' as met", () => {
    expect(
      met(
        "Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti accepted the plan after three rounds of talks in Brussels on Monday.",
      ),
    ).toEqual(["person:aleksandar-vucic -> person:albin-kurti"]);
    expect(
      met(
        "Polish Prime Minister Donald Tusk and Lithuanian President Gitanas Nauseda backed the corridor following a morning of discussions in Vilnius.",
      ),
    ).toEqual(["person:donald-tusk -> person:gitanas-nauseda"]);
  });

  it("leaves a speaker alone: 'A said after two days of talks that B had offered to mediate'", () => {
    expect(
      met(
        "Ethiopian Prime Minister Abiy Ahmed said after two days of talks in Nairobi that Kenyan President William Ruto had offered to mediate.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, a role given by a linking verb", () => {
  it("reads 'the minister' as the one who 'has been X's foreign minister' / 'became X's ambassador'", () => {
    expect(
      met(
        "Kamina Johnson Smith has been Jamaica's foreign minister since 2016. She spoke in Kingston. The minister was in Ottawa on Friday for talks with Canadian Foreign Minister Anita Anand.",
      ),
    ).toEqual(["person:kamina-johnson-smith -> person:anita-anand"]);
    expect(
      met(
        "Olga Stefanishyna became Ukraine's ambassador in Washington in July. The ambassador met US Senator Lindsey Graham on Tuesday.",
      ),
    ).toEqual(["person:olga-stefanishyna -> person:lindsey-graham"]);
  });

  it("does not give a role before another name to the subject: 'A is the daughter of President B'", () => {
    expect(
      met(
        "Ana Lenz is the daughter of Austrian President Karl Lenz. The president met German Chancellor Friedrich Merz on Tuesday.",
      ),
    ).toEqual(["person:karl-lenz -> person:friedrich-merz"]);
  });
});

describe("meeting constructions, a meeting its own clause dates by no day", () => {
  it("leaves 'had dinner with B last week, and on Sunday she hosted C' undated for B", () => {
    expect(
      metOn(
        "Italian Prime Minister Giorgia Meloni had dinner with Albanian Prime Minister Edi Rama last week in Tirana, and on Sunday she hosted Greek Prime Minister Kyriakos Mitsotakis.",
      ),
    ).toEqual([
      "person:giorgia-meloni -> person:edi-rama undated",
      "person:giorgia-meloni -> person:kyriakos-mitsotakis 2025-02-09",
    ]);
    expect(
      metOn(
        "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev earlier this year in Tashkent, and on Sunday he received Kyrgyz President Sadyr Japarov.",
      ),
    ).toEqual([
      "person:kassym-jomart-tokayev -> person:sadyr-japarov 2025-02-09",
      "person:kassym-jomart-tokayev -> person:shavkat-mirziyoyev undated",
    ]);
  });
});

describe("meeting constructions, 'he' in a clause joined by ', while'", () => {
  it("reads 'A hosted B, while on Sunday he welcomed C' as A meeting C", () => {
    expect(
      met(
        "Philippine President Ferdinand Marcos Jr. hosted Japanese Prime Minister Shigeru Ishiba in Manila, while on Sunday he welcomed Vietnamese Prime Minister Pham Minh Chinh.",
      ),
    ).toEqual([
      "person:ferdinand-marcos-jr -> person:pham-minh-chinh",
      "person:ferdinand-marcos-jr -> person:shigeru-ishiba",
    ]);
  });

  it("keeps a 'who … said he' aside and a new named subject after 'while' apart", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni, who said he would visit Kigali, while Rwandan President Paul Kagame received Burundian President Évariste Ndayishimiye.",
      ),
    ).toEqual([
      "person:paul-kagame -> person:evariste-ndayishimiye",
      "person:william-ruto -> person:yoweri-museveni",
    ]);
  });
});

describe("meeting constructions, the Spanish particles 'las' and 'los' inside a name", () => {
  it("keeps 'Palacio de los Capitanes Generales' out of a meeting and 'Pablo de los Heros' whole", () => {
    expect(
      met(
        "Dominican President Luis Abinader held talks on Wednesday with Panamanian President José Raúl Mulino at the Palacio de los Capitanes Generales, where the two leaders signed agreements.",
      ),
    ).toEqual(["person:luis-abinader -> person:jose-raul-mulino"]);
    expect(
      met(
        "Argentine diplomat Pablo de los Heros met Chilean Foreign Minister Alberto van Klaveren on Monday.",
      ),
    ).toEqual(["person:pablo-de-los-heros -> person:alberto-van-klaveren"]);
  });
});

describe("meeting constructions, a title of two portfolios joined by 'and'", () => {
  it("reads 'Its energy and mines minister, X, came to … and met the president' as X meeting", () => {
    expect(
      met(
        "Ghanaian President John Mahama spoke in Accra. Norway remains a close partner. Its energy and mines minister, Rania Haddad, came to Accra last month and met the president.",
      ),
    ).toEqual(["person:rania-haddad -> person:john-mahama"]);
  });
});

describe("meeting constructions, 'he' after a sentence told by a state's unnamed spokesperson", () => {
  it("keeps the leader for 'A White House official said… He then hosted C'", () => {
    expect(
      met(
        "US President Donald Trump met Japanese Prime Minister Shigeru Ishiba on Friday. A White House official said the meeting went well. He then hosted Israeli Prime Minister Benjamin Netanyahu.",
      ),
    ).toEqual([
      "person:donald-trump -> person:benjamin-netanyahu",
      "person:donald-trump -> person:shigeru-ishiba",
    ]);
    expect(
      met(
        "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk on Monday. A German government spokesman said the talks were useful. He then called Ukrainian President Volodymyr Zelensky.",
      ),
    ).toEqual([
      "person:friedrich-merz -> person:donald-tusk",
      "person:friedrich-merz -> person:volodymyr-zelensky",
    ]);
  });
});

describe("meeting constructions, a capitalised 'To' opening a name after 'called on'", () => {
  it("reads 'called on Vietnamese leader To Lam' as a visit, and 'called on B to protect…' still as an appeal", () => {
    expect(
      met(
        "South Korean President Lee Jae-myung called on Vietnamese leader To Lam in Hanoi on Monday.",
      ),
    ).toEqual(["person:lee-jae-myung -> person:to-lam"]);
    expect(
      met(
        "Chinese Foreign Minister Wang Yi called on Pakistani Prime Minister Shehbaz Sharif to protect Chinese workers.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, people merely seen together at an occasion", () => {
  it("does not take standing, sitting or posing beside someone at a ceremony, a show or a summit as a meeting", () => {
    expect(
      met(
        "Malawian President Chikondi Banda stood alongside Zambian President Mwila Chanda at the inauguration of the Luangwa bridge on Friday.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Mongolian President Bat-Erdene Ganbold sat next to Kazakh President Nurlan Abenov at the opening concert of the festival.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Standing beside Kenyan President Amani Otieno at the state funeral, Tanzanian President Neema Mushi wiped away tears.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Polish President Marek Nowicki posed alongside Czech President Pavel Dvorak and Slovak President Jan Kovacik for the family photo at the Three Seas summit.",
      ),
    ).toEqual([]);
  });

  it("does not take a line-up of four or more as a meeting, even with no occasion named", () => {
    expect(
      met(
        "Danish Prime Minister Mette Lund stood alongside Norwegian Prime Minister Erik Dahl, Swedish Prime Minister Anna Berg and Icelandic Prime Minister Jon Olafsson as the undersea cable was switched on.",
      ),
    ).toEqual([]);
  });

  it("still takes it as a meeting where talks, a signing or the press are stated", () => {
    expect(
      met(
        "Finnish President Eero Lahti stood alongside Estonian Prime Minister Kadri Tamm at a joint press conference after their talks in Helsinki on Tuesday.",
      ),
    ).toEqual(["person:eero-lahti -> person:kadri-tamm"]);
    expect(
      met(
        "Standing beside Norwegian Prime Minister Erik Dahl at the ceremony where the two leaders signed the fisheries accord, Danish Prime Minister Mette Lund said the dispute was over.",
      ),
    ).toEqual(["person:mette-lund -> person:erik-dahl"]);
    expect(
      met(
        "French President Luc Marchand, speaking alongside German Chancellor Otto Kessler in Berlin on Monday, said Europe must spend more on defence.",
      ),
    ).toEqual(["person:luc-marchand -> person:otto-kessler"]);
  });
});

describe("meeting constructions, a meeting reported and then denied", () => {
  it("drops a meeting the next sentence says never took place", () => {
    expect(
      met(
        "Local media said Qatari envoy Khalid Al-Mansouri met Sudanese army chief Osman Idris in Doha on Sunday. No such meeting took place, the Sudanese foreign ministry said.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Reports said Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Friday. Jovic's office said the meeting never happened.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Turkish intelligence chief Kemal Aydin met Syrian Foreign Minister Rami Haddad in Ankara on Sunday, according to local media. The Syrian ministry denied that the two had met.",
      ),
    ).toEqual([]);
  });

  it("drops a reported meeting whose report is denied, in the next sentences or after 'but'", () => {
    expect(
      met(
        "Omani Foreign Minister Badr Al-Harthy met Yemeni rebel negotiator Mohammed Saleh in Muscat on Sunday, two sources said. The talks focused on shipping in the Red Sea. Both sides later denied the reports.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Chadian President Idriss Mahamat met Sudanese militia leader Hamid Dagalo in N'Djamena on Monday, the newspaper said, but the government denied it.",
      ),
    ).toEqual([]);
  });

  it("keeps a meeting when what is denied is something else, or not denied at all", () => {
    const held = ["person:milan-jovic -> person:arben-krasniqi"];
    expect(
      met(
        "Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Monday. Jovic's office denied that the talks had failed.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Monday, a Belgian newspaper reported. Jovic's office did not deny the report.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Monday, the agency said. The ministry denied reports that the two had signed a secret deal.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Monday. Jovic denied that he had met Albanian Prime Minister Edi Kola in secret.",
      ),
    ).toEqual(held);
  });

  it("takes 'reports that A had met B were false' as denied in the same sentence", () => {
    expect(
      met(
        "Serbian President Milan Jovic met Kosovo Prime Minister Arben Krasniqi in Brussels on Monday. Earlier reports that Jovic had met Albanian Prime Minister Edi Kola in Tirana were false.",
      ),
    ).toEqual(["person:milan-jovic -> person:arben-krasniqi"]);
  });
});

describe("meeting constructions, joining or attending an occasion of its own", () => {
  it("does not take joining someone at an opening ceremony, or laying wreaths during a commemoration, as a meeting", () => {
    expect(
      met(
        "Kenyan President Amani Otieno joined Ugandan President Okello Mugisha and Rwandan President Jean Habimana at the opening ceremony of the games in Kigali.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President Amani Otieno, Ugandan President Okello Mugisha and Rwandan President Jean Habimana laid wreaths at the genocide memorial during the commemoration on Sunday.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President Amani Otieno joined Ugandan President Okello Mugisha for talks at State House on Monday.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });

  it("does not add those who attended a ceremony named by its own occasion to the meeting told before", () => {
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha in Kampala on Monday. The swearing-in ceremony of the new parliament on Tuesday was attended by Tanzanian President Neema Mushi and Rwandan President Jean Habimana.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });
});

describe("meeting constructions, a negation of another verb before a phrase of time or place", () => {
  const held = ["person:amani-otieno -> person:okello-mugisha"];

  it("keeps the meeting of a phrase after a negated verb and its object: 'failed to agree … at talks', 'did not hide … after meeting B'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno and Ugandan President Okello Mugisha failed to agree on the border at talks in Kampala on Monday.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno did not hide his frustration after meeting Ugandan President Okello Mugisha on Monday.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno gave no details after his talks with Ugandan President Okello Mugisha on Monday.",
      ),
    ).toEqual(held);
  });

  it("still denies it where the negated verb is one of presence, names the other, or the phrase's own verb calls it off", () => {
    for (const body of [
      "Kenyan President Amani Otieno failed to show up at talks with Ugandan President Okello Mugisha on Monday.",
      "Kenyan President Amani Otieno will not meet Ugandan President Okello Mugisha during the summit, officials said.",
      "Kenyan President Amani Otieno avoided Ugandan President Okello Mugisha at the summit.",
      "Kenyan President Amani Otieno cancelled his trip after talks with Ugandan President Okello Mugisha were postponed.",
      "Kenyan President Amani Otieno did not travel to Kampala for talks with Ugandan President Okello Mugisha.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("meeting constructions, a meeting named as the complement of a noun of prospect", () => {
  it("does not take an invitation, a proposal, a possibility or 'any meeting' for a meeting held", () => {
    for (const body of [
      "Kenyan President Amani Otieno declined an invitation to meet Ugandan President Okello Mugisha.",
      "Kenyan President Amani Otieno rejected a proposal to hold talks with Ugandan President Okello Mugisha.",
      "Kenyan President Amani Otieno raised the possibility of meeting Ugandan President Okello Mugisha before the election.",
      "Diplomats played down the prospect of a meeting between Kenyan President Amani Otieno and Ugandan President Okello Mugisha.",
      "Kenyan President Amani Otieno insisted that any meeting with Ugandan President Okello Mugisha must wait until after the vote.",
      "No date has been set for a meeting between Kenyan President Amani Otieno and Ugandan President Okello Mugisha.",
      "Preparations are under way for a meeting between Kenyan President Amani Otieno and Ugandan President Okello Mugisha.",
      "Kenyan President Amani Otieno said on Monday, before meeting Ugandan President Okello Mugisha later this week, that the border must reopen.",
    ])
      expect(met(body)).toEqual([]);
  });

  it("still takes a meeting held where such a noun governs something else", () => {
    expect(
      met(
        "Kenyan President Amani Otieno took the opportunity to meet Ugandan President Okello Mugisha on the sidelines of the summit on Monday.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha on Monday, weeks after declining an invitation to the summit.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });
});

describe("meeting constructions, a person named after a preposition or in a noun aside", () => {
  const held = ["person:amani-otieno -> person:okello-mugisha"];

  it("reads 'him' after 'A … of/from B and met him' as B, not A", () => {
    expect(
      met(
        "Kenyan President Amani Otieno travelled to Kampala at the invitation of Ugandan President Okello Mugisha and held talks with him on Monday.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno accepted an invitation from Ugandan President Okello Mugisha and met him in Kampala on Monday.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno spoke to Ugandan President Okello Mugisha, who told him the border would reopen.",
      ),
    ).toEqual(held);
  });

  it("does not take the person of 'an old friend of B' in apposition as met, before or after the verb", () => {
    expect(
      met(
        "Kenyan President Amani Otieno, an old friend of Ugandan President Okello Mugisha, visited Tanzanian President Neema Mushi in Dodoma on Monday.",
      ),
    ).toEqual(["person:amani-otieno -> person:neema-mushi"]);
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha, a close ally of Tanzanian President Neema Mushi, in Kampala on Monday.",
      ),
    ).toEqual(held);
  });
});

describe("meeting constructions, a meeting awaited", () => {
  it("does not take 'looked forward to meeting B' or 'in anticipation of talks with B' as held", () => {
    for (const body of [
      "Kenyan President Amani Otieno said he looked forward to meeting Ugandan President Okello Mugisha.",
      "Kenyan President Amani Otieno flew to Kampala on Friday in anticipation of talks with Ugandan President Okello Mugisha.",
    ])
      expect(met(body)).toEqual([]);
    expect(
      met(
        "Kenyan President Amani Otieno, who had long looked forward to it, finally met Ugandan President Okello Mugisha on Friday.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });
});

describe("meeting constructions, a person named only as someone's relation", () => {
  const held = ["person:amani-otieno -> person:okello-mugisha"];

  it("does not take the person of 'the widow of B' or ', the son of former president B,' as met", () => {
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha and the widow of former Tanzanian President Joseph Mrema.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha, the son of former president Yusuf Kato, in Kampala.",
      ),
    ).toEqual(held);
  });

  it("still lists a person after an aside that names no one: 'met A, the host of the talks, and B'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno met Ugandan President Okello Mugisha, the host of the talks, and Tanzanian President Neema Mushi in Kampala.",
      ),
    ).toEqual([
      "person:amani-otieno -> person:neema-mushi",
      "person:amani-otieno -> person:okello-mugisha",
      "person:okello-mugisha -> person:neema-mushi",
    ]);
  });
});

describe("meeting constructions, a call returned", () => {
  it("takes 'returned a call from B' as a call, and a call unanswered or refused as none", () => {
    expect(
      met(
        "Kenyan President Amani Otieno returned a call from Ugandan President Okello Mugisha on Monday.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
    for (const body of [
      "Kenyan President Amani Otieno's call to Ugandan President Okello Mugisha went unanswered.",
      "Kenyan President Amani Otieno has refused to take calls from Ugandan President Okello Mugisha.",
    ])
      expect(met(body)).toEqual([]);
  });
});

describe("meeting constructions, a report of a meeting dismissed in the same sentence", () => {
  it("does not take a meeting whose report is dismissed, rejected, played down or called a fabrication", () => {
    for (const body of [
      'Kenyan President Amani Otieno dismissed as "fake news" reports that he had met Ugandan opposition leader Kizza Obote in Nairobi.',
      "Kenyan President Amani Otieno's office rejected claims that he had secretly met Ugandan opposition leader Kizza Obote.",
      "Kenyan President Amani Otieno's aides played down reports that he had met Ugandan opposition leader Kizza Obote.",
      'Kenyan President Amani Otieno\'s office called a report that he had met Ugandan opposition leader Kizza Obote "a fabrication".',
      "Kenyan President Amani Otieno's office said a photograph purporting to show him meeting Ugandan opposition leader Kizza Obote was fake.",
    ])
      expect(met(body)).toEqual([]);
  });

  it("keeps a meeting the dismissed claim takes as held: its subject, or a clause of time in it", () => {
    const held = ["person:amani-otieno -> person:kizza-obote"];
    expect(
      met(
        "Kenyan President Amani Otieno dismissed claims that his talks with Ugandan opposition leader Kizza Obote on Monday had been a failure.",
      ),
    ).toEqual(held);
    expect(
      met(
        "Kenyan President Amani Otieno rejected suggestions that he had been snubbed when he met Ugandan opposition leader Kizza Obote on Monday.",
      ),
    ).toEqual(held);
  });
});

describe("meeting constructions, a clause of time with its own subject", () => {
  it("reads the meeting of 'when he met B' by its own clause's words, not the negation or plan before", () => {
    expect(
      met(
        "Kenyan President Amani Otieno did not smile when he met Ugandan President Okello Mugisha on Monday.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
    expect(
      met(
        "Kenyan President Amani Otieno said he would raise the border when he meets Ugandan President Okello Mugisha next week.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, 'him' after a relative clause closed by a comma", () => {
  it("reads 'A, who was due to meet B, met him' as A meeting B", () => {
    expect(
      met(
        "Kenyan President Amani Otieno, who was due to meet Ugandan President Okello Mugisha on Friday, met him on Saturday instead.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
  });
});

describe("meeting constructions, an occasion named in another clause than the co-presence", () => {
  it("keeps a wreath laid together when the ceremony belongs to the act after 'before'", () => {
    expect(
      met(
        "Kenyan President Amani Otieno and Ugandan President Okello Mugisha laid wreaths at the independence monument before attending the opening ceremony of a trade fair.",
      ),
    ).toEqual(["person:amani-otieno -> person:okello-mugisha"]);
    expect(
      met(
        "Kenyan President Amani Otieno stood alongside Ugandan President Okello Mugisha at the opening ceremony of the trade fair before flying home.",
      ),
    ).toEqual([]);
  });
});

describe("meeting constructions, a denial after a meeting of something other than the meeting", () => {
  const sato = ["person:kenji-sato -> person:lim-dae-ho"];
  const rusu = ["person:ivan-sokolov -> person:elena-rusu"];

  it("keeps a meeting after which a claim made at it, an accusation or a report of a deal is denied", () => {
    const after = (denial: string): string[] =>
      met(
        `Japanese Foreign Minister Kenji Sato met South Korean Foreign Minister Lim Dae-ho in Seoul on Monday, the ministry said. ${denial}`,
      );
    expect(after("Lim's office denied that he had agreed to lower tariffs.")).toEqual(sato);
    expect(after("Lim accused Tokyo of stalling. The ministry denied the accusation.")).toEqual(
      sato,
    );
    expect(after("Officials denied reports of a deal.")).toEqual(sato);
    expect(after("Lim said Sato had offered compensation, but the ministry denied it.")).toEqual(
      sato,
    );
    expect(after("Lim said Sato had offered compensation. Tokyo denied the claims.")).toEqual(sato);
    expect(after("Asked about a report that Tokyo would pay, Sato denied it.")).toEqual(sato);
    expect(after("Lim's office denied it was a formal meeting.")).toEqual(sato);
    expect(after("Lim denied that the two had talked about the islands.")).toEqual(sato);
    expect(after("Lim denied that he had spoken harshly.")).toEqual(sato);
    expect(after("Sato denied that the proposal had been met with hostility.")).toEqual(sato);
    expect(after("Lim denied any talks on a fishing pact.")).toEqual(sato);
    expect(after("The border incident never happened, Lim said.")).toEqual(sato);
    expect(after("Lim said he had never met with Hamas.")).toEqual(sato);
    expect(after("They had never met face to face before.")).toEqual(sato);
  });

  it("keeps a call after which one side denies the other's account, or a visit planned never took place", () => {
    const after = (denial: string): string[] =>
      met(
        `Russian President Ivan Sokolov spoke by phone with Moldovan President Elena Rusu on Tuesday, the Kremlin said. ${denial}`,
      );
    expect(after("She denied that Sokolov had threatened her.")).toEqual(rusu);
    expect(after("Rusu disputed the Kremlin account of the call.")).toEqual(rusu);
    expect(after("Rusu called it useful.")).toEqual(rusu);
    expect(after("Chisinau denied that the two had spoken about gas prices.")).toEqual(rusu);
    expect(after("The two had hoped to meet in May, but the visit never took place.")).toEqual(
      rusu,
    );
    expect(
      met(
        "Russian President Ivan Sokolov spoke by phone with Moldovan President Elena Rusu on Tuesday and said Rusu had agreed to a visit, but her office denied it.",
      ),
    ).toEqual(rusu);
  });

  it("still drops a meeting whose own happening, or whose report, is denied", () => {
    const after = (denial: string): string[] =>
      met(
        `Japanese Foreign Minister Kenji Sato met South Korean Foreign Minister Lim Dae-ho in Seoul on Monday, a newspaper said. ${denial}`,
      );
    expect(after("No such meeting took place, the Korean ministry said.")).toEqual([]);
    expect(after("Lim's office denied that the two had met.")).toEqual([]);
    expect(after("The Korean ministry said reports that Sato met Lim were false.")).toEqual([]);
    expect(after("Lim's office denied that he had met with Foreign Minister Sato.")).toEqual([]);
    expect(after("Lim said he had never met Sato and denied the report.")).toEqual([]);
    expect(after("Both governments dismissed the story as invented.")).toEqual([]);
    expect(
      met(
        "Russian President Ivan Sokolov spoke by phone with Moldovan President Elena Rusu on Tuesday, two diplomats told Reuters. Rusu's office denied the report.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Russian President Ivan Sokolov spoke by phone with Moldovan President Elena Rusu on Tuesday, a newspaper said. Rusu's office denied that the two had spoken.",
      ),
    ).toEqual([]);
  });
});
