// node check.js FILE.gexf... -> one JSON object per file: {nodes: {id: attrs}, edges: [[source, target, attrs]]}
// graphology-gexf puts viz colours into `color` ("rgb(r,g,b)" or "rgba(...)") and sizes into `size`.
const fs = require("fs");
const gexf = require("graphology-gexf");
const Graph = require("graphology");

const result = {};
for (const file of process.argv.slice(2)) {
  const graph = gexf.parse(Graph, fs.readFileSync(file, "utf-8"), { allowUndeclaredAttributes: true });
  const nodes = {};
  graph.forEachNode((id, attrs) => { nodes[id] = attrs; });
  const edges = [];
  graph.forEachEdge((key, attrs, source, target) => { edges.push([source, target, attrs]); });
  result[file] = { nodes, edges, type: graph.type, multi: graph.multi };
}
process.stdout.write(JSON.stringify(result));
