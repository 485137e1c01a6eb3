import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// Each case pins one general way news prose brings a third person to a meeting, or sorts the
// people of a meeting; the sentences are our own.
describe("meeting companions", () => {
  it("reads those 'accompanied by' or 'flanked by' as taking part, and the one they accompany as the subject", () => {
    expect(
      metOn(
        "President Ama Boateng, accompanied by Finance Minister Kofi Mensah, received Togolese President Faure Gnassingbé at Jubilee House on Tuesday.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:faure-gnassingbe 2026-03-10",
      "person:ama-boateng -- person:kofi-mensah 2026-03-10",
      "person:faure-gnassingbe -- person:kofi-mensah 2026-03-10",
    ]);
    expect(
      metOn(
        "Brazilian Foreign Minister Helena Prado sat down with Chilean President Tomás Ibáñez in Santiago on Monday, flanked by her deputy, Rui Couto.",
      ),
    ).toEqual([
      "person:helena-prado -- person:rui-couto 2026-03-09",
      "person:helena-prado -- person:tomas-ibanez 2026-03-09",
      "person:rui-couto -- person:tomas-ibanez 2026-03-09",
    ]);
  });

  it("reads no meeting into an accompanied act that is not one", () => {
    expect(
      metOn(
        "Finance Minister Kofi Mensah, accompanied by his deputy Ama Owusu, presented the budget to parliament on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("reads 'with C in attendance', 'in the room', 'present' as taking part, not one in the room next door", () => {
    expect(
      metOn(
        "President Ama Boateng received Liberian President Joseph Kollie on Monday, with Vice-President Esi Quaye in attendance.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:esi-quaye 2026-03-09",
      "person:ama-boateng -- person:joseph-kollie 2026-03-09",
      "person:esi-quaye -- person:joseph-kollie 2026-03-09",
    ]);
    expect(
      metOn(
        "Chancellor Dieter Vogt met President Anna Kowal in Warsaw on Monday, with Foreign Minister Jan Nowak in the room.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-09",
      "person:anna-kowal -- person:jan-nowak 2026-03-09",
      "person:dieter-vogt -- person:jan-nowak 2026-03-09",
    ]);
    expect(
      metOn(
        "Chancellor Dieter Vogt received President Anna Kowal on Monday, with Foreign Minister Jan Nowak in the room next door.",
      ),
    ).toEqual(["person:anna-kowal -- person:dieter-vogt 2026-03-09"]);
  });

  it("reads a meeting in 'after being received by'", () => {
    expect(
      metOn(
        "The bank's president, Hiro Sato, spoke to reporters on Tuesday after being received by Prime Minister Rina Das at her office.",
      ),
    ).toEqual(["person:hiro-sato -- person:rina-das 2026-03-10"]);
  });

  it("reads 'A and B each held talks with C' as A with C and B with C", () => {
    const pairs = metOn(
      "Kenyan envoy Amina Odhiambo and Ugandan envoy Peter Okello each held talks with Qatari Minister of State Khalid Al-Sada in Doha on Sunday.",
    );
    expect(pairs).toContain("person:amina-odhiambo -- person:khalid-al-sada 2026-03-08");
    expect(pairs).toContain("person:khalid-al-sada -- person:peter-okello 2026-03-08");
  });

  it("reads 'the two prime ministers' as the two just named, not when the sentence names its own pair before", () => {
    expect(
      metOn(
        "Prime Minister Erik Halvorsen and Prime Minister Anna Lind opened a bridge on Monday. The two prime ministers met for an hour afterwards, in a meeting Lind called frank.",
      ),
    ).toEqual(["person:anna-lind -- person:erik-halvorsen 2026-03-09"]);
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received Prime Minister Anna Lind on Monday. Earlier, President Olav Berg welcomed President Lars Holm at the airport, and the two presidents held talks.",
      ),
    ).toEqual([
      "person:anna-lind -- person:erik-halvorsen 2026-03-09",
      "person:lars-holm -- person:olav-berg 2026-03-09",
    ]);
  });

  it("reads 'called on B' as a visit when what follows a comma is about the visit, not an appeal", () => {
    expect(
      metOn(
        "Envoy Tariq Aziz called on Speaker Nabil Haddad at his residence on Monday, in a visit read as a sign that the kingdom is ready to return.",
      ),
    ).toEqual(["person:nabil-haddad -- person:tariq-aziz 2026-03-09"]);
    expect(
      metOn(
        "President Ama Boateng called on President Joseph Kollie, in a speech on Monday, to reopen the border.",
      ),
    ).toEqual([]);
  });

  it("reads 'A and B, who had met C' as both meeting C, and keeps C out of the main clause's meeting", () => {
    const pairs = metOn(
      "Prime Minister Erik Halvorsen met Chancellor Dieter Vogt in Berlin on Tuesday. Defence Minister Lars Holm and Foreign Minister Anna Lind, who had already met Foreign Minister Jan Nowak on Monday, joined the leaders for dinner.",
    );
    expect(pairs).toContain("person:anna-lind -- person:jan-nowak 2026-03-09");
    expect(pairs).toContain("person:jan-nowak -- person:lars-holm 2026-03-09");
    expect(pairs).toContain("person:anna-lind -- person:erik-halvorsen 2026-03-10");
    expect(pairs).toContain("person:erik-halvorsen -- person:lars-holm 2026-03-10");
    expect(pairs.filter((p) => p.includes("jan-nowak") && p.includes("2026-03-10"))).toEqual([]);
    expect(
      pairs.filter((p) => /erik-halvorsen|dieter-vogt/.test(p) && p.includes("2026-03-09")),
    ).toEqual([]);
  });

  it("reads talks held, whatever a participle set off after them says of another meeting", () => {
    expect(
      metOn(
        "The foreign ministers, Anna Lind and Jan Nowak, held talks in Gdansk on Tuesday, focusing on a summit with Germany that has been postponed twice.",
      ),
    ).toEqual(["person:anna-lind -- person:jan-nowak 2026-03-10"]);
    expect(
      metOn(
        "Talks between the foreign ministers, Anna Lind and Jan Nowak, that had been due on Tuesday have been postponed.",
      ),
    ).toEqual([]);
  });

  it("reads 'the following day' as a day, not a clause the subject stands outside", () => {
    expect(
      metOn(
        "President Joseph Kollie spoke on Monday. President Ama Boateng flew to Monrovia the following day and was received by President Joseph Kollie at the Executive Mansion.",
      ),
    ).toEqual(["person:ama-boateng -- person:joseph-kollie 2026-03-10"]);
  });

  it("reads the one 'under the auspices of' whom, or 'mediated by' whom, two sat down as taking part", () => {
    expect(
      metOn(
        "President Ama Boateng and President Joseph Kollie sat down together under the auspices of the King of Morocco, Mohammed Alami.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:joseph-kollie undated",
      "person:ama-boateng -- person:mohammed-alami undated",
      "person:joseph-kollie -- person:mohammed-alami undated",
    ]);
    // The auspices of a body are no person's.
    expect(
      metOn(
        "President Ama Boateng and President Joseph Kollie held talks in Accra on Monday under the auspices of the African Union.",
      ),
    ).toEqual(["person:ama-boateng -- person:joseph-kollie 2026-03-09"]);
  });

  it("reads a lowercase word and a place before a title as the object's", () => {
    expect(
      metOn(
        "Opposition leader Selim Kaya visited jailed Ankara mayor Murat Demir in prison on Monday.",
      ),
    ).toEqual(["person:murat-demir -- person:selim-kaya 2026-03-09"]);
  });
});

