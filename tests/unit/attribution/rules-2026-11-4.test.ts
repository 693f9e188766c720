import { describe, expect, it } from "vitest";
import { tagReflection, type Outcome } from "@/lib/attribution";

const causes = (outcome: Outcome, text: string) => tagReflection({ outcome, text }).causes;

// Written for these rules (not copied from any labelled set): each case is a
// category of wording, phrased differently from the data that exposed it.
describe("general rules added in 2026.11.4", () => {
  it("does not read a fronted prepositional phrase as a relative-clause description", () => {
    expect(causes("success", "Before the recital I wrote out a practice plan, and it worked.")).toContain("strategy");
  });
  it("keeps a described noun that completes a nominal causal frame", () => {
    expect(causes("success", "What got me through was the two weekends I spent rehearsing.")).toEqual(["effort"]);
  });
  it("rejects a reported view denied in the next short sentence", () => {
    expect(causes("success", "My sister keeps saying I'm a natural. I'm not. I trained five mornings a week.")).toEqual(["effort"]);
  });
  it("reads a state stated as permanent as a trait", () => {
    expect(causes("setback", "I'm an anxious person by nature and always will be.")).toEqual(["ability"]);
  });
  it("treats a feeling that something made possible ('confident enough to') as the effect", () => {
    expect(causes("success", "Without all those evening classes I'd never have felt confident enough to try.")).not.toContain("state");
  });
  it("does not take a compound like 'case study' as effort, nor its difficulty as the effort's object", () => {
    expect(causes("setback", "The case study was really convoluted.")).toEqual(["task"]);
  });
  it("covers task size and familiarity without a difficulty adjective", () => {
    expect(causes("success", "The exam questions were ones we had already covered in class.")).toEqual(["task"]);
    expect(causes("setback", "The final climb was a big ask for my level.")).toEqual(["task"]);
  });
  it("covers physical condition and stable self-descriptions", () => {
    expect(causes("setback", "I'd been up half the night with a teething toddler, so the meeting was a blur.")).toEqual(["state"]);
    expect(causes("success", "I've always been cool under pressure, which is why the viva went fine.")).toEqual(["ability"]);
  });
  it("covers people acting on the writer's behalf or against them without an evaluative word", () => {
    expect(causes("success", "My manager argued for it on my behalf, and the proposal went through.")).toEqual(["others"]);
    expect(causes("setback", "The panel had clearly already picked someone from inside.")).toEqual(["others"]);
  });
  it("covers equipment, heat and booked-out spaces", () => {
    expect(causes("setback", "Two strings kept slipping out of tune and the hall was 33 degrees.")).toEqual(["circumstance"]);
    expect(causes("setback", "The practice rooms were booked solid all week, so I couldn't rehearse.")).toContain("circumstance");
  });
  it("covers choices, tools and misjudgements as strategy", () => {
    // Time-blocking is a method (strategy); the hour a day it buys may also be read as effort, which is the model's call.
    expect(causes("success", "I blocked out an hour each lunchtime for writing and finished the chapter.")).toContain("strategy");
    expect(causes("setback", "I abandoned my plan halfway and it fell apart.")).toEqual(["strategy"]);
    expect(causes("setback", "I caved on the deadline straight away and regretted it.")).toEqual(["strategy"]);
  });
  it("covers fate as luck and a lapse as effort", () => {
    expect(causes("success", "Fate was on my side that morning.")).toEqual(["luck"]);
    expect(causes("setback", "The result came down to insufficient practice over the summer.")).toEqual(["effort"]);
  });
});
