import type { LadderTemplate } from "../types";

export const difficultConversations: LadderTemplate = {
  key: "difficult-conversations",
  title: "Difficult conversations",
  skill: "Raising hard topics clearly and staying in the conversation",
  description:
    "Rehearse first, then practise on low-stakes conversations, and build to the one you have been avoiding. Success is what you do, not how the other person responds.",
  levels: [
    {
      title: "Rehearse a difficult conversation aloud",
      instructions:
        "Choose a conversation you have been putting off. Role-play it for 5 minutes with your coach or a trusted friend playing the other person. Open by stating the issue in one sentence that starts with \"I\".",
      successCriteria:
        "You stated the issue in one \"I\" sentence, stayed in the role-play for 5 minutes, and wrote down what you want from the real conversation.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Make a small, honest request",
      instructions:
        "Ask someone you get on with for a change that matters a little to you (move a meeting, split a chore differently, return something borrowed).",
      successCriteria:
        "You made the request directly, in your own words, without apologising for asking. Their answer does not decide success; making the request does.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Raise a disagreement with a peer",
      instructions:
        "Tell a colleague or friend that you see something differently. Before giving your view, summarise theirs.",
      successCriteria:
        "You summarised their view and they agreed it was fair; then you stated your own view and stayed in the conversation until you agreed a next step or agreed to differ.",
      difficulty: 6,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Have the conversation you have been avoiding",
      instructions:
        "Hold the conversation you rehearsed at level 1, with the real person. Choose a time and place where neither of you is rushed.",
      successCriteria:
        "You raised the issue in your own words, listened to their side, and left with a next step or a clear understanding of where you each stand.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Hold a high-stakes conversation",
      instructions:
        "Take on a conversation with strong emotions or a power difference: asking for a raise, setting a boundary with family, giving a manager hard feedback.",
      successCriteria:
        "You made your point and your request clearly, stayed calm enough to keep listening, and ended with an agreed next step. Review it with your coach.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
