import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_LABELS, EVENT_TYPES, parseEventType, parseRound, ROUND_LABELS } from '../src/index';

describe('labels and the words people type', () => {
  it('has a Japanese and an English label for every event type and round', () => {
    for (const type of EVENT_TYPES) {
      expect(EVENT_TYPE_LABELS[type].ja).not.toBe('');
      expect(EVENT_TYPE_LABELS[type].en).not.toBe('');
    }
    expect(ROUND_LABELS.final.ja).toBe('最終面接');
  });

  it.each([
    ['1次', 'first'],
    ['１次', 'first'],
    ['二次', 'second'],
    ['3次面接', 'third'],
    ['最終', 'final'],
    ['最終面接', 'final'],
    ['カジュアル面談', 'casual'],
    ['final', 'final'],
  ])('reads the round %s as %s', (input, round) => {
    expect(parseRound(input)).toBe(round);
  });

  it('does not guess an unknown round', () => {
    expect(parseRound('4次')).toBeUndefined();
  });

  it.each([
    ['面接', 'interview'],
    ['OB/OG', 'ob_og_visit'],
    ['座談会', 'roundtable'],
    ['GD', 'group_discussion'],
    ['group-discussion', 'group_discussion'],
    ['模擬面接', 'practice'],
  ])('reads the event type %s as %s', (input, type) => {
    expect(parseEventType(input)).toBe(type);
  });
});
