// The DuckDB side of the report comparison: reads a realization CSV as iki
// reads it (`;` between cells, decimal comma, header row, empty cell = NULL)
// and computes per (jabatan, indikator, variabel) what iki's TAHUN report
// aggregates: the sum over quarters, the latest quarter's value, the mean and
// the number of quarters with a value. Writes the result as CSV.
//
//   node bench/duckdb-aggregate.mjs REALISASI.csv OUTPUT.csv
//
// DuckDB runs with its defaults, so it uses every core; iki uses one.
import process from 'node:process';
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node bench/duckdb-aggregate.mjs REALISASI.csv OUTPUT.csv\n');
  process.exit(2);
}

// Paths go into SQL string literals, where a quote is written twice.
const literal = (text) => `'${text.replace(/'/g, "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const columns = "{'jabatan': 'VARCHAR', 'indikator': 'VARCHAR', 'variabel': 'VARCHAR', 'periode': 'VARCHAR', 'nilai': 'DOUBLE'}";
const result = await connection.runAndReadAll(`
  COPY (
    SELECT
      jabatan,
      indikator,
      variabel,
      sum(nilai) AS jumlah,
      arg_max(nilai, periode) FILTER (WHERE nilai IS NOT NULL) AS akhir,
      avg(nilai) AS rata_rata,
      count(nilai) AS triwulan_berisi
    FROM read_csv(${literal(input)}, delim = ';', decimal_separator = ',', header = true, columns = ${columns})
    GROUP BY jabatan, indikator, variabel
  ) TO ${literal(output)} (HEADER, DELIMITER ',')
`);
const [[written]] = result.getRows();
process.stderr.write(`duckdb: ${written} variables written to ${output}\n`);
connection.closeSync();
instance.closeSync();
