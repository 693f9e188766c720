import type { LadderTemplate } from "../types";

// Level titles are the protocol's own example progression (Phase 3, public speaking).
export const publicSpeaking: LadderTemplate = {
  key: "public-speaking",
  title: "Public speaking",
  skill: "Speaking confidently to an audience",
  description:
    "Start with one supportive listener and build, one audience at a time, to a high-stakes talk. Each level is achievable with the skills the one before proved.",
  levels: [
    {
      title: "Present to supportive friend for 2 minutes",
      instructions:
        "Choose a topic you know well. Ask a friend who is on your side to listen while you present it for 2 minutes, standing up, without reading from a script.",
      successCriteria:
        "You spoke for at least 2 minutes from start to finish, without reading a script, and your friend can repeat your main point back to you.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Present to small group (3-5) familiar people for 5 minutes",
      instructions:
        "Invite 3 to 5 people you know (colleagues, friends or family). Present for 5 minutes on a topic you choose, then take at least one question.",
      successCriteria:
        "3 to 5 people listened; you spoke for about 5 minutes (4–6 is fine) and answered at least one question from the group.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Present to larger group (10-15) mixed familiar/unfamiliar for 10 minutes",
      instructions:
        "Find a group of 10 to 15 people where some are strangers: a team meeting with guests, a club, a class. Present for 10 minutes and take questions.",
      successCriteria:
        "At least 10 people were present, some of whom you did not know; you delivered the full 10 minutes (8–12 is fine) and answered the questions asked.",
      difficulty: 6,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Present to professional audience (20+) for 15 minutes",
      instructions:
        "Present for 15 minutes to 20 or more people in a professional setting: a department meeting, a meetup, a client briefing. Prepare it the way you prepared the levels you mastered.",
      successCriteria:
        "20 or more people attended; you delivered your prepared 15 minutes (13–17 is fine), finished your planned material and handled questions. Share what happened with your coach.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: true,
    },
    {
      title: "Present at conference or high-stakes context for 20-30 minutes",
      instructions:
        "Give a 20–30 minute talk at a conference or in a high-stakes setting: a keynote, a board, a pitch that matters to you.",
      successCriteria:
        "You gave the talk in the high-stakes setting, for 20 to 30 minutes, from first slide (or first sentence) to close, and took the questions. Your coach confirms with you how it went.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
