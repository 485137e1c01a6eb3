import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH facts with their days, for an article published on Thursday 13 March 2025. */
const metOn = (body: string): string[] => meetingsOn(body, "2025-03-13T10:00:00Z");

// Sentences of our own: who joins a meeting told before, and signings with no document named.
describe("people who join a meeting told before", () => {
  it("joins 'the talks' to the talks told, not to a call told after them", () => {
    const facts = metOn(
      "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Nairobi on Tuesday. Ruto also spoke by phone with Ethiopian Prime Minister Abiy Ahmed on Monday about the dam. Kenya's Energy Minister Opiyo Wandayi, who sat in on the talks, said the pipeline would be finished next year.",
    );
    expect(facts).toContain("person:opiyo-wandayi -- person:yoweri-museveni 2025-03-11");
    expect(facts).toContain("person:opiyo-wandayi -- person:william-ruto 2025-03-11");
    expect(facts.some((f) => f.includes("abiy-ahmed -- person:opiyo-wandayi"))).toBe(false);
  });

  it("adds 'C, who also attended,' to the meeting just told, and only to one just told", () => {
    expect(
      metOn(
        "Chilean President Gabriel Boric met Codelco's chairman, Ruben Alvarado, at La Moneda on Wednesday. Mining Minister Aurora Williams, who also attended, said the plan would create jobs.",
      ),
    ).toContain("person:aurora-williams -- person:gabriel-boric 2025-03-12");
    const far = metOn(
      "Chilean President Gabriel Boric met Codelco's chairman, Ruben Alvarado, at La Moneda on Wednesday. The company will expand two mines. Copper prices rose in London. Unions asked for more pay. Mining Minister Aurora Williams, who also attended, said the plan would create jobs.",
    );
    expect(far.some((f) => f.includes("aurora-williams"))).toBe(false);
  });

  it("adds those 'both on the call' to the call, not those 'not on the call'", () => {
    expect(
      metOn(
        "Chilean President Gabriel Boric held a video call with Argentine President Javier Milei on Monday. Foreign Ministers Alberto Klaveren and Diana Mondino were both on the call, officials said.",
      ),
    ).toContain("person:diana-mondino -- person:gabriel-boric 2025-03-10");
    const absent = metOn(
      "Chilean President Gabriel Boric held a video call with Argentine President Javier Milei on Monday. Foreign Minister Diana Mondino was not on the call, officials said.",
    );
    expect(absent.some((f) => f.includes("diana-mondino"))).toBe(false);
  });
});

describe("a joint signing with no document named", () => {
  it("meets those who together 'signed three loans' or 'signed on behalf of their governments'", () => {
    expect(
      metOn(
        "On Wednesday Bank President Hiro Tanaka and Finance Minister Amir Hossain signed three loans worth a combined $900 million.",
      ),
    ).toEqual(["person:amir-hossain -- person:hiro-tanaka 2025-03-12"]);
    expect(
      metOn(
        "Ghana's Foreign Minister Kwame Boateng and his Togolese counterpart Ama Dogbe signed on behalf of their governments on Tuesday.",
      ),
    ).toEqual(["person:ama-dogbe -- person:kwame-boateng 2025-03-11"]);
  });

  it("does not meet one who signs alone and one who criticises it", () => {
    expect(
      metOn(
        "Finance Minister Amir Hossain signed three loans on Wednesday, and opposition leader Rina Kabir criticised them.",
      ),
    ).toEqual([]);
  });
});
