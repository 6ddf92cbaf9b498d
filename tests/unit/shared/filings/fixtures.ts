import { FilingSchema, type Filing, type FilingStatus } from '../../../../shared/domain/filing.ts';

type Event = { status: FilingStatus; date: string; receivedOn?: string; note?: string };

/** Build a filing through the real schema, so defaults are the ones old case files get. */
export function filing(fields: Record<string, unknown>, history: ReadonlyArray<Event> = []): Filing {
  return FilingSchema.parse({ id: 'f1', createdAt: '2026-01-01T00:00:00Z', ...fields, history });
}

export function rti(history: ReadonlyArray<Event>, fields: Record<string, unknown> = {}): Filing {
  return filing({ kind: 'rti-application', publicAuthority: 'MoHFW', ...fields }, history);
}