describe("meeting companions joined by kin or an office in lowercase", () => {
  it("reads 'joined by her husband, former president C' as taking part, and 'him' as the guest", () => {
    expect(
      metOn(
        "President Ana Banda received Peter Lund at the palace on Monday and in the evening hosted him for dinner at her residence, joined by her husband, former president Tomas Banda.",
      ),
    ).toEqual([
      "person:ana-banda -- person:peter-lund 2026-03-09",
      "person:ana-banda -- person:tomas-banda 2026-03-09",
      "person:peter-lund -- person:tomas-banda 2026-03-09",
    ]);
    // Joining in no meeting: a stance taken together is no meeting.
    expect(
      metOn(
        "Opposition leader Ana Banda criticised the budget on Monday, joined by her husband, former president Tomas Banda.",
      ),
    ).toEqual([]);
  });

  it("reads an aside 'A and B, joined by X's wife, C, …, toured' as all three touring", () => {
    expect(
      metOn(
        "Ana Banda and Peter Lund, joined by the prime minister's wife, Maria Lund, who sits in parliament, toured the flooded town by helicopter on Tuesday.",
      ),
    ).toEqual([
      "person:ana-banda -- person:maria-lund 2026-03-10",
      "person:ana-banda -- person:peter-lund 2026-03-10",
      "person:maria-lund -- person:peter-lund 2026-03-10",
    ]);
    // Joined by no one named: the two alone.
    expect(
      metOn(
        "Ana Banda and Peter Olsen, joined by dozens of aid workers, toured the flooded town by helicopter on Tuesday.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-olsen 2026-03-10"]);
  });

  it("reads 'him' after 'A received B … and thanked him' as B, the object before 'and'", () => {
    expect(
      metOn(
        "President Ana Banda received Peter Lund on Monday and thanked him for the loan. Foreign Minister Ivan Petrov was abroad.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-lund 2026-03-09"]);
    // A person named after a verb with no "and" before the pronoun keeps its own reading.
    expect(
      metOn(
        "President Ana Banda praised Peter Lund on Monday, who thanked her for the invitation.",
      ),
    ).toEqual([]);
  });
});
