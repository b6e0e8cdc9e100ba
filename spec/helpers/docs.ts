// The project's documentation as the doc specs read it: README.md and every page of docs/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** README.md and every page of docs/, by path from the root, with their text. */
export const documents: ReadonlyMap<string, string> = new Map(
  [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`),
  ].map((file) => [file, readFileSync(join(root, file), 'utf8')]),
);

/** A Markdown table: its header cells and rows of cells, as written (backticks and all). */
export interface Table {
  readonly header: string[];
  readonly rows: string[][];
  /** The line its header is on, from 1. */
  readonly line: number;
}

/** Every table of a document, in order. */
export function tablesOf(markdown: string): Table[] {
  const lines = markdown.split('\n');
  const tables: Table[] = [];
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1]!.trim())) continue;
    const header = cells(lines[i]!);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) rows.push(cells(lines[j]!));
    tables.push({ header, rows, line: i + 1 });
    i = j;
  }
  return tables;
}

/** The table of a document whose header starts with these cells. */
export function tableWithHeader(file: string, ...header: string[]): Table {
  const table = tablesOf(documents.get(file) ?? '').find((t) => header.every((cell, i) => t.header[i] === cell));
  if (!table) throw new Error(`${file} has no table headed ${header.join(' | ')}`);
  return table;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as dashes. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a document's headings. */
export function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')));
}
