/**
 * A node's handshake timeline, read back from its structured log (pino JSON lines): every step
 * of the boot handshake and every session it led to. `ccm trace` prints it; tests check it.
 */
export interface TraceStep {
  readonly time: number;
  readonly node: string;
  readonly partner: string;
  readonly step: "R1" | "W1" | "R2" | "W2";
  readonly ok: boolean;
  readonly vi: number;
  readonly remoteVi: number;
  readonly partnerCard: string;
  readonly address: string;
  readonly selfId: number;
  readonly durationMs: number;
  readonly detail: string | undefined;
}

export interface TraceSession {
  readonly time: number;
  readonly node: string;
  readonly partner: string;
  readonly sessionId: number;
  readonly version: number;
  readonly selfId: number;
  readonly partnerBoot: number;
}

export interface HandshakeTrace {
  readonly steps: TraceStep[];
  readonly sessions: TraceSession[];
}

/** Parses log lines (anything that is not a handshake record is skipped). */
export function readHandshakeTrace(lines: Iterable<string>): HandshakeTrace {
  const steps: TraceStep[] = [];
  const sessions: TraceSession[] = [];
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (record.event === "handshake-step") steps.push(record as unknown as TraceStep);
    else if (record.event === "session-connected") sessions.push(record as unknown as TraceSession);
  }
  return { steps, sessions };
}

/** The successful steps that led to `session`, in order (those of its handshake attempt). */
export function stepsOf(trace: HandshakeTrace, session: TraceSession): TraceStep[] {
  return trace.steps.filter(
    (s) =>
      s.ok &&
      s.node === session.node &&
      s.partner === session.partner &&
      s.selfId === session.selfId &&
      s.time <= session.time,
  );
}
