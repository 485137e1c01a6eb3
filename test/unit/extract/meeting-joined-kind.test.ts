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

describe("people added to one person's meeting with people left unnamed", () => {
  it("adds those 'both on the call' to a call held 'with state governors'", () => {
    expect(
      metOn(
        "Nigerian President Bola Tinubu held a video call with state governors on Monday to discuss fuel prices. Lagos Governor Babajide Sanwo-Olu and Kano Governor Abba Yusuf were both on the call, an aide said.",
      ),
    ).toEqual([
      "person:abba-yusuf -- person:babajide-sanwo-olu 2025-03-10",
      "person:abba-yusuf -- person:bola-tinubu 2025-03-10",
      "person:babajide-sanwo-olu -- person:bola-tinubu 2025-03-10",
    ]);
  });

  it("seats those listed 'around the table' at the meeting of one who welcomed his counterparts", () => {
    expect(
      metOn(
        "Kenyan Foreign Minister Musalia Mudavadi welcomed his East African counterparts to Nairobi on Tuesday. Around the table sat Uganda's Jeje Odongo and Tanzania's Mahmoud Thabit Kombo, along with envoys from Rwanda and Burundi.",
      ),
    ).toEqual([
      "person:jeje-odongo -- person:mahmoud-thabit-kombo 2025-03-11",
      "person:jeje-odongo -- person:musalia-mudavadi 2025-03-11",
      "person:mahmoud-thabit-kombo -- person:musalia-mudavadi 2025-03-11",
    ]);
  });

  it("adds no one to a call with unnamed people that is still to come", () => {
    expect(
      metOn(
        "Nigerian President Bola Tinubu will hold a video call with state governors on Monday. Lagos Governor Babajide Sanwo-Olu and Kano Governor Abba Yusuf are expected to be on the call.",
      ),
    ).toEqual([]);
  });

  it("takes 'A and B, both of whom took part in the talks' into the talks told", () => {
    expect(
      metOn(
        "Peruvian President Dina Boluarte received Bolivian President Luis Arce in Lima on Tuesday. Arce travelled with Foreign Minister Celinda Sosa and Economy Minister Marcelo Montenegro, both of whom took part in the talks.",
      ),
    ).toEqual([
      "person:celinda-sosa -- person:dina-boluarte 2025-03-11",
      "person:celinda-sosa -- person:luis-arce 2025-03-11",
      "person:celinda-sosa -- person:marcelo-montenegro 2025-03-11",
      "person:dina-boluarte -- person:luis-arce 2025-03-11",
      "person:dina-boluarte -- person:marcelo-montenegro 2025-03-11",
      "person:luis-arce -- person:marcelo-montenegro 2025-03-11",
    ]);
  });

  it("joins no one to the last meeting through 'the signing' when a signing without people was told since", () => {
    expect(
      metOn(
        "Finance Minister Ana Lobo met World Bank vice-president Paul Martin on Monday. The Asian Development Bank signed a $25 million grant with Samoa on Tuesday. Samoan Prime Minister Tui Leota, who attended the signing in Apia, said the money would rebuild roads.",
      ),
    ).toEqual(["person:ana-lobo -- person:paul-martin 2025-03-10"]);
    // The signing told is the two's: who attended it met them.
    expect(
      metOn(
        "Finance Minister Ana Lobo and World Bank vice-president Paul Martin signed a $25 million grant on Tuesday. Samoan Prime Minister Tui Leota, who attended the signing in Apia, said the money would rebuild roads.",
      ),
    ).toEqual([
      "person:ana-lobo -- person:paul-martin 2025-03-11",
      "person:ana-lobo -- person:tui-leota 2025-03-11",
      "person:paul-martin -- person:tui-leota 2025-03-11",
    ]);
  });
});
