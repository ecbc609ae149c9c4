/** Short synthesized cues (no audio files): a chime when a month is scored. Silent when sound is off. */

/** Plays cues while `enabled()` is true; the audio context starts on first use (after a click). */
export function createSound(enabled: () => boolean): { chime(good: boolean): void; destroy(): void } {
  let context: AudioContext | null = null;
  return {
    chime(good) {
      if (!enabled() || typeof AudioContext === 'undefined') return;
      try {
        context ??= new AudioContext();
        const now = context.currentTime;
        const notes = good ? [523.25, 659.25] : [440, 349.23];
        notes.forEach((frequency, i) => {
          const osc = context!.createOscillator();
          const gain = context!.createGain();
          osc.frequency.value = frequency;
          gain.gain.setValueAtTime(0.0001, now + i * 0.12);
          gain.gain.exponentialRampToValueAtTime(0.15, now + i * 0.12 + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.12 + 0.3);
          osc.connect(gain).connect(context!.destination);
          osc.start(now + i * 0.12);
          osc.stop(now + i * 0.12 + 0.32);
        });
      } catch {
        // Audio unavailable: stay silent.
      }
    },
    destroy() {
      void context?.close();
      context = null;
    },
  };
}
