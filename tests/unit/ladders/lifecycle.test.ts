import { describe, expect, it } from "vitest";
import { canTransition, editCreatesNewVersion, isAssignable } from "@/lib/ladders/lifecycle";

describe("ladder lifecycle", () => {
  it("publishes drafts and archives either", () => {
    expect(canTransition("draft", "published")).toBe(true);
    expect(canTransition("published", "archived")).toBe(true);
    expect(canTransition("draft", "archived")).toBe(true);
  });

  it("never unpublishes a version clients may be assigned to", () => {
    expect(canTransition("published", "draft")).toBe(false);
    expect(canTransition("archived", "published")).toBe(false);
  });

  it("edits a draft in place but versions anything published", () => {
    expect(editCreatesNewVersion("draft")).toBe(false);
    expect(editCreatesNewVersion("published")).toBe(true);
    expect(editCreatesNewVersion("archived")).toBe(true);
  });

  it("only assigns published ladders", () => {
    expect(isAssignable("published")).toBe(true);
    expect(isAssignable("draft")).toBe(false);
    expect(isAssignable("archived")).toBe(false);
  });
});

describe("archived ladders", () => {
  it("stay archived; reuse goes through a new version", () => {
    expect(canTransition("archived", "draft")).toBe(false);
  });
});
