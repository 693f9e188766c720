import type { LadderTemplate } from "../types";

export const professionalExam: LadderTemplate = {
  key: "professional-exam",
  title: "Preparing for a professional exam",
  skill: "Passing a professional or certification exam",
  description:
    "Build from short practice sets to full exams under real conditions. Record every score: seeing the numbers rise is evidence your preparation works.",
  levels: [
    {
      title: "Score 70% on a short untimed practice set in your strongest topic",
      instructions:
        "Take 15–20 practice questions from the topic you know best, untimed, with notes closed. Mark them and record the score.",
      successCriteria: "A recorded score of 70% or higher on the set.",
      difficulty: 2,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Complete a timed section in your weakest topic and log every error",
      instructions:
        "Take one timed practice section in the topic you find hardest. Afterwards, write each wrong answer into an error log: what you chose, the right answer, and why.",
      successCriteria:
        "You finished the section within the time limit and every wrong answer has an entry in your error log.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Pass a half-length practice exam under timed conditions",
      instructions:
        "Sit a half-length practice exam in one go, timed, with no notes or phone. Mark it against the official pass mark and update your error log.",
      successCriteria: "A recorded score at or above the pass mark on the half-length exam.",
      difficulty: 6,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Pass a full-length practice exam under exam conditions",
      instructions:
        "Sit a full-length practice exam as if it were the real one: same time of day, same duration, same breaks, no notes.",
      successCriteria: "A recorded score at or above the pass mark on a full-length exam taken in one sitting.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Pass a second full exam with a margin",
      instructions:
        "In the final weeks before the exam, sit another full-length practice exam under exam conditions, on a paper you have not seen.",
      successCriteria:
        "A recorded score at least 5 percentage points above the pass mark, on an unseen full-length paper. Share the score and error log with your coach.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
