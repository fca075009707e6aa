/// <reference types="node" />
// Prints every chunk of the production build with its gzipped size, and fails the build when
// the JavaScript a first visit loads (the entry chunk and everything it imports statically)
// exceeds the budget. Lazily loaded chunks (graph explorer, map...) are listed but not counted.
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

interface Row {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleBudget({ initialJsGzipKb }: { initialJsGzipKb: number }): Plugin {
  return {
    name: "agora-bundle-budget",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
      const initial = new Set<string>();
      const visit = (file: string) => {
        if (initial.has(file)) return;
        initial.add(file);
        const chunk = bundle[file];
        if (chunk?.type === "chunk") chunk.imports.forEach(visit);
      };
      chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));

      const rows: Row[] = Object.values(bundle)
        .filter((output) => /\.(js|css|json|svg)$/.test(output.fileName))
        .map((output) => {
          const source = output.type === "chunk" ? output.code : output.source;
          const bytes = typeof source === "string" ? Buffer.from(source) : Buffer.from(source);
          return { file: output.fileName, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(output.fileName) };
        })
        .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

      const initialJs = rows.filter((row) => row.initial && row.file.endsWith(".js")).reduce((sum, row) => sum + row.gzip, 0);
      const width = Math.max(...rows.map((row) => row.file.length));
      const lines = rows.map((row) => `  ${row.file.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(9)} gzip  ${row.file.endsWith(".js") ? (row.initial ? "initial" : "lazy") : "asset"}`);
      const verdict = `initial JavaScript: ${kb(initialJs)} gzipped (budget ${initialJsGzipKb} KB)`;
      console.log(`\nBundle sizes:\n${lines.join("\n")}\n  ${verdict}\n`);
      if (initialJs > initialJsGzipKb * 1024) this.error(`Over budget: ${verdict}. Load the newcomer lazily (import()) or trim it.`);
    },
  };
}
