// Preloaded (node -r) into the "everything" MCP server, which listens without naming a host, so on every
// interface: a listen without a host gets 127.0.0.1, and the test server is never reachable from the network.
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    const first = args[0];
    if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
        if (typeof args[1] !== 'string')
            args.splice(1, 0, '127.0.0.1');
    } else if (first && typeof first === 'object' && first.host === undefined && first.path === undefined) {
        args[0] = { ...first, host: '127.0.0.1' };
    }
    return listen.apply(this, args);
};
