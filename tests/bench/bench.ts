// `pnpm bench [graph|compare] [options]`: the graph-query timings inside one app process
// (graph-bench.ts, the default), or the side-by-side HTTP benchmark against PostGraphile and a
// hand-written SQL ceiling (compare-bench.ts). Each file's header lists its options.
export {};

const [first] = process.argv.slice(2);
if (first === "compare") await import("./compare-bench.ts");
else if (first === undefined || first === "graph" || first.startsWith("--")) await import("./graph-bench.ts");
else {
  console.error(`pnpm bench: unknown benchmark '${first}' (graph, compare)`);
  process.exit(2);
}
