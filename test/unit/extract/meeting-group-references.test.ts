import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH facts with their days, for an article published on Thursday 13 March 2025. */
const metOn = (body: string): string[] => meetingsOn(body, "2025-03-13T10:00:00Z");

const withWord = (facts: readonly string[], key: string): string[] =>
  facts.filter((f) => f.includes(key));

// Sentences of our own: groups of people a later sentence, or a list after a group, names.
describe("guests counted or owned", () => {
  it("reads 'the two visiting ministers' as the two guests hosted before", () => {
    const facts = metOn(
      "Ghana's Foreign Minister Kofi Asante hosted Togo's Ama Dogbe and Benin's Luc Hounkpe in Accra on Tuesday. President Yaw Mensah received the two visiting ministers at Jubilee House on Wednesday.",
    );
    expect(withWord(facts, "yaw-mensah")).toEqual([
      "person:ama-dogbe -- person:yaw-mensah 2025-03-12",
      "person:luc-hounkpe -- person:yaw-mensah 2025-03-12",
    ]);
  });

  it("reads 'the three visiting ministers' as those the last meeting's host met", () => {
    const facts = metOn(
      "Polish Foreign Minister Adam Nowak met the foreign ministers of the Baltic states on Wednesday - Jaan Tamm of Estonia, Ilze Berzina of Latvia and Rimas Kazlas of Lithuania. Earlier the three visiting ministers were received by President Piotr Lis.",
    );
    expect(withWord(facts, "piotr-lis")).toEqual([
      "person:ilze-berzina -- person:piotr-lis 2025-03-12",
      "person:jaan-tamm -- person:piotr-lis 2025-03-12",
      "person:piotr-lis -- person:rimas-kazlas 2025-03-12",
    ]);
  });

  it("does not read 'the three visiting ministers' where the last meeting met two", () => {
    const facts = metOn(
      "Polish Foreign Minister Adam Nowak met Estonia's Jaan Tamm and Latvia's Ilze Berzina on Wednesday. Earlier the three visiting ministers were received by President Piotr Lis.",
    );
    expect(withWord(facts, "piotr-lis")).toEqual([]);
  });

  it("reads 'received his guest' as the one who came for talks, with who came along", () => {
    const facts = metOn(
      "Haitian Prime Minister Jean Baptiste travelled to Santo Domingo on Tuesday for talks with Dominican President Luis Medina. Medina, accompanied by Foreign Minister Rosa Pena, received his guest at the National Palace.",
    );
    expect(facts).toContain("person:jean-baptiste -- person:rosa-pena 2025-03-11");
    expect(facts).toContain("person:luis-medina -- person:rosa-pena 2025-03-11");
  });
});

describe("guests told as 'the visitors'", () => {
  const TALKS =
    "Chilean President Ana Rojas held talks on Tuesday with the trade ministers of three Andean states, Pablo Quispe of Peru, Marta Salas of Bolivia and Diego Leon of Ecuador.";

  it("reads an uncounted 'the visitors' as all those the last meeting's host met", () => {
    const facts = metOn(`${TALKS} Later the visitors were received by Senate leader Tomas Vidal.`);
    expect(withWord(facts, "tomas-vidal")).toEqual([
      "person:diego-leon -- person:tomas-vidal 2025-03-11",
      "person:marta-salas -- person:tomas-vidal 2025-03-11",
      "person:pablo-quispe -- person:tomas-vidal 2025-03-11",
    ]);
  });

  it("reads 'the two visitors' in the plural, received by a host", () => {
    const facts = metOn(
      "Kenyan President Amos Kiprono held talks on Monday with Tanzania's Grace Mushi and Uganda's Peter Okello. The two visitors were then received by Prime Minister Ruth Wanjiru.",
    );
    expect(withWord(facts, "ruth-wanjiru")).toEqual([
      "person:grace-mushi -- person:ruth-wanjiru 2025-03-10",
      "person:peter-okello -- person:ruth-wanjiru 2025-03-10",
    ]);
  });

  it("keeps the guests a relative clause names after 'the visitors'", () => {
    const facts = metOn(
      `${TALKS} Afterwards the visitors were received by Senate leader Tomas Vidal, who briefed Quispe, Salas and Leon on a port plan.`,
    );
    expect(withWord(facts, "tomas-vidal")).toHaveLength(3);
  });

  it("does not read 'the visitors' where the last meeting met one person", () => {
    const facts = metOn(
      "Chilean President Ana Rojas held talks on Tuesday with Peru's Pablo Quispe. Later the visitors were received by Senate leader Tomas Vidal.",
    );
    expect(withWord(facts, "tomas-vidal")).toEqual([]);
  });

  it("does not read a possessive 'the visitors'' as a meeting", () => {
    const facts = metOn(
      `${TALKS} The visitors' flight home was delayed, Senate leader Tomas Vidal said.`,
    );
    expect(withWord(facts, "tomas-vidal")).toEqual([]);
  });
});

