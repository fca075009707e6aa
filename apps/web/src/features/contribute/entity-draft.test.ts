import { describe, expect, it } from "vitest";
import { draftFromEntity, emptyDraft, rebase, toCreateInput, toPatch, validateDraft } from "./entity-draft.ts";

const loaded = draftFromEntity(
  "SESSION",
  { title: "Old title", sessionKind: "TRAINING", startDate: "2019-08", city: { key: "kampala" }, objectives: ["One", "Two"], participantCount: 40, description: "A training." },
  [{ name: "EAT 2019", kind: "ACRONYM" }],
);

describe("entity drafts", () => {
  it("send only what changed, with null to clear a field", () => {
    const draft = { ...loaded, fields: { ...loaded.fields, title: "New title", startDate: "" } };
    expect(toPatch("SESSION", loaded, draft)).toEqual({ title: "New title", startDate: null });
  });

  it("send lines as lists, numbers as numbers, and sources only when cited", () => {
    const draft = {
      ...loaded,
      fields: { ...loaded.fields, objectives: "One\n\n Three ", participantCount: "45" },
      sources: [{ mode: "existing" as const, source: "gsef-about", title: "", url: "", publisher: "", passage: " 45 took part " }],
    };
    expect(toPatch("SESSION", loaded, draft)).toEqual({ objectives: ["One", "Three"], participantCount: 45, sources: [{ source: "gsef-about", passage: "45 took part" }] });
  });

  it("keep the reader's changes over a newer version", () => {
    const mine = { ...loaded, fields: { ...loaded.fields, title: "My title" } };
    const theirs = { ...loaded, fields: { ...loaded.fields, startDate: "2019-08-21" } };
    const rebased = rebase("SESSION", loaded, theirs, mine);
    expect(rebased.fields["title"]).toBe("My title");
    expect(rebased.fields["startDate"]).toBe("2019-08-21");
    expect(toPatch("SESSION", theirs, rebased)).toEqual({ title: "My title" });
  });

  it("say what is wrong before asking the API", () => {
    const draft = emptyDraft("SESSION");
    draft.fields["startDate"] = "2019-13";
    draft.fields["edition"] = "1.5";
    draft.key = "Not A Slug";
    expect(validateDraft("SESSION", draft, "create")).toEqual({
      title: ["Enter the title."],
      sessionKind: ["Enter the kind of event."],
      startDate: ["Enter a date like 2019, 2019-08 or 2019-08-21."],
      edition: ["Enter a whole number."],
      key: ["Use lower-case letters, digits and hyphens, like east-africa-training-2019."],
      sources: ["Cite at least one source that states this."],
    });
  });

  it("compare dates of different precision as periods", () => {
    const draft = emptyDraft("SESSION");
    Object.assign(draft.fields, { title: "T", sessionKind: "FORUM", startDate: "2019-08-21", endDate: "2019-08" });
    draft.sources = [{ mode: "new", source: "", title: "Report", url: "", publisher: "", passage: "" }];
    expect(validateDraft("SESSION", draft, "create")).toEqual({});
    draft.fields["endDate"] = "2019-07";
    expect(validateDraft("SESSION", draft, "create")).toEqual({ endDate: ["The last day cannot be before the first."] });
  });

  it("build a create input without empty fields", () => {
    const draft = emptyDraft("CITY");
    Object.assign(draft.fields, { name: " Jeonju ", country: "korea", latitude: "35.82" });
    draft.sources = [{ mode: "new", source: "", title: "Jeonju week", url: "https://example.org", publisher: "", passage: "Jeonju" }];
    expect(toCreateInput("CITY", draft)).toEqual({
      name: "Jeonju",
      country: "korea",
      latitude: 35.82,
      sources: [{ newSource: { title: "Jeonju week", url: "https://example.org", publisher: null }, passage: "Jeonju" }],
    });
  });
});
