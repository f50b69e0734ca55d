// A small MCP server for the tests: streamable HTTP without sessions, every answer plain JSON (the other
// shape a server may take; the "everything" server has sessions and answers in SSE). Listens on 127.0.0.1
// only, on the port given as the first argument (0: any; the port is printed as "listening on <port>").
// Tools: echo {message} -> "Echo: <message>", get-sum {a, b} -> "The sum of <a> and <b> is <a+b>.",
// headers {} -> "Authorization: <the request's Authorization header, or none>".
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

const httpServer = http.createServer(async (req, res) => {
    if (req.url !== '/mcp') {
        res.writeHead(404).end();
        return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
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