describe("people who join a meeting told before", () => {
  it("joins an appositive name to the meeting past 'also' ('X's spy chief, B, also took part')", () => {
    const facts = metOn(
      "A Hamas delegation including Musa Abu Marzouk was received by Egyptian intelligence chief Omar Fathy in Cairo on Monday. Turkey's intelligence chief, Ilker Demir, also took part in the meeting, officials said.",
    );
    expect(withWord(facts, "ilker-demir")).toEqual([
      "person:ilker-demir -- person:musa-abu-marzouk 2025-03-10",
      "person:ilker-demir -- person:omar-fathy 2025-03-10",
    ]);
  });

  it("joins one who 'sat in on the opening session'", () => {
    const facts = metOn(
      "Armenia's Aram Petrosyan and Azerbaijan's Elnur Aliyev met on Tuesday in Abu Dhabi. Their host, the Emirati foreign minister, Sheikh Khalid bin Saeed, sat in on the opening session before leaving the two delegations to work.",
    );
    expect(withWord(facts, "khalid-bin-saeed")).toEqual([
      "person:aram-petrosyan -- person:khalid-bin-saeed 2025-03-11",
      "person:elnur-aliyev -- person:khalid-bin-saeed 2025-03-11",
    ]);
  });
});

describe("the people a group met is made of", () => {
  it("reads a group 'that included' names after lowercase titles", () => {
    expect(
      metOn(
        "On Wednesday, President Budi Santoso received a delegation of investors at the palace that included Temasek chairman Lim Wei Ming and Hyundai executive chair Park Ji-hoon.",
      ),
    ).toEqual([
      "person:budi-santoso -- person:lim-wei-ming 2025-03-12",
      "person:budi-santoso -- person:park-ji-hoon 2025-03-12",
      "person:lim-wei-ming -- person:park-ji-hoon 2025-03-12",
    ]);
  });

  it("reads a list whose names each have a role in apposition", () => {
    expect(
      metOn(
        "On Wednesday Foreign Minister Sipho Dlamini received a Botswana delegation including Kabo Seretse, the minister for trade, and Neo Molefe, the energy minister.",
      ),
    ).toEqual([
      "person:kabo-seretse -- person:neo-molefe 2025-03-12",
      "person:kabo-seretse -- person:sipho-dlamini 2025-03-12",
      "person:neo-molefe -- person:sipho-dlamini 2025-03-12",
    ]);
  });
});

describe("lists and joiners inside one sentence", () => {
  it("reads a delegation 'led by A and including B' as the subject", () => {
    expect(
      metOn(
        "A Hamas delegation led by Musa Abu Marzouk and including Husam Badran was received by Egyptian intelligence chief Omar Fathy in Cairo on Monday.",
      ),
    ).toEqual([
      "person:husam-badran -- person:musa-abu-marzouk 2025-03-10",
      "person:husam-badran -- person:omar-fathy 2025-03-10",
      "person:musa-abu-marzouk -- person:omar-fathy 2025-03-10",
    ]);
  });

  it("adds one who joined 'during which' the talks, and one 'later joined … by' the subject", () => {
    expect(
      metOn(
        "Kazakh President Nurlan Abenov and Uzbek President Aziz Karimov held talks in Tashkent on Tuesday, during which Kyrgyz President Bakyt Osmonov joined them by video link.",
      ),
    ).toEqual([
      "person:aziz-karimov -- person:bakyt-osmonov 2025-03-11",
      "person:aziz-karimov -- person:nurlan-abenov 2025-03-11",
      "person:bakyt-osmonov -- person:nurlan-abenov 2025-03-11",
    ]);
    expect(
      metOn(
        "EU Commissioner Anna Kovac met Serbian President Milos Petrovic for two hours on Tuesday and was later joined at a working lunch by Prime Minister Goran Ilic.",
      ),
    ).toContain("person:goran-ilic -- person:milos-petrovic 2025-03-11");
  });

  it("meets each of 'with A and with B', and neither of 'first by A, then by B' the other", () => {
    expect(
      metOn(
        "On Tuesday Chinese President Li Wei sat down with Uzbek President Aziz Karimov and with Kyrgyz President Bakyt Osmonov.",
      ),
    ).toEqual([
      "person:aziz-karimov -- person:li-wei 2025-03-11",
      "person:bakyt-osmonov -- person:li-wei 2025-03-11",
    ]);
    expect(
      metOn(
        "Austrian Foreign Minister Eva Gruber arrived in Beirut on Wednesday. She was received first by President Karim Haddad at the palace, then by Prime Minister Nabil Khoury at the Grand Serail.",
      ),
    ).toEqual([
      "person:eva-gruber -- person:karim-haddad 2025-03-12",
      "person:eva-gruber -- person:nabil-khoury 2025-03-12",
    ]);
  });

  it("reads joint signings past a role set off, a day before the document, or an annex", () => {
    expect(
      metOn(
        "Defence Secretary Tom Archer and his Polish counterpart, Deputy Prime Minister Jan Wojcik, signed an agreement to build missiles on Thursday.",
      ),
    ).toEqual(["person:jan-wojcik -- person:tom-archer 2025-03-13"]);
    expect(
      metOn(
        "In Amman, Jordan's planning minister, Rania Haddad, and the director-general of the Kuwait Fund for Arab Economic Development, Fahad Al-Sabah, signed on Sunday a loan of 25 million dinars.",
      ),
    ).toEqual(["person:fahad-al-sabah -- person:rania-haddad 2025-03-09"]);
    expect(
      metOn(
        "Brazilian President Carlos Souza and his Paraguayan counterpart, Luis Benitez, met on Wednesday. The two presidents, accompanied by their foreign ministers, Ana Ferreira and Pedro Gaona, signed a revised annex on Wednesday.",
      ),
    ).toContain("person:ana-ferreira -- person:luis-benitez 2025-03-12");
  });
});

