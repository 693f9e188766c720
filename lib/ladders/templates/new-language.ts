import type { LadderTemplate } from "../types";

export const newLanguage: LadderTemplate = {
  key: "speaking-a-new-language",
  title: "Speaking a new language",
  skill: "Holding real conversations in a new language",
  description:
    "Progress feels slow in a new language, so the levels make each gain visible: from a one-minute introduction to a long conversation with a native speaker.",
  levels: [
    {
      title: "Introduce yourself for 1 minute",
      instructions:
        "Prepare a short introduction: your name, where you live, what you do, one thing you enjoy. Say it aloud to a tutor, language partner or friend who speaks the language.",
      successCriteria:
        "You spoke for 1 minute in the language without switching to your own language, and your listener understood who you are.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Hold a 5-minute everyday conversation",
      instructions:
        "With a tutor or language partner, talk for 5 minutes about an everyday topic (your day, food, weekend plans). Ask questions as well as answering them.",
      successCriteria:
        "5 minutes of conversation, in the language throughout, in which you asked at least 3 questions and understood the answers.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Complete a real-world exchange",
      instructions:
        "Use the language with someone who is not there to help you learn: order food, buy a ticket, ask for directions, or make a phone booking.",
      successCriteria: "You completed the exchange entirely in the language and got what you asked for.",
      difficulty: 6,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Hold a 15-minute conversation with a native speaker",
      instructions:
        "Talk with a native speaker for 15 minutes about a topic you did not prepare for. When you lack a word, describe it rather than switching language.",
      successCriteria:
        "15 minutes, in the language throughout; you kept the conversation going by rephrasing when you lacked a word.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Speak for 5 minutes on a topic you care about",
      instructions:
        "Give a 5-minute talk or explanation in the language on a subject that matters to you (your work, a cause, a hobby), to a native speaker, then discuss it with them.",
      successCriteria:
        "You spoke for 5 minutes and then answered your listener's questions, in the language throughout.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
