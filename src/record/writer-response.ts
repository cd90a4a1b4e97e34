/** A message from an audit writer thread to the main thread. */
export type WriterResponse =
  /** The store is open and its tail read (`seq`): the thread appends after that tail, never from memory. */
  | { type: "ready"; seq: number }
  /** `batch`: the batch's buffer, handed back (transferred) for the next batches once the thread is done with it. */
  | { type: "done"; id: number; seqs: number[]; batch?: ArrayBuffer }
  | { type: "frontier"; id: number; size: number; roots: string[] }
  /** The seqs of the entries asked about by `find`, null where not stored. */
  | { type: "found"; id: number; seqs: (number | null)[] }
  | { type: "failed"; id: number; error: string; batch?: ArrayBuffer }
  | { type: "closed" };
