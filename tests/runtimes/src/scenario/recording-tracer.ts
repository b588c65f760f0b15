// A tracer provider written against @opentelemetry/api alone (no SDK, so that it bundles for every
// runtime of the matrix): it records each ended span's name, kind, attributes, events and status.
import {
  SpanStatusCode,
  TraceFlags,
  type Attributes,
  type Span,
  type SpanOptions,
  type SpanStatus,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';

/** An ended span as the recording tracer saw it. */
export interface RecordedSpan {
  name: string;
  kind: number | undefined;
  attributes: Attributes;
  events: { name: string; attributes: Attributes | undefined }[];
  status: SpanStatus;
}

const hex = (length: number): string =>
  Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('');

/** A provider whose tracers record into `ended`. */
export function recordingTracerProvider(): { provider: TracerProvider; ended: RecordedSpan[] } {
  const ended: RecordedSpan[] = [];
  const tracer: Tracer = {
    startSpan(name: string, options: SpanOptions = {}): Span {
      const record: RecordedSpan = {
        name,
        kind: options.kind,
        attributes: { ...options.attributes },
        events: [],
        status: { code: SpanStatusCode.UNSET },
      };
      const context = { traceId: hex(32), spanId: hex(16), traceFlags: TraceFlags.SAMPLED };
      const span: Span = {
        spanContext: () => context,
        setAttribute: (key, value) => {
          if (value !== undefined) record.attributes[key] = value;
          return span;
        },
        setAttributes: (attributes) => {
          Object.assign(record.attributes, attributes);
          return span;
        },
        addEvent: (eventName, attributes) => {
          record.events.push({ name: eventName, attributes: attributes as Attributes });
          return span;
        },
        addLink: () => span,
        addLinks: () => span,
        setStatus: (status) => {
          record.status = status;
          return span;
        },
        updateName: (newName) => {
          record.name = newName;
          return span;
        },
        end: () => void ended.push(record),
        isRecording: () => true,
        recordException: () => {},
      };
      return span;
    },
    startActiveSpan: () => {
      throw new Error('not used by the SDK');
    },
  };
  return { provider: { getTracer: () => tracer }, ended };
}
