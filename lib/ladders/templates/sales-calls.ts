import type { LadderTemplate } from "../types";

export const salesCalls: LadderTemplate = {
  key: "sales-calls",
  title: "Sales calls",
  skill: "Running sales calls from first contact to a clear ask",
  description:
    "Begin with role-play and friendly calls, then cold calls, discovery calls and asking for the commitment. Count what you do on each call, not whether each call converts.",
  levels: [
    {
      title: "Role-play a discovery call",
      instructions:
        "With a colleague or your coach playing the prospect, run a 10-minute discovery call: introduce yourself, ask about their situation, summarise what you heard.",
      successCriteria:
        "You asked at least 5 open questions and summarised the prospect's needs back to them in your own words.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Call three existing customers or warm contacts",
      instructions:
        "Phone three people who already know you or your company. Ask how things are going and what they are working on next.",
      successCriteria: "Three calls made in which you asked at least one open question about their plans and noted the answer.",
      difficulty: 4,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Make ten cold calls in one session",
      instructions:
        "Block an hour and call ten prospects who do not know you. Use your opening line and move to a question within the first 30 seconds.",
      successCriteria:
        "Ten dials made in one session and at least three real conversations in which you asked a question about their needs.",
      difficulty: 6,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Run a full discovery call with a qualified prospect",
      instructions:
        "Hold a scheduled discovery call with a prospect who could buy. Find out their problem, who decides, their timeline and budget.",
      successCriteria:
        "You learned the problem, the decision-maker, the timeline and the budget, and agreed a dated next step.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Handle objections and ask for the commitment",
      instructions:
        "On a live opportunity, present your offer, respond to the prospect's concerns about price or fit, and ask directly for the decision.",
      successCriteria:
        "You answered each objection raised by asking about it before responding, and you asked for the commitment in plain words. Review the call with your coach.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
