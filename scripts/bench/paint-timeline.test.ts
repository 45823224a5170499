import { describe, expect, it } from 'vitest';
import { medianRun, paintTimeline, type NetworkEvent } from './paint-timeline.ts';

const doc = (ts = 10): NetworkEvent => ({ kind: 'sent', id: 'd', ts, url: 'http://h/', type: 'Document' });

describe('paintTimeline', () => {
  it('times the paint from the document’s request and against its last byte', () => {
    const events: NetworkEvent[] = [
      doc(),
      { kind: 'response', id: 'd', ts: 10.5, bytes: 900 },
      { kind: 'data', id: 'd', ts: 10.6, bytes: 0, decoded: 30_000 },
      { kind: 'finished', id: 'd', ts: 10.7, bytes: 9_900 },
    ];
    const t = paintTimeline(events, 10.75);
    expect(t.fcpMs).toBeCloseTo(750);
    expect(t.htmlEndMs).toBeCloseTo(700);
    expect(t.fcpAfterHtmlMs).toBeCloseTo(50);
    expect(t.bytesBeforePaint).toBe(9_900);
    expect(t.requestsBeforePaint).toBe(1);
    expect(t.bytes).toBe(9_900);
    expect(t.requests).toBe(1);
  });

  it('counts a paint before the HTML finished as negative, with the share of the document that had arrived', () => {
    const events: NetworkEvent[] = [
      doc(),
      { kind: 'response', id: 'd', ts: 10.4, bytes: 1_000 },
      // Chromium gives no encoded size per chunk for a document: 3 of 4 decoded parts ≈ 3/4 of the body.
      { kind: 'data', id: 'd', ts: 10.5, bytes: 0, decoded: 30_000 },
      { kind: 'data', id: 'd', ts: 10.9, bytes: 0, decoded: 10_000 },
      { kind: 'finished', id: 'd', ts: 10.9, bytes: 9_000 },
    ];
    const t = paintTimeline(events, 10.6);
    expect(t.fcpAfterHtmlMs).toBeCloseTo(-300);
    expect(t.bytesBeforePaint).toBe(1_000 + 6_000);
    expect(t.bytes).toBe(9_000);
  });

  it('adds resources by what had arrived at the paint, and counts requests sent before it', () => {
    const events: NetworkEvent[] = [
      doc(),
      { kind: 'finished', id: 'd', ts: 10.5, bytes: 5_000 },
      // A script whose chunks carry their encoded size: half of it before the paint.
      { kind: 'sent', id: 's', ts: 10.55, url: 'http://h/a.js', type: 'Script' },
      { kind: 'response', id: 's', ts: 10.6, bytes: 300 },
      { kind: 'data', id: 's', ts: 10.6, bytes: 700, decoded: 2_000 },
      { kind: 'data', id: 's', ts: 10.8, bytes: 700, decoded: 2_000 },
      { kind: 'finished', id: 's', ts: 10.8, bytes: 1_700 },
      // An icon asked for after the paint, and a request that failed.
      { kind: 'sent', id: 'i', ts: 10.7, url: 'http://h/i.svg', type: 'Other' },
      { kind: 'finished', id: 'i', ts: 11, bytes: 400 },
      { kind: 'sent', id: 'f', ts: 10.56, url: 'http://h/x', type: 'Fetch' },
      { kind: 'failed', id: 'f', ts: 10.6 },
    ];
    const t = paintTimeline(events, 10.65);
    expect(t.bytesBeforePaint).toBe(5_000 + 300 + 700);
    expect(t.requestsBeforePaint).toBe(3);
    expect(t.bytes).toBe(5_000 + 1_700 + 400);
    expect(t.requests).toBe(4);
  });

  it('refuses events without a complete document', () => {
    expect(() => paintTimeline([], 1)).toThrow(/no document/);
    expect(() => paintTimeline([doc(), { kind: 'failed', id: 'd', ts: 11 }], 12)).toThrow(/never finished/);
  });
});

describe('medianRun', () => {
  it('picks the run of median first paint, the lower one of an even count', () => {
    expect(medianRun([{ fcpMs: 900 }, { fcpMs: 700 }, { fcpMs: 800 }])).toEqual({ fcpMs: 800 });
    expect(medianRun([{ fcpMs: 900 }, { fcpMs: 700 }])).toEqual({ fcpMs: 700 });
    expect(medianRun([])).toBeUndefined();
  });
});
