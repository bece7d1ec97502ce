import type { RqeModel } from '../similarity/model.js';

/** Words seen in candidate questions: id → text, vector row (-1 = unknown to the model), IDF. */
export class WordTable {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  readonly rows: number[] = [];
  readonly idf: number[] = [];

  constructor(private readonly model: RqeModel) {}

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.rows.push(this.model.vectors.rowOf(word));
      this.idf.push(this.model.vectors.idf(word));
    }
    return id;
  }

  lookup(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Only the words: their rows and IDF are read again from the model (checked to be the same one). */
  toSnapshot(): string[] {
    return [...this.words];
  }

  static fromSnapshot(model: RqeModel, words: readonly string[]): WordTable {
    const t = new WordTable(model);
    for (const w of words) t.id(w);
    if (t.words.length !== words.length) throw new Error('snapshot: repeated re-rank words');
    return t;
  }
}
