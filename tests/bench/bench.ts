// `pnpm bench [graph|compare|explorer] [options]`: the graph-query timings inside one app process
// (graph-bench.ts, the default), the side-by-side HTTP benchmark against PostGraphile and a
// hand-written SQL ceiling (compare-bench.ts), or the graph explorer's frame times in Chromium
// with several thousand nodes (explorer-bench.ts). Each file's header lists its options.
export {};

const [first] = process.argv.slice(2);
if (first === "compare") await import("./compare-bench.ts");
else if (first === "explorer") await import("./explorer-bench.ts");
else if (first === undefined || first === "graph" || first.startsWith("--")) await import("./graph-bench.ts");
else {
  console.error(`pnpm bench: unknown benchmark '${first}' (graph, compare, explorer)`);
  process.exit(2);
}
