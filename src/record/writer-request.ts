/** A message from the main thread to an audit writer thread. */
export type WriterRequest =
  /** `batch`: the entries encoded by `encodeBatch` (transferred, `length` bytes used). */
  | { type: "batch"; id: number; batch: ArrayBuffer; length: number; keys: [tenant: string, version: number, key: Uint8Array][] }
  | { type: "forget"; tenant: string }
  /** Which of these entries (kind, request id, time, meta text) are stored after seq `after`: a dead thread's batch. */
  | { type: "find"; id: number; after: number; entries: [kind: string, requestId: string, time: number, meta: string][] }
  /** Extend the Merkle frontier `from` (a checkpoint's; none: the empty tree) to seq `to` (committed). */
  | { type: "frontier"; id: number; from: { size: number; roots: string[] } | null; to: number }
  | { type: "close" };
