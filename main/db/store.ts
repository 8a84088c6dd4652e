// Storage behind a small interface of async methods per aggregate (ARCHITECTURE.md "Data"). SQLite is
// the embedded default (sqlite/...); nothing above this file assumes a synchronous database.
// PLACEHOLDER: the records engineer defines the aggregates here.
export interface Store {
  close(): Promise<void>;
}
