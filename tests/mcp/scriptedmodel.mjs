// A stand-in OpenAI-compatible chat server for the tool-calling tests: it follows a script instead of a model.
// Why: the tests' real llama-server cannot be made to call a tool. Its tiny model (random weights, the phi-3
// vocabulary with a ChatML template) fails every grammar-constrained request of this llama.cpp build
// ("Failed to initialize samplers": the grammar begins with the template's generation prompt, which the
// model's vocabulary does not produce), so tool_choice "required" cannot constrain it.
//
// Script, read from the last user message while the conversation has no tool result yet:
//   "call <tool> <json arguments>" -> a call of that tool (if the request offers tools);
//   "loop"                         -> a call of echo in every round that offers tools;
//   anything else                  -> the answer "Plain answer.".
// After a tool result: the answer "The tool said: <result>." in several pieces.
// Every request body is kept; GET /requests gives them all, DELETE /requests forgets them.
// Listens on 127.0.0.1 only, on the port given as the first argument (0: any), printed as "listening on <port>".
import http from 'node:http';

let requests = [];

function plan(body) {
    const messages = body.messages || [];
    const last = messages[messages.length - 1] || {};
    const offered = Array.isArray(body.tools) && body.tools.length > 0;
    const userText = [...messages].reverse().find((m) => m.role === 'user')?.content || '';
    if (last.role === 'tool')
        return offered && userText.startsWith('loop') ? call('echo', { message: 'again' })
                                                       : answer(`The tool said: ${last.content}.`);
    const m = /^call (\S+)\s*(.*)$/s.exec(userText);
    if (offered && userText.startsWith('loop'))
        return call('echo', { message: 'again' });
    if (offered && m)
        return call(m[1], m[2] ? JSON.parse(m[2]) : {});
    return answer('Plain answer.');
}
const call = (name, args) => ({ call: { id: `call_${requests.length}`, name, arguments: JSON.stringify(args) } });
const answer = (text) => ({ text });

function reply(res, body, step) {
    const model = body.model || 'scripted';
    if (!body.stream) {
        const message = step.call
            ? { role: 'assistant', content: null, tool_calls: [{ id: step.call.id, type: 'function',
                function: { name: step.call.name, arguments: step.call.arguments } }] }
            : { role: 'assistant', content: step.text };
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', object: 'chat.completion', model,
            choices: [{ index: 0, message, finish_reason: step.call ? 'tool_calls' : 'stop' }],
            usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } }));
        return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const chunk = (delta, finish) => res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk',
        model, choices: [{ index: 0, delta, finish_reason: finish ?? null }] })}\n\n`);
    if (step.call) {
        // As llama-server streams a call: the id and name first, the arguments in two pieces.
        const half = Math.floor(step.call.arguments.length / 2);
        chunk({ tool_calls: [{ index: 0, id: step.call.id, type: 'function',
            function: { name: step.call.name, arguments: step.call.arguments.slice(0, half) } }] });
        chunk({ tool_calls: [{ index: 0, function: { arguments: step.call.arguments.slice(half) } }] });
        chunk({}, 'tool_calls');
    } else {
        for (const piece of step.text.match(/\S+\s*/g) || [''])
            chunk({ content: piece });
        chunk({}, 'stop');
    }
    res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', model, choices: [],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } })}\n\n`);
    res.end('data: [DONE]\n\n');
}

const server = http.createServer(async (req, res) => {
    let raw = '';
    for await (const part of req) raw += part;
    if (req.url.endsWith('/requests')) {
        if (req.method === 'DELETE')
            requests = [];
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(req.method === 'DELETE' ? '{}' : JSON.stringify(requests));
        return;
    }
    if (req.url.endsWith('/models')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'scripted', object: 'model' }] }));
        return;
    }
    if (!req.url.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
    }
    const body = JSON.parse(raw);
    requests.push(body);
    reply(res, body, plan(body));
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
    console.log(`listening on ${server.address().port}`);
});
