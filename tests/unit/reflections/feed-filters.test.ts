import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, feedQuery, parseFeedFilters } from "@/lib/reflections/feed-filters";

const client = "0b7c1e52-3d9f-4c1a-9a43-2f6f4f1d9e10";

describe("parseFeedFilters", () => {
  it("reads known filters from the query string", () => {
    expect(parseFeedFilters({ flag: "minimizing", outcome: "success", cause: "luck", client })).toEqual({
      filters: { flag: "minimizing", outcome: "success", cause: "luck", client },
      notes: [],
    });
  });

  it("ignores unknown values, one by one, and says so", () => {
    const { filters, notes } = parseFeedFilters({ flag: "sneaky", outcome: "maybe", cause: "luck", client: "1' or 1=1", before: "yesterday" });
    expect(filters).toEqual({ cause: "luck" });
    expect(notes).toHaveLength(4);
    expect(notes[0]).toContain('"sneaky"');
  });

  it("treats empty selects as no filter and takes the first of repeated values", () => {
    expect(parseFeedFilters({ flag: "", outcome: ["setback", "success"] })).toEqual({ filters: { outcome: "setback" }, notes: [] });
  });

  it("round-trips a page cursor to the microsecond", () => {
    const cursor = { createdAt: "2026-03-01T10:11:12.123456Z", id: client };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(parseFeedFilters({ before: encodeCursor(cursor) }).filters.before).toEqual(cursor);
    expect(decodeCursor(`2026-13-45T99:00:00Z_${client}`)).toBeNull();
  });
});

describe("feedQuery", () => {
  it("keeps the filters when linking to the next page", () => {
    const query = feedQuery({ client, flag: "external_success" }, { createdAt: "2026-03-01T10:11:12.000001Z", id: client });
    expect(parseFeedFilters(Object.fromEntries(new URLSearchParams(query.slice(1))))).toEqual({
      filters: { client, flag: "external_success", before: { createdAt: "2026-03-01T10:11:12.000001Z", id: client } },
      notes: [],
    });
    expect(feedQuery({})).toBe("");
  });
});
