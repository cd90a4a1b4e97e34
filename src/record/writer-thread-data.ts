/** What the SQLite writer thread is started with. */
export interface SqliteWriterThreadData {
  backend: "sqlite";
  file: string;
  synchronous: "normal" | "full";
  autocheckpointPages?: number;
  /** Run a PASSIVE WAL checkpoint this often (ms) on the thread's connection (the backend's background checkpoints). */
  checkpointMs?: number;
  /** Test hook: the thread exits right after committing its nth batch, before answering. */
  crashAfterCommit?: number;
}

/** What the PostgreSQL writer thread is started with (it opens its own pool). */
export interface PostgresWriterThreadData {
  backend: "postgres";
  url: string;
  schema: string;
  /** Test hook: the thread exits right after committing its nth batch, before answering. */
  crashAfterCommit?: number;
}

/** What a writer thread is started with: its backend picks the thread's module (`<backend>-writer-thread`). */
export type WriterThreadData = SqliteWriterThreadData | PostgresWriterThreadData;
