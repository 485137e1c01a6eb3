import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The government has allocated 1.8 billion taka from its own budget…" after a donor's or a
// lender's sentence: the rules carried the donor or lender over as the payer, or gave the money to
// no one; a state's organ spending the currency of one state the article names is that state.
describe("FUNDS: an unnamed government spending its state's own currency", () => {
  it("gives the state, not the donor of the sentence before", () => {
    const facts = fundsOf(
      "Sri Lanka is still rebuilding after the floods. Britain announced $12 million in " +
        "emergency food aid for the flood victims in May. The government has allocated 9 billion " +
        "Sri Lankan rupees from its own budget to rebuild rural bridges.",
    );
    expect(facts).toContain("country:LKA -> issue:rebuild-rural-bridges 9000000000 LKR");
    expect(facts.join(" ")).not.toContain("country:GBR -> issue:rebuild-rural-bridges");
  });

  it("gives the state, not the lender whose loan the sentence before told of", () => {
    const facts = fundsOf(
      "Kenya's treasury secretary spoke in Nairobi. The news came a day after the African " +
        "Development Bank, which signed a $90 million loan on Monday to upgrade county hospitals. " +
        "The government has also earmarked 4 billion shillings in the 2027 budget to pay " +
        "community health workers.",
    );
    expect(facts.join(" ")).toContain("country:KEN -> issue:");
    expect(facts.join(" ")).not.toContain("org:african-development-bank -> issue:community");
  });

  it("reads a decree and a draft budget as the state's own organs", () => {
    expect(
      fundsOf(
        "Morocco faces a drought. At home, a government decree published on Friday released 2 " +
          "billion dirhams to subsidise animal feed for small farmers.",
      ).join(" "),
    ).toContain("country:MAR -> issue:");
    expect(
      fundsOf(
        "Hungary plans record defence spending. The draft budget approved on Tuesday sets aside " +
          "900 billion forints for the armed forces.",
      ),
    ).toContain("country:HUN -> issue:armed-forces 900000000000 HUF");
  });

  it("does not read dollars, which many states pay in, as the state's own", () => {
    const facts = fundsOf(
      "Sri Lanka is still rebuilding after the floods. Britain announced $12 million in " +
        "emergency food aid for the flood victims in May. The government has allocated $9 " +
        "million from its own budget to rebuild rural bridges.",
    );
    // The recipient model (retrained at the end of the round) gives the aid to the state of the
    // report, where the rules gave it to its purpose; either is right.
    expect(facts).toContain("country:GBR -> country:LKA 12000000 USD");
    expect(facts.join(" ")).not.toContain("country:LKA ->");
  });

  // "asked" alone already blocks the amount (NOT_GIVEN): a receiving verb leaves the amount read,
  // with the lender as its payer, not the state's organ, and the state as its recipient.
  it("does not make a government that receives the money its payer", () => {
    expect(
      fundsOf(
        "Nepal is short of cash. The government has received 20 billion Nepalese rupees from the " +
          "World Bank to rebuild schools.",
      ),
    ).toEqual(["org:world-bank -> country:NPL 20000000000 NPR"]);
  });
});

// "The Jordanian government will put in 250 million dinars of its own over five years, mostly for
// land acquisition…": "put in" was no verb of giving, the period hid the purpose, and the report's
// other state was made the recipient of the state's own money.
describe("FUNDS: a state putting in money of its own", () => {
  it("reads 'put in' and the purpose past the period", () => {
    expect(
      fundsOf(
        "Kuwait's fund signed a loan of 20 million Kuwaiti dinars for the dam. The Jordanian " +
          "government will put in 90 million dinars of its own over three years, mostly for " +
          "access roads, the minister said.",
      ),
    ).toContain("country:JOR -> issue:access-roads 90000000 JOD");
  });

  it("reads the purpose after 'of its own this year'", () => {
    expect(
      fundsOf(
        "Japan lent Vietnam 20 billion yen for the port. The Vietnamese government will put in " +
          "900 billion dong of its own this year, mainly for dredging.",
      ),
    ).toContain("country:VNM -> issue:dredging 900000000000 VND");
  });

  it("gives a state's own money to no other state of the report", () => {
    const facts = fundsOf(
      "Kuwait's fund signed a loan of 20 million Kuwaiti dinars for the dam. The Jordanian " +
        "government will put in 90 million dinars of its own over three years, mostly for " +
        "access roads and power lines, the minister said.",
    );
    expect(facts.join(" ")).not.toContain("country:JOR -> country:KWT");
  });

  it("does not read 'put in place' as money put in", () => {
    const facts = fundsOf(
      "Ghana's government has put in place a new 2 billion cedis ceiling on borrowing by " +
        "state firms.",
    );
    expect(facts).toEqual([]);
  });
});

describe("FUNDS: the tugrik as Mongolia writes it", () => {
  it("reads 'tögrög' as the Mongolian tugrik", () => {
    expect(
      fundsOf(
        "Mongolia's cabinet met on Monday. The government has earmarked 300 billion tögrög " +
          "from the state budget to connect ger districts to the grid.",
      ).join(" "),
    ).toContain("country:MNG -> issue:");
  });
});

// "from its own treasury", "from its own development budget": the purse read after the amount is
// one fragment for its purpose (OWN_FOR) and for the money being the payer's own (OWN_PURSE);
// before, OWN_FOR knew neither a treasury nor a word before the noun (review r1-s30, item 10).
describe("FUNDS: the purpose of money from a state's own purse", () => {
  it("reads the purpose after 'from its own treasury'", () => {
    expect(
      fundsOf(
        "Kuwait's fund signed a loan of 20 million Kuwaiti dinars for the dam. The Jordanian " +
          "government will put in 90 million dinars from its own treasury, mostly for access roads.",
      ),
    ).toContain("country:JOR -> issue:access-roads 90000000 JOD");
  });

  it("reads the purpose after 'from its own development budget'", () => {
    expect(
      fundsOf(
        "Japan lent Vietnam 20 billion yen for the port. The Vietnamese government will put in " +
          "900 billion dong from its own development budget, mainly for dredging.",
      ),
    ).toContain("country:VNM -> issue:dredging 900000000000 VND");
  });
});
