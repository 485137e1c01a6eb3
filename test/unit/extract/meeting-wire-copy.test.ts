import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Sentences of our own in the constructions wire copy reports meetings with: talks held, calls,
// meetings on the sidelines, joint press conferences, and meetings planned, called off, declined
// or denied, which give nothing.
describe("meetings in wire-copy constructions", () => {
  const held: [string, string[]][] = [
    [
      "Japanese Prime Minister Kenji Mori held talks with Indian Prime Minister Ravi Sharma in Tokyo on Wednesday.",
      ["person:kenji-mori -- person:ravi-sharma 2026-03-11"],
    ],
    [
      "Kenyan President Samuel Otieno spoke by telephone on Tuesday with Tanzanian President Grace Mwinyi about the border dispute.",
      ["person:grace-mwinyi -- person:samuel-otieno 2026-03-10"],
    ],
    [
      "On the sidelines of the summit in Lima on Thursday, Chilean President Diego Rojas met Peruvian President Lucia Vargas.",
      ["person:diego-rojas -- person:lucia-vargas 2026-03-12"],
    ],
    [
      "German Chancellor Klaus Weber and French President Claire Dubois gave a joint press conference in Berlin on Monday.",
      ["person:claire-dubois -- person:klaus-weber 2026-03-09"],
    ],
    [
      "Turkish President Mehmet Yilmaz received Hungarian Prime Minister Gabor Toth at the presidential complex in Ankara on Friday.",
      ["person:gabor-toth -- person:mehmet-yilmaz 2026-03-13"],
    ],
    [
      "Foreign Minister Anna Lind hosted her Estonian counterpart, Margus Kask, for talks in Stockholm on Tuesday.",
      ["person:anna-lind -- person:margus-kask 2026-03-10"],
    ],
    [
      "Spanish Prime Minister Luis Ortega and Moroccan Prime Minister Karim Alaoui signed a migration accord in Rabat on Thursday.",
      ["person:karim-alaoui -- person:luis-ortega 2026-03-12"],
    ],
    [
      "Nigerian President Musa Bello held a video call on Monday with South African President Thabo Nkosi.",
      ["person:musa-bello -- person:thabo-nkosi 2026-03-09"],
    ],
    [
      "Vietnamese Prime Minister Tran Minh met U.S. Secretary of State John Carter on the margins of the ASEAN meeting in Vientiane on Saturday.",
      ["person:john-carter -- person:tran-minh 2026-03-07"],
    ],
    [
      "Italian Prime Minister Paola Ricci and Albanian Prime Minister Arben Hoxha met behind closed doors for two hours on Wednesday.",
      ["person:arben-hoxha -- person:paola-ricci 2026-03-11"],
    ],
    [
      "Ghanaian President Kwame Asante and Ivorian President Yao Kouame held a joint press conference after their talks in Accra on Friday.",
      ["person:kwame-asante -- person:yao-kouame 2026-03-13"],
    ],
    [
      "Saudi Crown Prince Faisal bin Khalid telephoned Iranian President Reza Ahmadi on Sunday, state media reported.",
      ["person:faisal-bin-khalid -- person:reza-ahmadi 2026-03-08"],
    ],
    [
      "Indonesian President Budi Santoso hosted Malaysian Prime Minister Azmi Hassan for a working lunch at the palace on Tuesday.",
      ["person:azmi-hassan -- person:budi-santoso 2026-03-10"],
    ],
    [
      "Australian Prime Minister James Reid and New Zealand Prime Minister Sarah Clarke met in Wellington on Friday.",
      ["person:james-reid -- person:sarah-clarke 2026-03-13"],
    ],
    [
      "Ethiopian Prime Minister Dawit Alemu and Somali President Hassan Abdi held talks in Addis Ababa on Tuesday, their first meeting since the dispute began.",
      ["person:dawit-alemu -- person:hassan-abdi 2026-03-10"],
    ],
    [
      "Colombian President Andres Castro spoke with Venezuelan President Luis Marquez by phone on Wednesday night, his office said.",
      ["person:andres-castro -- person:luis-marquez 2026-03-11"],
    ],
    [
      "Pakistani Prime Minister Imran Qureshi arrived in Beijing on Monday and held talks with Chinese Premier Zhao Lei the following day.",
      ["person:imran-qureshi -- person:zhao-lei 2026-03-10"],
    ],
    [
      "Dutch Prime Minister Pieter de Vries met Belgian Prime Minister Luc Peeters in The Hague on Thursday, a day before the European Council.",
      ["person:luc-peeters -- person:pieter-de-vries 2026-03-12"],
    ],
    [
      "Ukrainian President Taras Kovalenko and Moldovan President Elena Rusu met on Friday in Chisinau, where they signed a power deal.",
      ["person:elena-rusu -- person:taras-kovalenko 2026-03-13"],
    ],
    [
      "U.S. envoy Steven Ward met separately with Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Aliyev in Abu Dhabi on Monday.",
      [
        "person:aram-petrosyan -- person:steven-ward 2026-03-09",
        "person:elchin-aliyev -- person:steven-ward 2026-03-09",
      ],
    ],
  ];
  it.each(held)("reads a meeting held: %s", (sentence, pairs) => {
    expect(metOn(sentence)).toEqual(pairs);
  });

  const notHeld: string[] = [
    "Polish Foreign Minister Tomasz Nowak is due to meet his Ukrainian counterpart, Oleh Bondar, in Warsaw next week.",
    "A planned meeting between Egyptian President Omar Farouk and Israeli Prime Minister David Levin was cancelled on Tuesday.",
    "Brazilian President Paulo Mendes did not meet Argentine President Martin Ruiz during the visit.",
    "Canadian Prime Minister Mark Lewis could meet Mexican President Sofia Herrera later this month, officials said.",
    "South Korean President Lee Sung-min will travel to Washington next month for talks with President Robert Hale.",
    "Talks between Serbian President Dragan Ilic and Kosovo Prime Minister Agim Berisha, scheduled for Monday, were postponed.",
    "Greek Prime Minister Nikos Pappas declined to meet Turkish President Mehmet Yilmaz on the sidelines of the NATO summit.",
    "A spokesman for Chancellor Klaus Weber said no meeting with Russian President Ivan Sokolov was planned.",
    "Philippine President Ramon Cruz hopes to meet Chinese President Li Wen before the end of the year.",
    "French President Claire Dubois had been expected to meet Algerian President Karim Benali in Algiers on Sunday, but the visit was called off.",
  ];
  it.each(notHeld)("gives nothing for a meeting not held: %s", (sentence) => {
    expect(metOn(sentence)).toEqual([]);
  });
});
