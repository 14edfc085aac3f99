/**
 * The yardsticks every metric is compared with. They are settings: the defaults below come from the
 * product brief (shared DESIGN.md, "Norms the analysis starts from"); the user can override any of them
 * and the server stores the overrides.
 */
export interface AnalysisNorms {
  pace: {
    /** DESIGN.md: NHK news reads at ≈300 characters/min — the "clear and calm" reference. */
    targetCharsPerMinute: number;
    /** DESIGN.md: ≥400 characters/min feels fast (commercial stations ≈350). */
    fastCharsPerMinute: number;
    /** Below this an answer sounds hesitant; not in DESIGN.md, a conservative floor. */
    slowCharsPerMinute: number;
    /**
     * No pace verdict from less speech than this (DESIGN.md: judge rates "never from a few seconds of
     * speech"): a 4-second "はい、五名です" at 450 characters/min is not a fast speaker.
     */
    minSpeakingMs: number;
  };
  length: {
    /** DESIGN.md: about one minute for an open question… */
    targetMs: number;
    /** …which is ≈300 characters. */
    targetChars: number;
    /** An open answer under this share of the target is flagged as short. */
    shortBelowRatio: number;
    /** An answer over this multiple of the target is flagged as long (1.5: a minute and a half, ≈450 characters). */
    longAboveRatio: number;
    /**
     * A practice answer under this share of the target is short. Higher than `shortBelowRatio`, which must let
     * an interview's closed questions (「はい、五名です」) pass: practice asks open questions, written to be
     * answered in about a minute (DESIGN.md), so 0.6 (≈36 s, ≈180 characters) is the lower edge of "about".
     * Absent in settings stored before it: the default applies.
     */
    practiceShortBelowRatio: number;
  };
  fillers: {
    /** DESIGN.md: up to 5 per minute listeners do not penalise. */
    okPerMinute: number;
    /** DESIGN.md: harm shows around 12 per minute. */
    harmfulPerMinute: number;
    /**
     * A rate over less speech than this is judged only when the fillers are many (`minCountForShortSpeech`):
     * DESIGN.md, "judge rates, not single fillers, and never from a few seconds of speech" — "えーと、特に
     * ありません" is not 30 fillers a minute.
     */
    minSpeakingMs: number;
    minCountForShortSpeech: number;
    /** Words counted as fillers besides IPADIC's フィラー (DESIGN.md names えーと, あのー…). */
    lexicon: string[];
    /** Words that count only as hesitation, i.e. followed by a pause mark or another filler (あの時 is no filler). */
    contextual: string[];
    /** IPADIC tags these フィラー, but listeners hear them as words. */
    excluded: string[];
  };
  pauses: {
    /** Silences inside an answer longer than this are reported (issue: pauses longer than 2 s). */
    minMs: number;
  };
  latency: {
    /** Taking longer than this to start answering is pointed out. */
    longMs: number;
  };
  intonation: {
    /** DESIGN.md: PVQ = std(F0)/mean(F0) per ~10 s window… */
    windowMs: number;
    /** …below 0.15 sounds monotone. */
    monotonePvq: number;
  };
  talkShare: {
    /** DESIGN.md: the candidate talks roughly 50–70 % of a one-to-one interview. */
    min: number;
    max: number;
  };
}

export const DEFAULT_NORMS: AnalysisNorms = {
  pace: { targetCharsPerMinute: 300, fastCharsPerMinute: 400, slowCharsPerMinute: 200, minSpeakingMs: 10_000 },
  length: {
    targetMs: 60_000,
    targetChars: 300,
    shortBelowRatio: 0.2,
    longAboveRatio: 1.5,
    practiceShortBelowRatio: 0.6,
  },
  fillers: {
    okPerMinute: 5,
    harmfulPerMinute: 12,
    minSpeakingMs: 15_000,
    minCountForShortSpeech: 3,
    lexicon: ['えーと', 'えっと', 'ええと', 'えーっと', 'えと', 'えー', 'あのー', 'あのう', 'そのー', 'うーん', 'んー'],
    contextual: ['あの', 'その', 'まあ', 'まぁ', 'なんか', 'あー', 'um', 'uh', 'umm', 'uhm', 'er'],
    excluded: ['そうですね', 'ええ', 'はい'],
  },
  pauses: { minMs: 2_000 },
  latency: { longMs: 5_000 },
  intonation: { windowMs: 10_000, monotonePvq: 0.15 },
  talkShare: { min: 0.5, max: 0.7 },
};

/** Deep-merges stored overrides onto the defaults; unknown keys and wrong types are ignored. */
export function resolveNorms(overrides: unknown): AnalysisNorms {
  return mergeInto(structuredClone(DEFAULT_NORMS), overrides) as AnalysisNorms;
}

function mergeInto(base: unknown, patch: unknown): unknown {
  if (patch === undefined || patch === null) return base;
  if (Array.isArray(base)) {
    return Array.isArray(patch) && patch.every((item) => typeof item === 'string') ? patch : base;
  }
  if (typeof base === 'object' && base !== null) {
    if (typeof patch !== 'object' || Array.isArray(patch)) return base;
    const result = base as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
      if (key in result) result[key] = mergeInto(result[key], value);
    }
    return result;
  }
  return typeof patch === typeof base && (typeof patch !== 'number' || Number.isFinite(patch)) ? patch : base;
}
