// A small MCP server for the tests: streamable HTTP without sessions, every answer plain JSON (the other
// shape a server may take; the "everything" server has sessions and answers in SSE). Listens on 127.0.0.1
// only, on the port given as the first argument (0: any; the port is printed as "listening on <port>").
// With "sessions" as the second argument it keeps sessions, and answers a request for a session it does not
// know with 404, as the specification says (the "everything" server answers 400): POST /expire forgets every
// session, GET /stats counts the sessions started, the 404s given and the sessions ended by DELETE.
// Tools: echo {message} -> "Echo: <message>", get-sum {a, b} -> "The sum of <a> and <b> is <a+b>.",
// headers {} -> "Authorization: <the request's Authorization header, or none>".
import crypto from 'node:crypto';
import http from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

function makeServer() {
    const server = new McpServer({ name: 'aistack-json-test-server', version: '1.0.0' });
    server.tool('echo', 'Echoes back the input', { message: z.string().describe('Message to echo') },
        async ({ message }) => ({ content: [{ type: 'text', text: `Echo: ${message}` }] }));
    server.tool('get-sum', 'Returns the sum of two numbers', { a: z.number(), b: z.number() },
        async ({ a, b }) => ({ content: [{ type: 'text', text: `The sum of ${a} and ${b} is ${a + b}.` }] }));
    server.tool('headers', 'Tells which Authorization header reached the server', {},
        async (_args, extra) => ({ content: [{ type: 'text',
            text: `Authorization: ${extra?.requestInfo?.headers?.authorization ?? 'none'}` }] }));
    return server;
}

const withSessions = process.argv[3] === 'sessions';
const sessions = new Map();
const stats = { started: 0, notFound: 0, deleted: 0 };

async function handleWithSessions(req, res, body) {
    const id = req.headers['mcp-session-id'];
    if (id && !sessions.has(id)) {
        stats.notFound++;
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null }));
        return;
    }
    let transport = id ? sessions.get(id) : undefined;
    if (transport && req.method === 'DELETE') {
        stats.deleted++;
        sessions.delete(id);
    }
    if (!transport) {
        transport = new StreamableHTTPServerTransport({
            sessionIdGenerator: () => crypto.randomUUID(),
            enableJsonResponse: true,
            onsessioninitialized: (sid) => { sessions.set(sid, transport); stats.started++; },
        });
        await makeServer().connect(transport);
    }
    await transport.handleRequest(req, res, body ? JSON.parse(body) : undefined);
}

const httpServer = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (withSessions && req.url === '/expire') {
        sessions.clear();
        res.writeHead(200).end();
        return;
    }
    if (withSessions && req.url === '/stats') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(stats));
        return;
    }
    if (req.url !== '/mcp') {
        res.writeHead(404).end();
        return;
    }
    if (withSessions)
        return handleWithSessions(req, res, body);
    // Stateless: a server and a transport per request, as the SDK's stateless example does.
    const server = makeServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => { transport.close(); server.close(); });
    await server.connect(transport);
    await transport.handleRequest(req, res, body ? JSON.parse(body) : undefined);
});
httpServer.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
    console.log(`listening on ${httpServer.address().port}`);
});
