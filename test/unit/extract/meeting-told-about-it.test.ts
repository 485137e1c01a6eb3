import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

const on = (body: string): string[] => meetingsOn(body, "2024-03-13T10:00:00Z");

const CALL =
  "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke by telephone on Monday.";

// A sentence about the meeting just told that names no one ("The call was held at…") keeps it
// the meeting later sentences go on with: what one told the other there is of that day.
describe("a sentence naming the meeting and no one keeps it current", () => {
  it("dates 'A told B' three sentences on by the call, past 'The call was held…'", () => {
    expect(
      on(
        `${CALL} The call was held at the request of the Ethiopian side, State House said in a readout. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual(["person:abiy-ahmed -- person:william-ruto 2024-03-11"]);
  });

  it("dates it past 'The talks lasted…' too", () => {
    expect(
      on(
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. The talks lasted more than three hours, officials said. Both sides praised the railway project, the statement said. Abiy told Ruto he would return in the spring.",
      ),
    ).toEqual(["person:abiy-ahmed -- person:william-ruto 2024-03-11"]);
  });

  it("keeps nothing current for a sentence that names the meeting with someone in it", () => {
    expect(
      on(
        `${CALL} The call came a day after Somali President Hassan Sheikh Mohamud visited Addis Ababa. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual([
      "person:abiy-ahmed -- person:william-ruto 2024-03-11",
      "person:abiy-ahmed -- person:william-ruto undated",
    ]);
  });

  it("keeps nothing current for a sentence that does not open on the meeting", () => {
    expect(
      on(
        `${CALL} Markets rose after the call was held, traders said. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual([
      "person:abiy-ahmed -- person:william-ruto 2024-03-11",
      "person:abiy-ahmed -- person:william-ruto undated",
    ]);
  });
  it("keeps nothing current for a sentence that opens on another meeting or on a demand", () => {
    const later = [
      "person:abiy-ahmed -- person:william-ruto 2024-03-11",
      "person:abiy-ahmed -- person:william-ruto undated",
    ];
    expect(
      on(
        `${CALL} The next call is planned for the summer, State House said. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual(later);
    expect(
      on(
        `${CALL} The call for a regional ceasefire was repeated at the weekend. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual(later);
  });

  it("still keeps the meeting current past 'The two-hour call was…'", () => {
    expect(
      on(
        `${CALL} The two-hour call was arranged by the Ethiopian side, State House said. The two leaders reviewed progress on the railway line, according to the readout. Ethiopian officials said Abiy told Ruto he would travel to Nairobi in the spring.`,
      ),
    ).toEqual(["person:abiy-ahmed -- person:william-ruto 2024-03-11"]);
  });
});
