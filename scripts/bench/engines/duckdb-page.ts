// The bench's DuckDB-WASM engine: the file is handed to DuckDB (read in its worker through
// FileReaderSync) and one SQL scan counts promoters, passives and detractors per segment and per
// month (grouping sets), with rows whose score is missing or off the 0-10 scale counted as
// excluded. The EH build (WebAssembly exceptions, no threads, no cross-origin isolation needed).
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
import type { NpsCounts } from '../../../src/calculators/nps/parse.ts';
import { runEngine, type EngineCounts } from './harness.ts';

const SQL = `
  WITH r AS (SELECT region, plan, strftime(TRY_CAST("date" AS DATE), '%Y-%m') AS month, TRY_CAST(nps AS INTEGER) AS s
             FROM read_csv('survey.csv', header = true, all_varchar = true))
  SELECT GROUPING(region, plan, month)::INTEGER AS g, region, plan, month,
         count(*) FILTER (WHERE s BETWEEN 9 AND 10)::INTEGER AS promoters,
         count(*) FILTER (WHERE s BETWEEN 7 AND 8)::INTEGER AS passives,
         count(*) FILTER (WHERE s BETWEEN 0 AND 6)::INTEGER AS detractors,
         count(*) FILTER (WHERE s IS NULL OR s NOT BETWEEN 0 AND 10)::INTEGER AS excluded
  FROM r GROUP BY GROUPING SETS ((region), (plan), (month), ())`;

interface Row {
  g: number;
  region: string | null;
  plan: string | null;
  month: string | null;
  promoters: number;
  passives: number;
  detractors: number;
  excluded: number;
}

void runEngine(async (file, started): Promise<EngineCounts> => {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker('duckdb-browser-eh.worker.js'));
  await db.instantiate(new URL('duckdb-eh.wasm', location.href).href);
  started();
  await db.registerFileHandle('survey.csv', file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
  const connection = await db.connect();
  const rows = (await connection.query(SQL)).toArray().map((r) => r.toJSON() as Row);
  await connection.close();
  await db.terminate();
  const counts = (r: Row): NpsCounts => ({ promoters: r.promoters, passives: r.passives, detractors: r.detractors });
  // GROUPING() bits, highest first: region, plan, month; a set bit means the column is rolled up.
  const region = rows.filter((r) => r.g === 0b011);
  const plan = rows.filter((r) => r.g === 0b101);
  const month = rows.filter((r) => r.g === 0b110).sort((a, b) => (a.month! < b.month! ? -1 : 1));
  const total = rows.find((r) => r.g === 0b111)!;
  return {
    segments: { region: region.map((r) => [r.region!, counts(r)]), plan: plan.map((r) => [r.plan!, counts(r)]) },
    months: month.map((r) => [r.month!, counts(r)]),
    used: total.promoters + total.passives + total.detractors,
    excluded: total.excluded,
  };
});
