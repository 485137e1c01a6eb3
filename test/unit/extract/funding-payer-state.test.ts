import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// The state a payer is or belongs to is read one way everywhere (payerState): a state is its own,
// a national body is its state's. Its money does not go to its own state named as half of a
// two-state name, whichever dash joins the names ("Korea–Vietnam", "Korea—Vietnam",
// "Korea-Vietnam"); before, an em dash was not read as joining them. Our own sentences.
describe("FUNDS: a national payer's own state, and two-state names", () => {
  it("gives a national bank's money to no half of a name joined by an em dash", () => {
    // Without the em dash read as joining the names, the first gave the bank's money to KOR.
    expect(
      fundsOf(
        "The Export-Import Bank of Korea committed $40 million to the Korea—Vietnam Innovation Fund.",
      ),
    ).toEqual([]);
    expect(
      fundsOf(
        "The Export-Import Bank of Korea committed $40 million to Vietnam's Korea—Vietnam Innovation Fund.",
      ),
    ).toEqual(["org:export-import-bank-of-korea -> country:VNM 40000000 USD"]);
  });

  it("gives it to no half of a name joined by an en dash", () => {
    expect(
      fundsOf(
        "The Japan Bank for International Cooperation lent $300 million to Kenya's Japan–Kenya Power.",
      ),
    ).toEqual(["org:japan-bank-for-international-cooperation -> country:KEN 300000000 USD"]);
  });

  it("still gives a national bank's money to another state it is lent to", () => {
    expect(
      fundsOf("The Export-Import Bank of Korea lent $40 million to Vietnam for a metro line."),
    ).toEqual(["org:export-import-bank-of-korea -> country:VNM 40000000 USD"]);
  });

  it("keeps a two-state name that does not hold the payer's own state", () => {
    expect(
      fundsOf(
        "The Japan Bank for International Cooperation will lend $300 million to the Kenya–Uganda railway.",
      ),
    ).toEqual(["org:japan-bank-for-international-cooperation -> country:KEN 300000000 USD"]);
  });

  it("gives a state office's money as its state's", () => {
    expect(fundsOf("Britain's Foreign Office announced £25 million for Sudan on Friday.")).toEqual([
      "country:GBR -> country:SDN 25000000 GBP",
    ]);
  });
});
