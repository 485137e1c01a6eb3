import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// A meeting told with its host or its two main parties, and the others who took part named by a
// participle or in the next sentences; the sentences are our own.
describe("meeting attendees told after the meeting", () => {
  it("reads those listed as 'attended' or 'took part' after a host's meeting of a group", () => {
    expect(
      metOn(
        "Prime Minister Lena Holm chaired a session of the region's energy ministers in Oslo on Friday. Danish minister Karl Berg and Icelandic minister Sif Jonsdottir took part.",
      ),
    ).toEqual([
      "person:karl-berg -- person:lena-holm 2026-03-06",
      "person:karl-berg -- person:sif-jonsdottir 2026-03-06",
      "person:lena-holm -- person:sif-jonsdottir 2026-03-06",
    ]);
    expect(
      metOn(
        "President Amos Wekesa hosted the meeting of the Lake Victoria Commission in Kisumu on Monday. Ugandan President Peter Okot and Rwandan President Jean Habimana attended in person.",
      ),
    ).toEqual([
      "person:amos-wekesa -- person:jean-habimana 2026-03-09",
      "person:amos-wekesa -- person:peter-okot 2026-03-09",
      "person:jean-habimana -- person:peter-okot 2026-03-09",
    ]);
  });

  it("reads one who 'joined by video' after an aside as taking part", () => {
    expect(
      metOn(
        "Foreign Minister Rasa Vilks convened a meeting of Baltic foreign ministers in Tallinn on Tuesday. Her Lithuanian counterpart was kept at home by a vote, while Poland's deputy foreign minister, Marek Zielinski, joined by video link.",
      ),
    ).toEqual(["person:marek-zielinski -- person:rasa-vilks 2026-03-10"]);
  });

  it("reads no attendee who did not attend, or attended something else", () => {
    expect(
      metOn(
        "President Amos Wekesa hosted the meeting of the Lake Victoria Commission in Kisumu on Monday. Ugandan President Peter Okot did not attend. Later, Rwandan President Jean Habimana attended a concert.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Amos Wekesa hosted a meeting of the minds in Kisumu on Monday. Ugandan President Peter Okot attended.",
      ),
    ).toEqual([]);
  });

  it("reads 'joined by C' after a meeting of two as C taking part", () => {
    expect(
      metOn(
        "Chancellor Dieter Vogt and President Anna Kowal held talks in Warsaw on Monday, joined by their foreign ministers, Jan Nowak and Petra Lang.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-09",
      "person:anna-kowal -- person:jan-nowak 2026-03-09",
      "person:anna-kowal -- person:petra-lang 2026-03-09",
      "person:dieter-vogt -- person:jan-nowak 2026-03-09",
      "person:dieter-vogt -- person:petra-lang 2026-03-09",
      "person:jan-nowak -- person:petra-lang 2026-03-09",
    ]);
    expect(
      metOn(
        "Kenyan President Amos Wekesa and his Tanzanian counterpart, Halima Juma, signed a border accord on Monday. The two leaders met for three hours at State House, joined by Kenya's trade minister, Otieno Mbugua.",
      ),
    ).toEqual([
      "person:amos-wekesa -- person:halima-juma 2026-03-09",
      "person:amos-wekesa -- person:otieno-mbugua 2026-03-09",
      "person:halima-juma -- person:otieno-mbugua 2026-03-09",
    ]);
  });

  it("reads no one 'joined by' an act that is no meeting", () => {
    expect(
      metOn(
        "Chancellor Dieter Vogt met President Anna Kowal in Warsaw on Monday. Vogt, joined by Economy Minister Jan Nowak, later visited a factory.",
      ),
    ).toEqual(["person:anna-kowal -- person:dieter-vogt 2026-03-09"]);
  });
});

describe("meeting attendees told after the meeting, by 'accompanied at the talks by'", () => {
  it("reads one who came along to the talks told before, past a role with a place after it", () => {
    expect(
      metOn(
        "Indian Foreign Secretary Ravi Menon held talks with his Nepali counterpart, Sita Karki, on Tuesday. Menon was accompanied at the talks by India's ambassador in Kathmandu, Arjun Rao.",
      ),
    ).toEqual([
      "person:arjun-rao -- person:ravi-menon 2026-03-10",
      "person:arjun-rao -- person:sita-karki 2026-03-10",
      "person:ravi-menon -- person:sita-karki 2026-03-10",
    ]);
    expect(
      metOn(
        "Chancellor Dieter Vogt met President Anna Kowal in Warsaw on Monday. Kowal was joined for the meeting by the National Bank's Governor in Warsaw, Jan Nowak.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-09",
      "person:anna-kowal -- person:jan-nowak 2026-03-09",
      "person:dieter-vogt -- person:jan-nowak 2026-03-09",
    ]);
  });

  it("reads no one accompanied elsewhere than to the meeting", () => {
    expect(
      metOn(
        "Chancellor Dieter Vogt met President Anna Kowal in Warsaw on Monday. Kowal was accompanied to the airport by her finance minister, Jan Nowak.",
      ),
    ).toEqual(["person:anna-kowal -- person:dieter-vogt 2026-03-09"]);
  });
});
