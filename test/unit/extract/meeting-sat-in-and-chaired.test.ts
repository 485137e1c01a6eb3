import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

const TALKS =
  "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi on Tuesday.";

// Who joins a meeting told before: "also sat in", and an attendance told with the side it was on.
describe("one who sat in on the meeting just told, or attended it on one side", () => {
  it("adds one who 'also sat in' to the talks told before", () => {
    expect(met(`${TALKS} Kenya's foreign minister, Musalia Mudavadi, also sat in.`)).toEqual([
      "person:abiy-ahmed -> person:musalia-mudavadi",
      "person:william-ruto -> person:abiy-ahmed",
      "person:william-ruto -> person:musalia-mudavadi",
    ]);
  });

  it("reads 'sat in the front row' as a seat, not as taking part", () => {
    expect(met(`${TALKS} Mudavadi sat in the front row at the later news conference.`)).toEqual([
      "person:william-ruto -> person:abiy-ahmed",
    ]);
  });

  it("adds no one who sat in when nothing before was a meeting, or the talks are still to come", () => {
    expect(
      met(
        "Kenyan President William Ruto addressed parliament on Tuesday. Foreign Minister Musalia Mudavadi and Deputy President Kithure Kindiki also sat in.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed will hold talks in Nairobi on Tuesday. Foreign Minister Musalia Mudavadi will also sit in.",
      ),
    ).toEqual([]);
  });

  it("adds one who attended the meeting 'on the Kenyan side', but not a summit so attended", () => {
    const held =
      "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.";
    expect(
      met(
        `${held} The hour-long meeting was attended on the Kenyan side by Foreign Minister Musalia Mudavadi.`,
      ),
    ).toEqual([
      "person:abiy-ahmed -> person:musalia-mudavadi",
      "person:william-ruto -> person:abiy-ahmed",
      "person:william-ruto -> person:musalia-mudavadi",
    ]);
    expect(
      met(
        `${held} The summit that followed was attended on the Kenyan side by Foreign Minister Musalia Mudavadi.`,
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });
});

// The host of a session is sought past an aside on the meeting; the chair of a body's meeting
// meets those it is held with.
describe("a host past an aside, and the chair of a body's meeting", () => {
  it("finds the host after 'their first meeting in a year,'", () => {
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Abu Dhabi on Wednesday, their first meeting in a year, at a session hosted by Emirati President Mohamed bin Zayed.",
      ),
    ).toEqual([
      "person:abiy-ahmed -> person:mohamed-bin-zayed",
      "person:william-ruto -> person:abiy-ahmed",
      "person:william-ruto -> person:mohamed-bin-zayed",
    ]);
  });

  it("finds the host after an aside when the host's role comes first", () => {
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in the Emirati capital on Wednesday, their first face-to-face encounter, at a session hosted by the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan.",
      ),
    ).toHaveLength(3);
  });

  it("takes no host of another event after the aside", () => {
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Abu Dhabi on Wednesday, their first meeting in a year, before a summit hosted by Emirati President Mohamed bin Zayed.",
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });

  it("takes no host named after a clause of its own that follows the aside", () => {
    expect(
      met(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Abu Dhabi on Wednesday, their first meeting in a year, and Somali President Hassan Sheikh Mohamud later spoke at a forum hosted by Emirati President Mohamed bin Zayed.",
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });

  it("meets those a body's meeting is convened with", () => {
    expect(
      met(
        "Ethiopian Prime Minister Abiy Ahmed convened a meeting of the African Union's peace council in Addis Ababa with Kenyan President William Ruto on Friday.",
      ),
    ).toEqual(["person:abiy-ahmed -> person:william-ruto"]);
  });

  it("meets those a body's meeting is chaired with: 'chaired a meeting of the council in Nairobi with'", () => {
    expect(
      met(
        "Kenyan President William Ruto chaired a meeting of the regional security council in Nairobi on Tuesday with Ethiopian Prime Minister Abiy Ahmed and the bloc's mediator, former Nigerian president Olusegun Obasanjo.",
      ),
    ).toEqual([
      "person:abiy-ahmed -> person:olusegun-obasanjo",
      "person:william-ruto -> person:abiy-ahmed",
      "person:william-ruto -> person:olusegun-obasanjo",
    ]);
  });

  it("gives nothing for a body's meeting still to be chaired, or chaired with no one", () => {
    expect(
      met(
        "Kenyan President William Ruto will chair a meeting of the regional security council in Nairobi next week with Ethiopian Prime Minister Abiy Ahmed.",
      ),
    ).toEqual([]);
    expect(
      met(
        "Kenyan President William Ruto chaired a meeting of the cabinet in Nairobi on Tuesday with no decision on fuel prices. Ethiopian Prime Minister Abiy Ahmed was in Addis Ababa.",
      ),
    ).toEqual([]);
  });
});

// "The 85-year-old president" is a description of the president named before, as "the president" is.
describe("a role with an age before it", () => {
  it("reads 'the 66-year-old president' as the president named before", () => {
    expect(
      met(
        "Ghanaian President John Mahama met a visiting World Bank team on Monday. The 66-year-old president received the mission chief, Anna Bjerde, at Jubilee House.",
      ),
    ).toEqual(["person:john-mahama -> person:anna-bjerde"]);
  });

  it("reads 'the 57-year-old leader' as the leader named before", () => {
    expect(
      met(
        "Kenyan President William Ruto arrived on Sunday. The 57-year-old leader met Ethiopian Prime Minister Abiy Ahmed on Monday.",
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });

  it("reads no one into an aged role when none was named before", () => {
    expect(
      met("The 78-year-old president met Ethiopian Prime Minister Abiy Ahmed on Monday."),
    ).toEqual([]);
  });

  it("reads no one into an aged person who holds no office", () => {
    expect(
      met(
        "Ghanaian President John Mahama met a visiting World Bank team on Monday. The 66-year-old farmer who greeted Anna Bjerde at the airport said he hoped for new roads.",
      ),
    ).toEqual([]);
  });
});

// "received B at the palace together with C": one named after "together with" or "along with"
// beside the meeting's people came to it.
describe("one who came 'together with' the meeting's people", () => {
  it("adds one 'together with' after the guest and the place", () => {
    expect(
      met(
        "Ghanaian President John Mahama received Anna Bjerde at Jubilee House on Monday together with Finance Minister Cassiel Ato Forson.",
      ),
    ).toEqual([
      "person:anna-bjerde -> person:cassiel-ato-forson",
      "person:john-mahama -> person:anna-bjerde",
      "person:john-mahama -> person:cassiel-ato-forson",
    ]);
  });

  it("adds those listed 'along with' after the talks", () => {
    expect(
      met(
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Monday along with Foreign Minister Musalia Mudavadi and Finance Minister John Mbadi.",
      ),
    ).toHaveLength(6);
  });

  it("adds no one who came along with a person of another event", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday, a day after Somali President Hassan Sheikh Mohamud, together with his foreign minister Ahmed Moallim Fiqi, visited Juba.",
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });

  it("adds no one who goes along with someone in a later sentence", () => {
    expect(
      met(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. Somali President Hassan Sheikh Mohamud, together with Foreign Minister Ahmed Moallim Fiqi, will travel to Juba next week.",
      ),
    ).toEqual(["person:william-ruto -> person:abiy-ahmed"]);
  });
});
