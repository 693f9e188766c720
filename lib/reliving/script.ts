import type { ScriptStep } from "./types";

/**
 * Phase 2 of the protocol (mastery experience reliving), adapted from practitioner
 * script to self-guided reading: the client reads a step, looks away or closes their
 * eyes to follow it, and moves on when ready.
 *
 * Durations follow the protocol's delivery notes: a reliving session runs 15–20
 * minutes (these add up to 18.5), at a moderate pace during recall and slightly
 * slower during capability recognition, so those steps get more time each.
 */

export type RelivingStage = "sensory" | "capability" | "anchoring";

export const RELIVING_STEPS: readonly ScriptStep<RelivingStage>[] = [
  {
    id: "settle",
    stage: "sensory",
    title: "Settle in",
    text:
      "Find a place where you won't be interrupted for the next 15 to 20 minutes. Sit comfortably and let your breathing slow. " +
      "Read each step, then look away or close your eyes while you follow it, and move on when you're ready. " +
      "Bring to mind the win you chose: a time you accomplished something difficult, something that required real effort from you.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "go-back",
    stage: "sensory",
    title: "Go back to that moment",
    text:
      "Take yourself back to that moment of success. Go back to that moment now, as if it were happening again. " +
      "Where are you? Let the scene form around you, one detail at a time.",
    durationSeconds: 90,
    pace: "moderate",
  },
  {
    id: "see",
    stage: "sensory",
    title: "What do you see?",
    text:
      "Look around you in that moment. What do you see around you? " +
      "Notice the place, the light, the people or things nearby, the small details you had almost forgotten.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "hear",
    stage: "sensory",
    title: "What do you hear?",
    text: "Now listen. What sounds do you hear? Voices, footsteps, the room around you, your own breathing. Let them come back.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "body",
    stage: "sensory",
    title: "What do you feel in your body?",
    text:
      "Notice your body in that moment. What physical sensations do you feel? " +
      "Your posture, your hands, your heartbeat, the ground under your feet.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "emotions",
    stage: "sensory",
    title: "What emotions arise?",
    text:
      "What emotions arise as you stand in that moment? Let them be there. " +
      "Re-experience the achievement as if it is happening now, and feel what it felt like to succeed after that challenge.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "notice",
    stage: "capability",
    title: "Notice what this says about you",
    text:
      "Stay inside the memory. Notice what this says about your capabilities. " +
      "This success didn't happen by accident. It happened because you made it happen. You did this.",
    durationSeconds: 120,
    pace: "slower",
  },
  {
    id: "strengths",
    stage: "capability",
    title: "What strengths does this reveal?",
    text:
      "What strengths does this reveal about you? Think about what you actually did: the actions you took, " +
      "the effort you put in, the problems you solved. Name those strengths to yourself, in your own words.",
    durationSeconds: 150,
    pace: "slower",
  },
  {
    id: "what-else",
    stage: "capability",
    title: "What else are you capable of?",
    text:
      "If you could do this, what else are you capable of? The same strengths that led to that success are still within you. " +
      "Let your mind move beyond this one event: where else could they carry you? " +
      "Hold on to the answer as a sentence that begins “I am someone who can …”.",
    durationSeconds: 150,
    pace: "slower",
  },
  {
    id: "pride",
    stage: "anchoring",
    title: "Feel the pride",
    text:
      "Go back to the peak of the moment, the point where you knew you had done it. " +
      "Feel the pride, the satisfaction. Let it fill you.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "breathe",
    stage: "anchoring",
    title: "Breathe it in",
    text:
      "Breathe in this feeling of competence. With each breath in, let it grow a little stronger; " +
      "with each breath out, let it settle into your body.",
    durationSeconds: 60,
    pace: "moderate",
  },
  {
    id: "anchor",
    stage: "anchoring",
    title: "Set your anchor",
    text:
      "At the peak of this feeling, touch your thumb and finger together and hold them for a few breaths while the feeling is strongest. " +
      "Then let go. That small touch is now your anchor, linked to this feeling; you can use it again before a challenge. " +
      "If you like, pair it with a word that sums the feeling up.",
    durationSeconds: 90,
    pace: "moderate",
  },
  {
    id: "bring-forward",
    stage: "anchoring",
    title: "Bring it with you",
    text:
      "You've proven you can master difficult challenges: you did it before, and that same capability still exists within you. " +
      "Think of the challenge in front of you now, and notice that the person in this memory is the person facing it. " +
      "When you're ready, come back to the room.",
    durationSeconds: 90,
    pace: "moderate",
  },
];
