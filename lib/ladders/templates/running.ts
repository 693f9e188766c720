import type { LadderTemplate } from "../types";

export const running: LadderTemplate = {
  key: "running-1-to-5-miles",
  title: "Running: 1 mile to 5 miles",
  skill: "Running 5 miles without stopping",
  description:
    "Start with a distance you know you can complete and add a mile at a time. Log every run: the record of how far you have come is part of the method.",
  levels: [
    {
      title: "Run 1 mile without stopping",
      instructions:
        "Pick a flat, measured route (or use a running app or watch). Run 1 mile at an easy pace where you could still speak in short sentences. Slow down rather than stop.",
      successCriteria: "The app, watch or known route shows 1 mile covered with no walking breaks.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Run 2 miles without stopping",
      instructions:
        "Run 2 miles at the same easy pace. Start slower than you think you need to; the second mile is the new part.",
      successCriteria: "2 miles recorded with no walking breaks.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Run 3 miles without stopping",
      instructions:
        "Run 3 miles (about 5 km). Plan your route and when you will run it, and eat and drink as you would before any longer effort.",
      successCriteria: "3 miles recorded with no walking breaks.",
      difficulty: 6,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Run 4 miles without stopping",
      instructions:
        "Run 4 miles. Keep the pace conversational and notice what you do when it gets hard: that is the skill you are building.",
      successCriteria: "4 miles recorded with no walking breaks.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Run 5 miles without stopping",
      instructions: "Run 5 miles, on a route or at an event of your choosing.",
      successCriteria: "5 miles recorded with no walking breaks; share the record with your coach.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
