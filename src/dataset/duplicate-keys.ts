/**
 * Keys given twice in one JSON object. JSON.parse keeps the last silently, so a record with two
 * "name" fields loses one without a word; jsonc-parser's visitor sees every key as written.
 */
import { visit } from 'jsonc-parser';

export interface DuplicateKey {
  /** Index of the record (element of the top-level array) it is in, when it is in one. */
  readonly recordIndex: number | undefined;
  /** The field as a path inside the record: `name`, or `sources.0.report` for a nested object. */
  readonly field: string;
  /** 1-based lines of the first and of the repeated key. */
  readonly lines: readonly [number, number];
}

export function findDuplicateKeys(text: string): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  // One frame per open object: the keys seen in it, with their lines.
  const objects: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => void objects.push(new Map()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, _offset, _length, startLine, _startCharacter, pathSupplier) => {
      const seen = objects[objects.length - 1]!;
      const line = startLine + 1;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, line);
        return;
      }
      const path = [...pathSupplier(), key];
      const inRecord = typeof path[0] === 'number';
      duplicates.push({
        recordIndex: inRecord ? (path[0] as number) : undefined,
        field: (inRecord ? path.slice(1) : path).join('.'),
        lines: [first, line],
      });
    },
  });
  return duplicates;
}
