// The server for the client-overhead benchmark, in its own process so that it does not share
// the event loop (or the core) with the clients being measured. Answers every request with the
// reference page's response example, as the real endpoint would answer a run.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
const body = Buffer.from(JSON.stringify(spec.components.examples.RunWorkflowReferenceResponse.value));

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => server.close(() => process.exit(0)));
