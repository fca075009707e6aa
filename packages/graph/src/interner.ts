/** Numbers distinct strings in the order first seen: `values[id(s)] === s`, each kept once. */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The one kept copy of `value`. */
  shared(value: string): string {
    return this.values[this.id(value)]!;
  }
}
