// The TypeScript MCP SDK client (@modelcontextprotocol/sdk, pinned in package.json), driven by tests/ts_client.py.
//
// Reads a plan (JSON, path in argv[2]) and writes what the client saw (JSON, stdout). One process runs many calls,
// the runs side by side, the calls of a session one after the other:
//   {"runs": [{"transport": {"kind": "stdio", "command", "args", "env", "cwd"}
//                         | {"kind": "http", "url", "headers"},
//              "sessions": 1,           // clients connected at once, each making every call (over HTTP: concurrently)
//              "calls": [{"name", "arguments"}, ...]}]}   // "__SESSION__" in arguments becomes the session's index
// -> {"runs": [{"sessions": [{"tools": [{name, hasOutputSchema, inputSchema}], "results": [
//        {"ok": true, "result": CallToolResult} | {"ok": false, "error": message, "code": JSON-RPC code}]}]}
//      | {"error": message}]}            // a run that could not connect at all
//
// The client's own checks are what is tested: callTool() validates structured content against the output schema
// listed by listTools() and rejects a result that does not match, which "ok": false reports.
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";

// The client's own validator (Ajv), each schema compiled once for the whole process: compiling twenty output schemas
// takes the client seconds, which every session would otherwise repeat (blocking the event loop meanwhile).
class CompiledOnce {
  constructor() {
    this.ajv = new AjvJsonSchemaValidator();
    this.compiled = new Map();
  }
  getValidator(schema) {
    const key = JSON.stringify(schema);
    if (!this.compiled.has(key)) this.compiled.set(key, this.ajv.getValidator(schema));
    return this.compiled.get(key);
  }
}
const validator = new CompiledOnce();

function transportFor(spec) {
  if (spec.kind === "stdio") {
    return new StdioClientTransport({
      command: spec.command,
      args: spec.args,
      env: spec.env,
      cwd: spec.cwd,
      stderr: "inherit",
    });
  }
  if (spec.kind === "http") {
    return new StreamableHTTPClientTransport(new URL(spec.url), { requestInit: { headers: spec.headers ?? {} } });
  }
  throw new Error(`unknown transport kind ${spec.kind}`);
}

async function session(spec, calls, index) {
  const client = new Client({ name: "stripe-connector-tests", version: "1.0.0" }, { jsonSchemaValidator: validator });
  await client.connect(transportFor(spec));
  try {
    const listed = await client.listTools();
    const tools = listed.tools.map((tool) => ({
      name: tool.name,
      hasOutputSchema: tool.outputSchema !== undefined,
      inputSchema: tool.inputSchema,
    }));
    const results = [];
    for (const call of calls) {
      const args = JSON.parse(JSON.stringify(call.arguments ?? {}).replaceAll("__SESSION__", String(index)));
      try {
        results.push({ ok: true, result: await client.callTool({ name: call.name, arguments: args }) });
      } catch (error) {
        const cause = error?.cause ? ` (${error.cause})` : "";
        results.push({ ok: false, error: String(error?.message ?? error) + cause, code: error?.code ?? null });
      }
    }
    return { tools, results };
  } finally {
    await client.close();
  }
}

async function run(plan) {
  const count = plan.sessions ?? 1;
  const indexes = Array.from({ length: count }, (_, index) => index);
  try {
    if (plan.transport.kind === "stdio") {
      const sessions = [];
      for (const index of indexes) sessions.push(await session(plan.transport, plan.calls, index));
      return { sessions };
    }
    return { sessions: await Promise.all(indexes.map((index) => session(plan.transport, plan.calls, index))) };
  } catch (error) {
    return { error: String(error?.message ?? error), code: error?.code ?? null };
  }
}

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const runs = await Promise.all(plan.runs.map(run)); // runs are independent: their servers start side by side
process.stdout.write(JSON.stringify({ runs }));
