import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

/** MET_WITH pairs with their dates, for an article published on Thursday 12 March 2026. */
const metOn = (body: string, publishedAt = "2026-03-12T10:00:00Z"): string[] =>
  extract(body, publishedAt)
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"] ?? "undated")}`)
    .sort();

// Each case pins one general way news prose says who met whom, and on which day.
describe("meeting recall", () => {
  it("reads a plural description before names in apposition as those names, not as people named earlier", () => {
    expect(
      metOn(
        "Labour leader Ian Frost and Green Party leader Maya Lee attacked the pension plan on Monday. Prime Minister Erik Halvorsen received the leaders of the two largest unions, Anna Berg of the LO and Tomas Lind of the TCO, at his office on Tuesday. Berg and Lind told reporters the talks were frank.",
      ),
    ).toEqual([
      "person:anna-berg -> person:tomas-lind 2026-03-10",
      "person:erik-halvorsen -> person:anna-berg 2026-03-10",
      "person:erik-halvorsen -> person:tomas-lind 2026-03-10",
    ]);
    // With no names after it, the description still stands for the two just named.
    expect(
      metOn(
        "Opposition leader Ruth Banda and Senate leader Peter Phiri criticised the budget on Monday. President Hakainde Mulenga received the two leaders on Wednesday.",
      ),
    ).toEqual([
      "person:hakainde-mulenga -> person:peter-phiri 2026-03-11",
      "person:hakainde-mulenga -> person:ruth-banda 2026-03-11",
      "person:peter-phiri -> person:ruth-banda 2026-03-11",
    ]);
  });

  it("reads '…, she said' as the one reporting, who a later 'she' goes on with, not someone named in the report", () => {
    expect(
      metOn(
        "Foreign Minister Lena Ortiz said her country would not pick sides. President Marco Ruiz is expected to visit Japan next spring, she said. On Monday she spoke by phone with Russian Foreign Minister Ivan Petrov.",
      ),
    ).toEqual(["person:lena-ortiz -> person:ivan-petrov 2026-03-09"]);
    expect(
      metOn(
        "Trade Minister Omar Khalil defended the deal on Wednesday. Commissioner Peter Lund had been difficult, he said. He added that he had met Lund in Brussels on Monday.",
      ),
    ).toEqual(["person:omar-khalil -> person:peter-lund 2026-03-09"]);
    // The one reporting takes no part in a meeting the report only expects.
    expect(
      metOn(
        "Defence Minister Grace Namara spoke in parliament on Tuesday. A first meeting between President Samuel Kiprono and President Joseph Okello could take place next month, she added, but nothing had been arranged.",
      ),
    ).toEqual([]);
    // "According to the readout, he told his counterpart that…": no report closes there.
    expect(
      metOn(
        "Kenyan President Daniel Mwangi called Ugandan President Joseph Okello on Monday. According to a readout, he told Okello that the border would reopen.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-09"]);
  });

  it("reads 'I', 'me' and 'we' in a quote as its speaker, and an interview's 'you' as the one interviewed", () => {
    expect(
      metOn(
        'Chilean Trade Minister Rosa Alvarez defended the agreement on Wednesday. "We did not give anything away," she said. "I sat down with Commissioner Peter Lund in Brussels on Monday and we went through every line."',
      ),
    ).toEqual(["person:rosa-alvarez -> person:peter-lund 2026-03-09"]);
    expect(
      metOn(
        '"President Samuel Kiprono called me on Sunday to ask whether we would send troops," Ugandan Defence Minister Grace Namara said.',
      ),
    ).toEqual(["person:samuel-kiprono -> person:grace-namara 2026-03-08"]);
    expect(
      metOn(
        "Economy Minister Nadia Haddad has run the ministry for two years. We spoke to her at her office on Wednesday.\n**You met Commissioner Peter Lund on Monday. How did it go?**\nIt went well.",
      ),
    ).toEqual(["person:nadia-haddad -> person:peter-lund 2026-03-09"]);
  });

  it("gives a quoted first person no meeting that is planned, denied or another speaker's", () => {
    expect(
      metOn(
        '"I will meet IMF chief Georgina Patel in Washington next week," Finance Minister Kwame Asante said.',
      ),
    ).toEqual([]);
    expect(
      metOn(
        '"I did not speak to Chancellor Anna Weber on Tuesday," Polish Prime Minister Piotr Nowak said.',
      ),
    ).toEqual([]);
    expect(
      metOn(
        'Polish Prime Minister Piotr Nowak met Chancellor Anna Weber on Tuesday. "I hope we can agree," said Lithuanian President Rasa Kairys, who was not at the talks.',
      ),
    ).toEqual(["person:piotr-nowak -> person:anna-weber 2026-03-10"]);
    // Outside quotes "we" and "us" are the newspaper.
    expect(
      metOn(
        "Finance Minister Kwame Asante met IMF chief Georgina Patel on Monday. An official told us that Asante and Governor Ama Owusu later held a meeting with the IMF team.",
      ),
    ).toEqual([
      "person:kwame-asante -> person:ama-owusu 2026-03-09",
      "person:kwame-asante -> person:georgina-patel 2026-03-09",
    ]);
  });

  it("gives people who spoke to an audience or at an occasion no meeting with each other", () => {
    expect(
      metOn(
        "Interior Minister Hana Novak and Justice Minister Pavel Kral spoke to reporters on Monday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Finance Minister Kwame Asante and Governor Ama Owusu spoke before parliament on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi and Ugandan President Joseph Okello spoke by phone on Monday.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-09"]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi and Ugandan President Joseph Okello spoke to reporters after their meeting on Monday.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-09"]);
  });

  it("has a go-between meet each side, named or told just before, but not the sides each other", () => {
    expect(
      metOn(
        "Turkish Foreign Minister Kemal Aydin mediated between Ukrainian envoy Oleh Marchenko and Russian envoy Igor Sokolov in Istanbul on Friday.",
      ),
    ).toEqual([
      "person:kemal-aydin -> person:igor-sokolov 2026-03-06",
      "person:kemal-aydin -> person:oleh-marchenko 2026-03-06",
    ]);
    expect(
      metOn(
        "Iranian Foreign Minister Reza Karimi and U.S. envoy Mark Dalton held indirect talks in Muscat on Sunday. Omani Foreign Minister Salim Al-Harthy shuttled between the two delegations, which sat in separate rooms.",
      ),
    ).toEqual([
      "person:reza-karimi -> person:mark-dalton 2026-03-08",
      "person:salim-al-harthy -> person:mark-dalton 2026-03-08",
      "person:salim-al-harthy -> person:reza-karimi 2026-03-08",
    ]);
    // An offer to mediate is no meeting; earlier talks "between the two sides" add no one.
    expect(
      metOn(
        "Turkish Foreign Minister Kemal Aydin offered to mediate between Ukrainian envoy Oleh Marchenko and Russian envoy Igor Sokolov.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Ukrainian envoy Oleh Marchenko met Russian envoy Igor Sokolov in Istanbul on Friday. Earlier rounds of talks between the two sides had been hosted by Turkey in 2024.",
      ),
    ).toEqual(["person:oleh-marchenko -> person:igor-sokolov 2026-03-06"]);
  });

  it("reads signing a partnership, compact or arrangement together as a meeting, but not a letter", () => {
    expect(
      metOn(
        "Commission President Ursula Brandt was in Amman on Wednesday, where she and King Hassan signed the partnership.",
      ),
    ).toEqual(["person:ursula-brandt -> person:hassan 2026-03-11"]);
    expect(
      metOn(
        "The compact was signed in Apia on Tuesday by Australian Foreign Minister Claire Dunn and Samoan Prime Minister Tui Fale.",
      ),
    ).toEqual(["person:claire-dunn -> person:tui-fale 2026-03-10"]);
    expect(
      metOn(
        "Commission President Ursula Brandt and King Hassan signed a letter calling for a ceasefire on Wednesday.",
      ),
    ).toEqual([]);
  });

  it("dates a meeting on 'the second day' of a visit from the day the visit began", () => {
    expect(
      metOn(
        "Japanese Prime Minister Kenji Sato began a three-day visit to Manila on Monday. On the second day he held talks with President Ramon Cruz.",
      ),
    ).toEqual(["person:kenji-sato -> person:ramon-cruz 2026-03-10"]);
    expect(
      metOn(
        "Indian Prime Minister Arjun Mehta arrived in Tokyo on Monday for a four-day visit. On its third day, Mehta held talks with Japanese Prime Minister Hiro Tanaka.",
      ),
    ).toEqual(["person:arjun-mehta -> person:hiro-tanaka 2026-03-11"]);
    // A day of its own, stated before in the sentence, wins.
    expect(
      metOn(
        "Chinese President Li Wei told Pakistani Prime Minister Imran Qureshi on Wednesday that security must improve, as the two leaders met in Beijing on the fourth day of Qureshi's visit.",
      ),
    ).toEqual(["person:li-wei -> person:imran-qureshi 2026-03-11"]);
  });

  it("keeps the story's day past a statement dated on another day", () => {
    expect(
      metOn(
        "Kenya summoned the Ugandan high commissioner on Wednesday over the border closure. The Ugandan government announced on Tuesday that it was closing the crossing at Busia. High Commissioner Grace Namara was received at the ministry by Foreign Minister Ruth Achieng.",
      ),
    ).toEqual(["person:grace-namara -> person:ruth-achieng 2026-03-11"]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi arrived in Kampala on Wednesday. Ugandan officials wrote on Tuesday that the visit would focus on oil. Mwangi held talks with President Joseph Okello at State House.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-11"]);
  });

  it("reads a verb after 'but' as its clause's subject's, outside a negation before 'but'", () => {
    expect(
      metOn(
        "The army commander, General Paul Okot, was not at the meetings on Tuesday but spoke with Qatari minister Khalid Al-Marri by phone in the evening.",
      ),
    ).toEqual(["person:paul-okot -> person:khalid-al-marri 2026-03-10"]);
    expect(
      metOn(
        "Defence Minister Grace Namara skipped the summit on Monday but met Kenyan President Daniel Mwangi separately.",
      ),
    ).toEqual(["person:grace-namara -> person:daniel-mwangi 2026-03-09"]);
    expect(
      metOn(
        "Defence Minister Grace Namara did not meet Kenyan President Daniel Mwangi but spoke to his aides on Monday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Finance Minister Kwame Asante will not travel to Washington but will call IMF chief Georgina Patel next week.",
      ),
    ).toEqual([]);
  });

  it("has the agent of a fronted passive participle meet the main clause's subject", () => {
    expect(
      metOn(
        "Received by Prime Minister Luis Ortega at the Moncloa on Monday, Colombian President Sofia Mejia pressed for a visa waiver.",
      ),
    ).toEqual(["person:sofia-mejia -> person:luis-ortega 2026-03-09"]);
    expect(
      metOn(
        "Having been received by King Felipe VI on Tuesday, Chilean Foreign Minister Ana Reyes flew on to Lisbon.",
      ),
    ).toEqual(["person:ana-reyes -> person:felipe-vi 2026-03-10"]);
    expect(
      metOn(
        "Received by thousands of supporters at the airport on Monday, opposition leader Raila Otieno said he would run again.",
      ),
    ).toEqual([]);
  });

  it("reads a fronted meeting as held whatever its main clause reports, and 'in front of' as presence", () => {
    expect(
      metOn(
        "After talks with Ugandan President Joseph Okello on Tuesday, Kenyan President Daniel Mwangi said the border would reopen within a week.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-10"]);
    expect(
      metOn(
        "After talks on Tuesday with Ugandan President Joseph Okello, Kenyan President Daniel Mwangi said the border would reopen.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-10"]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi said talks with Ugandan President Joseph Okello would take place after the election.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Azerbaijani President Ilkin Aliyev and Armenian Prime Minister Davit Sargsyan shook hands in front of President Thomas Grant at the White House on Friday.",
      ),
    ).toEqual([
      "person:davit-sargsyan -> person:thomas-grant 2026-03-06",
      "person:ilkin-aliyev -> person:davit-sargsyan 2026-03-06",
      "person:ilkin-aliyev -> person:thomas-grant 2026-03-06",
    ]);
  });

  it("dates a meeting told in a relative clause on an occasion by that occasion's day", () => {
    expect(
      metOn(
        "It was their first contact since the Friday summit, at which Azerbaijani President Ilkin Aliyev and Armenian Prime Minister Davit Sargsyan signed a declaration in front of President Thomas Grant.",
      ),
    ).toEqual([
      "person:davit-sargsyan -> person:thomas-grant 2026-03-06",
      "person:ilkin-aliyev -> person:davit-sargsyan 2026-03-06",
      "person:ilkin-aliyev -> person:thomas-grant 2026-03-06",
    ]);
  });

  it("reads a fronted phrase's person named by a role in apposition", () => {
    expect(
      metOn(
        "During talks on Monday with the IMF's mission chief, Georgina Patel, Finance Minister Kwame Asante asked for more time.",
      ),
    ).toEqual(["person:kwame-asante -> person:georgina-patel 2026-03-09"]);
    expect(
      metOn(
        "After talks with the IMF, Finance Minister Kwame Asante, who flew in on Monday, said nothing.",
      ),
    ).toEqual([]);
  });

  it("has the one who hosts, chairs or mediates a meeting told by a participle take part in it", () => {
    expect(
      metOn(
        "Thai Prime Minister Somchai Rattana and Cambodian Prime Minister Sok Vanna agreed to a ceasefire at talks hosted by Malaysian Prime Minister Aziz Rahman in Putrajaya on Monday.",
      ),
    ).toEqual([
      "person:sok-vanna -> person:aziz-rahman 2026-03-09",
      "person:somchai-rattana -> person:aziz-rahman 2026-03-09",
      "person:somchai-rattana -> person:sok-vanna 2026-03-09",
    ]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi met Ugandan President Joseph Okello on Tuesday to discuss a plan brokered by Rwandan President Paul Kamanzi last year.",
      ),
    ).toEqual(["person:daniel-mwangi -> person:joseph-okello 2026-03-10"]);
  });

  it("does not date a meeting by the day of the report closing its sentence", () => {
    expect(
      metOn(
        "09:20 — Kenyan President Daniel Mwangi spoke by phone on Thursday evening with Ugandan President Joseph Okello and, in a separate call, with Tanzanian President Amina Juma, his office said this morning.",
        "2026-03-13T09:30:00Z",
      ),
    ).toEqual([
      "person:daniel-mwangi -> person:amina-juma 2026-03-12",
      "person:daniel-mwangi -> person:joseph-okello 2026-03-12",
    ]);
    expect(
      metOn(
        "Kenyan President Daniel Mwangi met Ugandan President Joseph Okello on Thursday and Tanzanian President Amina Juma on Friday, his office said.",
        "2026-03-13T09:30:00Z",
      ),
    ).toEqual([
      "person:daniel-mwangi -> person:amina-juma 2026-03-13",
      "person:daniel-mwangi -> person:joseph-okello 2026-03-12",
    ]);
  });

  it("gives one sworn in, elected or appointed to an office the role a later 'the new president' or 'the minister' means", () => {
    expect(
      metOn(
        "Carlos Mendoza was sworn in as Peru's president on Sunday. The new president held separate meetings on Monday with Gabriel Ortiz and with Lucia Herrera.",
      ),
    ).toEqual([
      "person:carlos-mendoza -> person:gabriel-ortiz 2026-03-09",
      "person:carlos-mendoza -> person:lucia-herrera 2026-03-09",
    ]);
    expect(
      metOn(
        "Lena Vogt was appointed foreign minister in January. The minister met Adam Nowak in Warsaw on Tuesday.",
      ),
    ).toEqual(["person:lena-vogt -> person:adam-nowak 2026-03-10"]);
    // A name no list knows is a person when it takes an office.
    expect(
      metOn(
        "Mele Fifita took office as prime minister last week. On Friday the prime minister received Fijian Prime Minister Ratu Kaba.",
      ),
    ).toEqual(["person:mele-fifita -> person:ratu-kaba 2026-03-06"]);
    expect(
      metOn(
        "Sione Tupou was elected prime minister on Monday. The prime minister spoke by phone with Australian Prime Minister Mark Ellis on Wednesday.",
      ),
    ).toEqual(["person:sione-tupou -> person:mark-ellis 2026-03-11"]);
  });

  it("reads a person's summons of a named envoy as a meeting, not a ministry's or one to come", () => {
    expect(
      metOn(
        "Foreign Minister Karim Haddad summoned the EU envoy, Marco Bellini, to the ministry on Tuesday and handed him a formal protest.",
      ),
    ).toEqual(["person:karim-haddad -> person:marco-bellini 2026-03-10"]);
    expect(
      metOn(
        "The EU ambassador, Marco Bellini, was summoned on Tuesday by Foreign Minister Karim Haddad.",
      ),
    ).toEqual(["person:marco-bellini -> person:karim-haddad 2026-03-10"]);
    expect(
      metOn(
        "Foreign Minister Karim Haddad condemned the strike. The ministry summoned Russian Ambassador Ivan Sokolov on Monday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Foreign Minister Karim Haddad said the ministry would summon Russian Ambassador Ivan Sokolov.",
      ),
    ).toEqual([]);
  });

  it("reads 'joined a video call with B' as a call, also after an aside on the one met before", () => {
    expect(
      metOn(
        "Trade Minister Lina Haddad joined a video call with IMF official Kofi Mensah on Monday.",
      ),
    ).toEqual(["person:lina-haddad -> person:kofi-mensah 2026-03-09"]);
    expect(
      metOn(
        "Trade Minister Lina Haddad held talks on Monday with the bank's president, Paul Martin, who flew in for the signing, and later joined a video call with IMF official Kofi Mensah.",
      ),
    ).toEqual([
      "person:lina-haddad -> person:kofi-mensah 2026-03-09",
      "person:lina-haddad -> person:paul-martin 2026-03-09",
    ]);
  });

  it("gives a fronted 'Having met B' or 'Two days after meeting B' the main clause's subject", () => {
    expect(
      metOn("Having met Prime Minister Rui Lopes on Monday, President Ana Costa flew to Madrid."),
    ).toEqual(["person:ana-costa -> person:rui-lopes 2026-03-09"]);
    expect(
      metOn(
        "Shortly after meeting Prime Minister Rui Lopes on Monday, President Ana Costa flew to Madrid.",
      ),
    ).toEqual(["person:ana-costa -> person:rui-lopes 2026-03-09"]);
    expect(
      metOn(
        "A day after meeting Prime Minister Rui Lopes in Lisbon, President Ana Costa said the talks had gone well.",
      ),
    ).toEqual(["person:ana-costa -> person:rui-lopes undated"]);
    // A description in apposition before the name met: the subject is after the name's comma.
    expect(
      metOn(
        "Foreign Minister Ana Costa arrived in Ankara on Monday. After meeting her Turkish counterpart, Hakan Demir, Costa said the talks were useful.",
      ),
    ).toEqual(["person:ana-costa -> person:hakan-demir 2026-03-09"]);
    // "Having met resistance from B" meets no one.
    expect(
      metOn(
        "Having met resistance from Prime Minister Rui Lopes, President Ana Costa dropped the plan.",
      ),
    ).toEqual([]);
  });
});
