import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../src/router/routes';

describe('hash routes', () => {
  it('parses the library screens and round-trips ids', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute(href.company('co_abc12345'))).toEqual({ name: 'company', id: 'co_abc12345' });
    expect(parseRoute(href.event('ev_abc12345'))).toEqual({ name: 'event', id: 'ev_abc12345' });
  });

  it('parses the recorder of an event', () => {
    expect(parseRoute(href.record('ev_abc12345'))).toEqual({ name: 'record', eventId: 'ev_abc12345' });
    expect(parseRoute('#/events/ev_abc12345/record/')).toEqual({ name: 'record', eventId: 'ev_abc12345' });
    expect(parseRoute('#/events/ev_abc12345/records')).toMatchObject({ name: 'not-found' });
  });

  it('parses the settings and guide pages, with or without a trailing slash', () => {
    expect(parseRoute(href.settings())).toEqual({ name: 'settings' });
    expect(parseRoute('#/settings/')).toEqual({ name: 'settings' });
    expect(parseRoute(href.guide())).toEqual({ name: 'guide' });
    expect(parseRoute('#/guide/')).toEqual({ name: 'guide' });
  });

  it('treats anything else as not found', () => {
    expect(parseRoute('#/companies/')).toMatchObject({ name: 'not-found' });
    expect(parseRoute('#/recordings/rec_1')).toMatchObject({ name: 'not-found' });
    expect(parseRoute('#/settings/extra')).toMatchObject({ name: 'not-found' });
    expect(parseRoute('#/events/%E0%A4%A')).toEqual({ name: 'event', id: '%E0%A4%A' });
  });

  it('parses the review page with the moment to start at, and the search page with its query', () => {
    expect(parseRoute(href.review('ev_1'))).toEqual({ name: 'review', id: 'ev_1', t: null });
    expect(parseRoute(href.review('ev_1', 12_345))).toEqual({ name: 'review', id: 'ev_1', t: 12.3 });
    expect(parseRoute('#/events/ev_1/review?t=-4')).toEqual({ name: 'review', id: 'ev_1', t: null });
    expect(parseRoute('#/events/ev_1/review?t=abc')).toEqual({ name: 'review', id: 'ev_1', t: null });
    expect(parseRoute(href.search('志望 動機&?'))).toEqual({ name: 'search', q: '志望 動機&?' });
    expect(parseRoute(href.search(''))).toEqual({ name: 'search', q: '' });
    expect(parseRoute('#/events/ev_1?t=3')).toEqual({ name: 'event', id: 'ev_1' });
  });

  it('parses the prep page of a company or application, the question bank and practice with its target', () => {
    expect(parseRoute(href.prep('app_1'))).toEqual({ name: 'prep', target: 'app_1', round: null });
    expect(parseRoute(href.prep('株式会社 A'))).toEqual({ name: 'prep', target: '株式会社 A', round: null });
    expect(parseRoute(href.prep('app_1', 'final'))).toEqual({ name: 'prep', target: 'app_1', round: 'final' });
    expect(parseRoute('#/prep/app_1?round=seventh')).toEqual({ name: 'prep', target: 'app_1', round: null });
    expect(parseRoute(href.questions())).toEqual({ name: 'questions' });
    expect(parseRoute(href.practice())).toEqual({ name: 'practice', target: null, round: null });
    expect(parseRoute(href.practice('co_1'))).toEqual({ name: 'practice', target: 'co_1', round: null });
    expect(parseRoute(href.practice('app_1', 'second'))).toEqual({
      name: 'practice',
      target: 'app_1',
      round: 'second',
    });
    expect(parseRoute('#/practice?target=app_1&round=ninth')).toMatchObject({ round: null });
    expect(parseRoute('#/prep/')).toMatchObject({ name: 'not-found' });
  });
});
