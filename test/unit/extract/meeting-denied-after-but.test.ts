import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// A meeting one side tells and the other denies is no meeting, whether the denial follows "but"
// in the same sentence or comes in the next one as "any such call".
describe("a meeting denied after 'but' or as 'any such call'", () => {
  it("drops a meeting whose sentence goes on 'but X denied any meeting took place'", () => {
    expect(
      met(
        "Officials said Thai Prime Minister Anutin Charnvirakul had met Cambodian Prime Minister Hun Manet on Friday, but Phnom Penh denied any meeting took place.",
      ),
    ).toEqual([]);
  });

  it("drops a call the next sentence says never happened: 'denied that any such call took place'", () => {
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul spoke by phone with Cambodian Prime Minister Hun Manet on Friday, Bangkok said. Cambodia denied that any such call took place.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul spoke by phone with Cambodian Prime Minister Hun Manet on Friday, Bangkok said. Phnom Penh denied any such call.",
      ),
    ).toEqual([]);
  });

  it("keeps a meeting whose 'but' denies something said of it, not the meeting", () => {
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet on Friday, but both sides denied that the talks had failed.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet"]);
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul spoke by phone with Cambodian Prime Minister Hun Manet on Friday, but the two denied any deal on the border.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet"]);
  });

  it("keeps a meeting whose 'but' denies talks on a topic, or a meeting with someone else", () => {
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet on Friday, but Hun Manet denied any talks about the border.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet"]);
    expect(
      met(
        "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet on Friday, but Phnom Penh denied any meeting with Malaysian Prime Minister Anwar Ibrahim took place.",
      ),
    ).toEqual(["person:anutin-charnvirakul -> person:hun-manet"]);
  });
});
