/** The rows of a raw `db.execute(sql…)`: both drivers answer it with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
