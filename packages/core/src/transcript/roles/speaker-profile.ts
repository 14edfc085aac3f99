import { buildTurns } from '../../analysis/turns';
import type { TranscriptContent } from '../model';
import {
  ADDRESSES_COMPANY,
  HOSTS_THE_MEETING,
  INTRODUCES_AS_APPLICANT,
  INTRODUCES_AS_COMPANY,
  INVITES_QUESTIONS,
  isQuestionUnit,
  NARRATES_OWN_EXPERIENCE,
  SPEAKS_FOR_COMPANY,
  utterances,
} from './spoken-cues';

/** A cue found in someone's speech, with the first place it was said (quoted as evidence). */
export interface Observed {
  count: number;
  example: string | null;
}

/** What one speaker did in the conversation, counted from their turns. */
export interface SpeakerProfile {
  key: string;
  turns: number;
  characters: number;
  questions: Observed;
  invites: Observed;
  hosts: Observed;
  companyIntro: Observed;
  companyWords: Observed;
  applicantWords: Observed;
  applicantIntro: Observed;
  /** Turns of 40+ characters answering someone else's question with first-person narration. */
  longAnswers: Observed;
}

const LONG_ANSWER_CHARACTERS = 40;

export function speakerProfiles(content: TranscriptContent): Map<string, SpeakerProfile> {
  const profiles = new Map<string, SpeakerProfile>();
  for (const speaker of content.speakers) profiles.set(speaker.key, emptyProfile(speaker.key));
  let previousAsked: string | null = null;
  for (const turn of buildTurns(content)) {
    const profile = profiles.get(turn.speaker) ?? emptyProfile(turn.speaker);
    profiles.set(turn.speaker, profile);
    profile.turns += 1;
    profile.characters += turn.text.replace(/\s/g, '').length;
    let asked = false;
    for (const unit of utterances(turn.text)) {
      const invites = INVITES_QUESTIONS.test(unit);
      if (invites) note(profile.invites, unit);
      else if (isQuestionUnit(unit)) {
        note(profile.questions, unit);
        asked = true;
      }
      if (HOSTS_THE_MEETING.test(unit)) note(profile.hosts, unit);
      if (INTRODUCES_AS_COMPANY.test(unit)) note(profile.companyIntro, unit);
      if (SPEAKS_FOR_COMPANY.test(unit)) note(profile.companyWords, unit);
      if (ADDRESSES_COMPANY.test(unit)) note(profile.applicantWords, unit);
      if (!isQuestionUnit(unit) && INTRODUCES_AS_APPLICANT.test(unit)) note(profile.applicantIntro, unit);
      asked ||= invites;
    }
    const answersOther = previousAsked !== null && previousAsked !== turn.speaker;
    if (answersOther && turn.text.length >= LONG_ANSWER_CHARACTERS && NARRATES_OWN_EXPERIENCE.test(turn.text)) {
      note(profile.longAnswers, turn.text);
    }
    previousAsked = asked ? turn.speaker : null;
  }
  return profiles;
}

function emptyProfile(key: string): SpeakerProfile {
  const none = (): Observed => ({ count: 0, example: null });
  return {
    key,
    turns: 0,
    characters: 0,
    questions: none(),
    invites: none(),
    hosts: none(),
    companyIntro: none(),
    companyWords: none(),
    applicantWords: none(),
    applicantIntro: none(),
    longAnswers: none(),
  };
}

function note(observed: Observed, unit: string): void {
  observed.count += 1;
  observed.example ??= unit.length > 24 ? `${unit.slice(0, 24)}…` : unit;
}