describe("meetings denied or dropped", () => {
  it("holds no meeting 'dropped', 'then postponed', or one there are 'no plans' for", () => {
    expect(
      metOn(
        "A meeting between Minister Kenji Sato and opposition leader Arjun Rao that had been pencilled in for Tuesday evening was dropped, his office said.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "A summit between President Mark Hale and President Ivan Sokol, first announced for October and then postponed, remains without a date.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        'Spokesman Pavel Orlov said there were "no plans at this stage" for President Ivan Sokol to meet President Taras Melnyk.',
      ),
    ).toEqual([]);
  });

  it("reads 'the two leaders' restating the two just named, not two named before", () => {
    const facts = metOn(
      "Armenia's Aram Petrosyan and Azerbaijan's Elnur Aliyev met on Tuesday. The meeting followed a telephone conversation on Sunday between Prime Minister Levon Sargsyan and President Ilham Guliyev, the first call between the two leaders this year.",
    );
    expect(withWord(facts, "2025-03-09")).toEqual([
      "person:ilham-guliyev -- person:levon-sargsyan 2025-03-09",
    ]);
  });

  it("does not read 'both leaders' of a clause of its own as the two just named", () => {
    const facts = metOn(
      "Somali President Omar Farah and Ethiopian Prime Minister Dawit Bekele met on Wednesday. Bekele spoke by telephone with Turkish President Kemal Aydin on Monday to brief him, his office said, and Ankara is expected to host a further round with both leaders in the spring.",
    );
    expect(facts).toEqual([
      "person:dawit-bekele -- person:kemal-aydin 2025-03-10",
      "person:dawit-bekele -- person:omar-farah 2025-03-12",
    ]);
  });

  it("reads no one of unknown state as 'the prime ministers of' two states", () => {
    const facts = metOn(
      "President Adam Nowak criticised the loan. Later on Monday, Prime Minister Piotr Lis held a video call with Danish Prime Minister Anna Holm and the prime ministers of Lithuania and Latvia.",
    );
    expect(facts).toEqual(["person:anna-holm -- person:piotr-lis 2025-03-10"]);
  });
});

describe("a group met, named later or again", () => {
  it("adds 'One of them, A' and 'Another leader, B' to a meeting a group of people held", () => {
    expect(
      metOn(
        "Opposition leaders met President William Ruto on Tuesday. One of them, Kalonzo Musyoka, said the talks were frank. Another leader, Martha Karua, said the economy came first.",
      ),
    ).toEqual([
      "person:kalonzo-musyoka -- person:martha-karua 2025-03-11",
      "person:kalonzo-musyoka -- person:william-ruto 2025-03-11",
      "person:martha-karua -- person:william-ruto 2025-03-11",
    ]);
  });

  it("reads 'The delegation, which also included A and B, was received by C' as C's meeting told before", () => {
    expect(
      metOn(
        "Prime Minister Ravi Sharma received an Australian delegation led by Foreign Minister Helen Ward in New Delhi on Thursday. The delegation, which also included Trade Minister Tom Reid and Resources Minister Jane Cole, was received by Sharma a day after Ward held talks with Foreign Minister Arun Das.",
      ).filter((f) => !f.includes("arun-das")),
    ).toEqual([
      "person:helen-ward -- person:jane-cole 2025-03-13",
      "person:helen-ward -- person:ravi-sharma 2025-03-13",
      "person:helen-ward -- person:tom-reid 2025-03-13",
      "person:jane-cole -- person:ravi-sharma 2025-03-13",
      "person:jane-cole -- person:tom-reid 2025-03-13",
      "person:ravi-sharma -- person:tom-reid 2025-03-13",
    ]);
  });

  it("reads those who 'have just come out of' or 'wrapped up their first face-to-face meeting'", () => {
    expect(
      metOn(
        "13:20 — Albanian Prime Minister Arben Hoxha and Kosovo's Prime Minister Driton Berisha have just come out of a 40-minute bilateral on the sidelines.",
      ),
    ).toEqual(["person:arben-hoxha -- person:driton-berisha 2025-03-13"]);
    expect(
      metOn(
        "09:10 — U.S. Secretary of State Mark Hale and Chinese Foreign Minister Li Wei have just wrapped up their first face-to-face meeting.",
      ),
    ).toEqual(["person:li-wei -- person:mark-hale 2025-03-13"]);
  });
});
