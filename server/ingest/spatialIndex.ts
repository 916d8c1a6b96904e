/** A uniform grid over points or extents, for "what is near here" during seeding. */
export class GridIndex<T> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cellSize: number) {}

  insert(extent: readonly number[], item: T): void {
    for (const key of this.keys(extent)) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(item);
      else this.cells.set(key, [item]);
    }
  }

  query(extent: readonly number[]): T[] {
    const found = new Set<T>();
    for (const key of this.keys(extent)) for (const item of this.cells.get(key) ?? []) found.add(item);
    return [...found];
  }

  private *keys([minX, minY, maxX, maxY]: readonly number[]): Generator<string> {
    const s = this.cellSize;
    for (let x = Math.floor(minX / s); x <= Math.floor(maxX / s); x++) {
      for (let y = Math.floor(minY / s); y <= Math.floor(maxY / s); y++) yield `${x}:${y}`;
    }
  }
}
