import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// "signed the document(s) with B": a signing together, whatever the papers are called.
describe("a signing of 'the documents' with someone", () => {
  it("meets those the document was signed with", () => {
    expect(
      met(
        "Irish Foreign Minister Simon Harris signed the document with Prime Minister Navin Ramgoolam and Foreign Minister Dhananjay Ramful at the Prime Minister's Office on Monday.",
      ),
    ).toEqual([
      "person:navin-ramgoolam -> person:dhananjay-ramful",
      "person:simon-harris -> person:dhananjay-ramful",
      "person:simon-harris -> person:navin-ramgoolam",
    ]);
  });

  it("meets the one named after 'with' past the place of the signing", () => {
    expect(
      met(
        "Irish Foreign Minister Simon Harris signed the documents at the finance ministry with the bank's vice-president, Ana Lobo.",
      ),
    ).toEqual(["person:simon-harris -> person:ana-lobo"]);
  });

  it("meets no one when the document is signed with a pen", () => {
    expect(
      met("Irish Foreign Minister Simon Harris signed the document with a gold pen on Monday."),
    ).toEqual([]);
  });

  it("meets no one at a signing still to come", () => {
    expect(
      met(
        "Irish Foreign Minister Simon Harris will sign the documents with Prime Minister Navin Ramgoolam next week.",
      ),
    ).toEqual([]);
  });
});

// "A and the Taliban's defence minister, Mullah B": a role someone's, set off by a comma before an
// honorific and the name, joins B to the list as the role alone would.
describe("a listed person whose role is set off before an honorific", () => {
  it("lists 'the Taliban's defence minister, Mullah B' with the one before", () => {
    expect(
      met(
        "The two delegations were to have been led again by Pakistan's Defence Minister Khawaja Asif and the Taliban's defence minister, Mullah Mohammad Yaqoob, who met in Doha in October.",
      ),
    ).toEqual(["person:khawaja-asif -> person:mohammad-yaqoob"]);
  });

  it("lists 'his finance minister, Dr B' with the one before", () => {
    expect(
      met(
        "Kenyan President William Ruto and his finance minister, Dr John Mbadi, met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.",
      ),
    ).toHaveLength(3);
  });

  it("reads one person's two offices as one person, not a list", () => {
    expect(
      met(
        "Egypt's intelligence chief, Hassan Rashad, held talks with Hamas's chief negotiator, Khalil Ibrahim, on Monday. The following evening, Qatar's prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, hosted U.S. envoy Steve Witkoff for dinner in Doha.",
      ),
    ).toEqual([
      "person:hassan-rashad -> person:khalil-ibrahim",
      "person:mohammed-bin-abdulrahman-al-thani -> person:steve-witkoff",
    ]);
  });

  it("gives nothing when the two so listed are only to lead delegations", () => {
    expect(
      met(
        "The two delegations will be led by Pakistan's Defence Minister Khawaja Asif and the Taliban's defence minister, Mullah Mohammad Yaqoob.",
      ),
    ).toEqual([]);
  });
});
