import type { LadderTemplate } from "../types";

export const instrument: LadderTemplate = {
  key: "learning-an-instrument",
  title: "Learning an instrument",
  skill: "Playing a piece for others on your instrument",
  description:
    "Master a simple song first, then take on a harder piece, then play for someone. Recording yourself gives you (and your coach) clear evidence of each step.",
  levels: [
    {
      title: "Play a simple song slowly from start to finish",
      instructions:
        "Choose a simple song you like (a few chords, or a single-line melody). Play it at a slow tempo with a metronome, from the first bar to the last.",
      successCriteria:
        "You played the whole song at your chosen slow tempo without stopping, with no more than two wrong notes or chords.",
      difficulty: 2,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Play the simple song at its full tempo",
      instructions:
        "Raise the metronome in small steps until you reach the song's real tempo. Record a full play-through on your phone.",
      successCriteria:
        "A recording of the whole song at full tempo, without stopping, with no more than two wrong notes or chords.",
      difficulty: 4,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Play a more difficult piece slowly",
      instructions:
        "Choose a piece that includes at least one technique you cannot play yet (a new chord shape, a faster passage, both hands together). Learn it section by section, then play it through slowly.",
      successCriteria:
        "You played the whole new piece at a reduced tempo without stopping, including the new technique.",
      difficulty: 6,
      masteryCount: 2,
      coachConfirms: false,
    },
    {
      title: "Record the more difficult piece at full tempo",
      instructions: "Bring the harder piece up to its real tempo and record a full play-through.",
      successCriteria:
        "A recording of the whole piece at full tempo, without stopping, with no more than three wrong notes or chords.",
      difficulty: 8,
      masteryCount: 1,
      coachConfirms: false,
    },
    {
      title: "Play both pieces for a listener",
      instructions:
        "Play the simple song and the harder piece for at least one person: a friend, family member or teacher. Ask them for one thing that worked and one thing to improve.",
      successCriteria:
        "You played both pieces through for a live listener and wrote down their feedback.",
      difficulty: 10,
      masteryCount: 1,
      coachConfirms: true,
    },
  ],
};
