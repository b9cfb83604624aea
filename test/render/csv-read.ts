/** A strict CSV reader for tests of the CSV output. */

/**
 * An RFC 4180 reader: records end in CRLF, a quoted field may hold commas, CR, LF and
 * doubled quotes. Throws on a stray quote or a bare line feed between records.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unclosed quoted field');
        if (csv[i] === '"' && csv[i + 1] === '"') (field += '"'), (i += 2);
        else if (csv[i] === '"') break;
        else field += csv[i++];
      }
      i++;
      if (csv[i] !== ',' && csv[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (csv[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (csv[i] === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (csv[i] === '\n' || csv[i] === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += csv[i++];
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record lacks its CRLF');
  return rows;
}
