import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankObserver, hasObserverDetails, missingObserverDetails, observerDetailRows, observerShape, observerSignOffRows, signatureRows, BLANK_LINE, type ObserverDetails } from './observer';

const complete: ObserverDetails = { date: '2026-10-14', observerName: 'Sarah Whitcombe', observerRole: 'line-manager', customerPermission: true, observerComments: 'Well prepared.' };

describe('observer details', () => {
  it('spreads into a record’s schema and reads a complete observer back unchanged', () => {
    const Record = z.object({ id: z.string(), ...observerShape });
    expect(Record.parse({ id: 'a', ...complete })).toEqual({ id: 'a', ...complete });
    expect(Record.safeParse({ id: 'a', ...complete, observerRole: 'friend' }).success).toBe(false);
    expect(Record.safeParse({ id: 'a', ...complete, date: '2026-13-01' }).success).toBe(false);
  });

  it('needs the date, the observer’s name and role, and the customer’s permission, and says which are missing', () => {
    expect(hasObserverDetails(complete)).toBe(true);
    expect(missingObserverDetails(complete)).toEqual([]);
    expect(hasObserverDetails(blankObserver())).toBe(false);
    expect(missingObserverDetails(blankObserver())).toEqual(['the date', 'the observer’s name', 'the observer’s role', 'the customer’s permission']);
    expect(hasObserverDetails({ ...complete, observerName: '   ' })).toBe(false);
    expect(missingObserverDetails({ ...complete, customerPermission: false })).toEqual(['the customer’s permission']);
  });

  it('prints the details, the comments and a signature block, saying what is not given', () => {
    expect(observerDetailRows(complete)).toEqual([
      { label: 'Date of the meeting', value: '14 October 2026' },
      { label: 'Observer', value: 'Sarah Whitcombe' },
      { label: 'Observer’s role', value: 'Line manager' },
      { label: 'Customer’s permission to observe and record', value: 'Given' },
    ]);
    expect(observerDetailRows(blankObserver(), 'negotiation').map((r) => r.value)).toEqual(['Not given', 'Not given', 'Not given', 'Not confirmed']);
    expect(observerDetailRows(blankObserver(), 'negotiation')[0]!.label).toBe('Date of the negotiation');
    expect(observerSignOffRows(complete).map((r) => r.label)).toEqual(['Observer’s comments', 'Observer’s signature', 'Date signed']);
    expect(observerSignOffRows(blankObserver())[0]!.value).toBe('Not given');
  });

  it('leaves lines for anyone who signs a printed record: a witness as well as an observer', () => {
    expect(signatureRows('Witness')).toEqual([
      { label: 'Witness’s signature', value: BLANK_LINE },
      { label: 'Date signed', value: BLANK_LINE },
    ]);
  });
});
