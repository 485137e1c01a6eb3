import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Kenya would add Sh9.6bn from its own budget to compensate families": a state's own money spent
// at home goes to what it is for; before, the rules gave it back to the state and it was dropped.
describe("FUNDS: a state's own money the rules gave back to the state", () => {
  it("reads the purpose stated after the purse", () => {
    expect(
      fundsOf(
        "Ghana signed a loan with the Kuwait Fund on Monday. The minister said the loan was " +
          "cheap, and that Ghana would add 3 billion cedis from its own capital budget to " +
          "resettle farmers whose plots lie in the reservoir area.",
      ),
    ).toContain("country:GHA -> issue:resettling-of-farmers-whose-plots-lie 3000000000 GHS");
  });

  it("passes over a purse of its own and a budget year before the purpose", () => {
    expect(
      fundsOf(
        "The World Bank approved a grant for Malawi on Tuesday. The finance minister said the " +
          "government would also put 40 billion kwacha of its own into the school meals " +
          "programme this fiscal year.",
      ),
    ).toContain("country:MWI -> issue:school-meals-programme 40000000000 MWK");
  });

  it("reads what a state's organ spends its money on", () => {
    expect(
      fundsOf(
        "The Asian Development Bank lent Nepal $200 million for hydropower. The Nepali " +
          "government, for its part, will spend 9 billion rupees on a substation near Pokhara.",
      ),
    ).toContain("country:NPL -> issue:substation-near-pokhara 9000000000 NPR");
  });

  it("gives a share with no purpose of its own to the purpose the report opened on", () => {
    expect(
      fundsOf(
        "Japan will lend Laos 20 billion yen to rebuild the water network of its capital. The " +
          "Lao government will contribute 300 billion kip from its own budget, officials said.",
      ),
    ).toContain("country:LAO -> issue:rebuild-the-water-network-of-its-capital 300000000000 LAK");
  });

  it("gives nothing when the report's first amount named no purpose", () => {
    const facts = fundsOf(
      "The World Bank approved $300 million for Zambia on Monday. The African Development Bank " +
        "pledged $50 million for grain silos. The Zambian government will contribute 900 " +
        "million kwacha from its own budget.",
    );
    expect(facts.join(" ")).not.toContain("country:ZMB ->");
  });

  it("gives nothing for money a state borrows or pays on its debt", () => {
    const facts = fundsOf(
      "The IMF approved a loan for Senegal. Senegal also raised 200 billion CFA francs from " +
        "investors on the regional bond market. The government will spend 90 billion CFA " +
        "francs on interest this year.",
    );
    expect(facts.join(" ")).not.toContain("country:SEN ->");
  });

  it("gives nothing when the state only qualifies another subject", () => {
    expect(
      fundsOf(
        "The Kuwait Fund will lend Benin 10 million dinars to pave rural roads. The Beninese " +
          "agreement, signed in Cotonou on Monday, provides 4 billion CFA francs.",
      ),
    ).toEqual(["org:kuwait-fund -> country:BEN 10000000 KWD"]);
  });
});

// "Norway will spend 7 billion kroner on air defence systems for Ukraine": what money is spent on
// says where it goes; before, the rules found no recipient or one from an earlier sentence.
describe("FUNDS: money spent on something", () => {
  it("gives the money to the state the things bought are for", () => {
    expect(
      fundsOf(
        "Finland will spend 900 million euros this year on artillery shells for Ukraine, the " +
          "defence minister said.",
      ),
    ).toEqual(["country:FIN -> country:UKR 900000000 EUR"]);
  });

  it("reads the whole phrase after a conversion as what the money is for", () => {
    expect(
      fundsOf(
        "Serbia's finance minister said the government would spend 5 billion dinars (about €42 " +
          "million) on bonuses for nurses and new clinics, a move aimed at the unions.",
      ),
    ).toEqual(["country:SRB -> issue:bonuses-for-nurses-and-new-clinics 5000000000 RSD"]);
  });

  it("reads a programme named after 'on' over a party of an earlier sentence", () => {
    const facts = fundsOf(
      "NATO allies met in Brussels. Latvia said it would spend an extra 300 million euros this " +
        "year on Baltic Wall, the programme of bunkers along the border.",
    );
    expect(facts).toEqual(["country:LVA -> issue:baltic-wall 300000000 EUR"]);
  });

  it("gives nothing for interest paid on debt", () => {
    expect(
      fundsOf(
        "Egypt's debt keeps rising. The government will spend 1.8 trillion pounds on interest " +
          "payments this fiscal year.",
      ),
    ).toEqual([]);
  });

  it("leaves an amount spent with no 'on' to the other rules", () => {
    expect(
      fundsOf("Estonia will spend 40 million euros to train Ukrainian drone operators."),
    ).toEqual([]);
  });
});
