"use client";

import { useEffect, useState } from "react";

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * A calm timer for one step: it counts down the step's suggested time once started,
 * makes no sound and never moves the page on. The only client JavaScript of the session;
 * without it the page still works (the suggested time is printed).
 */
export function StepTimer({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      setLeft((value) => {
        if (value <= 1) {
          setRunning(false);
          return 0;
        }
        return value - 1;
      });
    }, 1000);
    return () => window.clearInterval(id);
  }, [running]);

  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg bg-brand-soft p-3">
      <span className="font-mono text-2xl tabular-nums" aria-hidden="true">
        {clock(left)}
      </span>
      <button
        type="button"
        onClick={() => (left === 0 ? (setLeft(seconds), setRunning(true)) : setRunning(!running))}
        className="min-h-11 rounded-md px-3 py-2 text-sm font-medium text-brand ring-1 ring-brand/40 hover:bg-white"
      >
        {running ? "Pause" : left === 0 ? "Again" : left === seconds ? "Start the timer" : "Resume"}
      </button>
      <p aria-live="polite" className="text-sm text-muted">
        {left === 0 ? "Time's up. Take a breath, and move on when you're ready." : ""}
      </p>
    </div>
  );
}
