import { useCallback, useEffect, useState } from 'react';

/** The first Japanese voice the browser offers, or null (the question then stays on screen only). */
function japaneseVoice(): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('ja')) ?? null;
}

/** Reads a question aloud with the browser's speech synthesis, in a Japanese voice where one exists. */
export function useSpeech(): { available: boolean; speak(text: string): void } {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(japaneseVoice);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    // Voices load asynchronously in Chromium: the list is empty until this event.
    const update = () => setVoice(japaneseVoice());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  const speak = useCallback(
    (text: string) => {
      if (!voice) return;
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speechSynthesis.speak(utterance);
    },
    [voice],
  );
  return { available: voice !== null, speak };
}
