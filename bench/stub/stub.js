'use strict';
// The upstream of the benchmark: Gladly, GB Talk and Blinger shaped as their documentation says (the calls it
// serves are listed in bench/README.md), seeded with invented data, on 127.0.0.1 only.
//
//   node stub.js <port>
//
// Control endpoints (never counted as upstream calls):
//   GET  /__calls                     upstream calls since the last reset: {total, byVendor, byCall}
//   POST /__reset                     counters to zero
//   POST /__latency?ms=20             delay every vendor answer by that many milliseconds
//   POST /__fail?vendor=blinger&mode=500|blackhole|off
//                                     500: the vendor answers HTTP 500 with its error body;
//                                     blackhole: it accepts requests and never answers
//   GET  /__health                    200 once listening
//
// Credentials are fixed, public bench values (not secrets): the stub checks that each vendor's documented
// header or field carries them, so that a client sending nothing would notice.

const http = require('http');

const CREDENTIALS = {
    gladlyBasic: 'Basic ' + Buffer.from('bench@switchboard.test:bench-gladly-token').toString('base64'),
    gbtalkToken: 'bench-gbtalk-token',
    blingerToken: 'bench-blinger-token',
};

// ------------------------------------------------------------------ seed (deterministic)

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Luca',
    'Maya', 'Noor', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tariq', 'Uma', 'Vera', 'Wen', 'Yara', 'Zane'];
const LAST = ['Alvarez', 'Brandt', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen',
    'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Silva', 'Tanaka'];
const LINES = ['Hi, my order has not arrived yet.', 'Can I change the delivery address?',
    'The invoice shows the wrong amount.', 'Thanks, that solved it!', 'Is there a discount for annual plans?',
    'My password reset email never came.', 'Could you cancel my subscription?', 'The app crashes on start.'];
const REPLIES = ['Sorry about that, let me check.', 'Done, the address is updated.',
    'I have corrected the invoice and sent a new copy.', 'Glad to help!', 'Yes: two months free on annual plans.',
    'I have sent a new reset link.', 'Your subscription ends at the end of this period.',
    'Please update to the latest version and try again.'];

function pick(list, i) {
    return list[i % list.length];
}

function gbtTime(minutesAgo) {
    const t = new Date(Date.UTC(2026, 10, 20, 12, 0, 0) - minutesAgo * 60000);
    return t.toISOString().replace('T', ' ').substring(0, 19);
}

// GB Talk: agents 1..12 (1 and 2 admins), customers 1001..1300, 50 conversations in the inbox (statuses 0-2) and
// 30 archived (3), each with 2-6 messages alternating customer and agent, one or two agents each.
const gbUsers = new Map();
const gbAgents = [];
for (let id = 1; id <= 12; id++) {
    const user = {
        id: String(id), first_name: pick(FIRST, id * 7), last_name: pick(LAST, id * 3),
        email: `agent${id}@support.example.com`, profile_image: `https://cdn.example.com/agents/${id}.png`,
        user_type: id <= 2 ? 'admin' : 'agent', creation_time: gbtTime(500000 - id), last_activity: gbtTime(id),
        department: null, token: 'f'.repeat(40),
    };
    gbUsers.set(user.id, user);
    gbAgents.push(user);
}
const onlineAgentIds = new Set(['1', '3', '4', '7', '9', '12']);
const CUSTOMER_TYPES = ['user', 'lead', 'visitor'];
for (let id = 1001; id <= 1300; id++) {
    gbUsers.set(String(id), {
        id: String(id), first_name: pick(FIRST, id), last_name: pick(LAST, id * 11),
        email: `customer${id}@mail.example.net`, profile_image: 'https://cdn.example.com/user.svg',
        user_type: pick(CUSTOMER_TYPES, id), creation_time: gbtTime(400000 - id), last_activity: gbtTime(id % 977),
        department: null, token: 'e'.repeat(40),
        details: [
            { slug: 'phone', name: 'Phone', value: `+1503555${String(id).padStart(4, '0')}` },
            { slug: 'location', name: 'Location', value: pick(['Lisbon, Portugal', 'Austin, United States',
                'Osaka, Japan', 'Lagos, Nigeria'], id) },
        ],
    });
}
const gbConversations = [];
let messageId = 90000;
for (let i = 0; i < 80; i++) {
    const id = String(5001 + i);
    const customer = gbUsers.get(String(1001 + i));
    const agents = [gbAgents[2 + (i % 10)]];
    if (i % 7 === 0) {
        agents.unshift(gbAgents[(i + 5) % 12]);
    }
    const status = i < 50 ? String(i % 3) : '3';
    const count = 2 + (i % 5);
    const start = 20 * 60 + i * 37;
    const messages = [];
    for (let m = 0; m < count; m++) {
        const fromCustomer = m % 2 === 0;
        const author = fromCustomer ? customer : agents[Math.min(agents.length - 1, (m >> 1) % agents.length)];
        messages.push({
            id: String(++messageId), user_id: author.id,
            message: fromCustomer ? pick(LINES, i + m) : pick(REPLIES, i + m),
            creation_time: gbtTime(start - m * 3), attachments: '', status_code: '0', payload: '',
            conversation_id: id, first_name: author.first_name, last_name: author.last_name,
            profile_image: author.profile_image, user_type: author.user_type,
        });
    }
    // the agents GB Talk lists for the conversation: those with a message in it, in the order they first wrote
    const writers = [];
    for (const message of messages) {
        const user = gbUsers.get(message.user_id);
        if ((user.user_type === 'agent' || user.user_type === 'admin') && !writers.includes(user)) {
            writers.push(user);
        }
    }
    gbConversations.push({
        id, customer, status, messages, writers, source: pick(['', 'em', 'wa', 'tk'], i),
        title: i % 4 === 0 ? `Order question #${4000 + i}` : '',
        time: messages[0].creation_time,
    });
}
const gbConversationById = new Map(gbConversations.map((c) => [c.id, c]));

// Gladly: 14 agents. Blinger: 6 agents.
const gladlyAgents = [];
for (let i = 0; i < 14; i++) {
    gladlyAgents.push({
        id: `Gl${String(i).padStart(2, '0')}aB3xQ9rT1vN5mK7pW`,
        name: `${pick(FIRST, i * 5 + 2)} ${pick(LAST, i * 7 + 1)}`,
        emailAddress: `agent${i}@acme-outdoor.example.com`,
    });
}
const blingerAgents = [];
for (let i = 0; i < 6; i++) {
    const id = `5475272c-3bc0-40e9-83c4-0a1cd50bc7${String(i).padStart(2, '0')}`;
    const path = `/91/44/41/${String(i).repeat(8)}.jpeg`;
    blingerAgents.push({
        id, serviceUserId: String(12345 + i), name: `${pick(FIRST, i * 3 + 1)} ${pick(LAST, i * 5 + 4)}`,
        status: i % 2 === 0 ? 'online' : 'offline',
        avatar: {
            id: `856a906b-b55e-493a-b04c-df019fff6c${String(i).padStart(2, '0')}`, type: 'image',
            meta: { width: 400, height: 400 },
            info: { ext: 'jpeg', name: `5d1dbd5e921f${i}`, path, size: 5106, mimeType: 'image/jpeg' },
            url: { '120x120': `http://static.example.com/120x120${path}`, '520x400': `http://static.example.com/520x400${path}`,
                default: `http://static.example.com${path}` },
            createdAt: 1562198400, updatedAt: 1562198400,
        },
        active: i !== 5, createdAt: 1562230110 + i, updatedAt: 1562230110 + i,
    });
}
const blingerById = new Map(blingerAgents.map((a) => [a.id, a]));

// ------------------------------------------------------------------ counters and faults

let latencyMs = 0;
const failing = new Map(); // vendor -> '500' | 'blackhole'
const held = new Set(); // black-holed responses, released on 'off'
let counters = { total: 0, byVendor: {}, byCall: {} };

function count(vendor, call) {
    counters.total++;
    counters.byVendor[vendor] = (counters.byVendor[vendor] || 0) + 1;
    const key = `${vendor} ${call}`;
    counters.byCall[key] = (counters.byCall[key] || 0) + 1;
}

// ------------------------------------------------------------------ GB Talk

function gbOk(response) {
    return [200, { success: true, response }];
}

function gbError(status, code, message) {
    return [status, { status: 'error', response: code, message }];
}

function jsonArray(value) {
    if (value == null || value === '' || value === 'false') {
        return null;
    }
    if (Array.isArray(value)) {
        return value.map(String);
    }
    try {
        const parsed = JSON.parse(value);
        return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
    } catch (e) {
        return [String(value)];
    }
}

function truthy(value) {
    return value === true || value === 'true' || value === '1';
}

function userRow(user, extra) {
    const { details, ...row } = user;
    if (extra && details) {
        row.details = details;
    }
    return row;
}

function conversationRow(c) {
    const last = c.messages[c.messages.length - 1];
    const authorType = gbUsers.get(last.user_id).user_type;
    // a list row is the latest message joined with its conversation and the conversation's user; this installation
    // also names that user as conversation_user_id (gbtalk-api-notes.md: newer installations add it)
    return {
        id: last.id, user_id: last.user_id, message: last.message, creation_time: last.creation_time,
        attachments: last.attachments, status_code: last.status_code, payload: '', conversation_id: c.id,
        message_user_type: authorType, first_name: c.customer.first_name, last_name: c.customer.last_name,
        profile_image: c.customer.profile_image, conversation_status_code: c.status, user_type: c.customer.user_type,
        conversation_user_id: c.customer.id, title: c.title, source: c.source,
    };
}

function inboxOrder(a, b) {
    // waiting for an agent (2) first, then the newest last message first
    const wa = a.status === '2' ? 0 : 1;
    const wb = b.status === '2' ? 0 : 1;
    if (wa !== wb) {
        return wa - wb;
    }
    const la = a.messages[a.messages.length - 1].creation_time;
    const lb = b.messages[b.messages.length - 1].creation_time;
    return la < lb ? 1 : la > lb ? -1 : 0;
}

const GB_FUNCTIONS = {
    'get-conversations'(args) {
        const status = args.status_code;
        let list = gbConversations.filter((c) => {
            if (status === 'all') {
                return true;
            }
            if (status == null || status === '' || status === '0' || status === 0) {
                return c.status !== '3' && c.status !== '4';
            }
            return c.status === String(status);
        });
        list = list.slice().sort(inboxOrder);
        const page = Number(args.pagination || 0);
        return gbOk(list.slice(page * 100, page * 100 + 100).map(conversationRow));
    },
    'get-conversation'(args) {
        if (args.conversation_id == null) {
            return gbError(400, 'missing-argument', 'Missing argument: conversation_id');
        }
        const c = gbConversationById.get(String(args.conversation_id));
        if (!c) {
            return gbOk({ messages: [], details: '' });
        }
        return gbOk({
            messages: c.messages,
            details: {
                user_id: c.customer.id, first_name: c.customer.first_name, last_name: c.customer.last_name,
                profile_image: c.customer.profile_image, user_type: c.customer.user_type, id: c.id, title: c.title,
                conversation_time: c.time, conversation_status_code: c.status, department: null, source: c.source,
            },
        });
    },
    'get-agents-in-conversation'(args) {
        if (args.conversation_id == null) {
            return gbError(400, 'missing-argument', 'Missing argument: conversation_id');
        }
        const ids = jsonArray(args.conversation_id) || [];
        const result = {};
        for (const id of ids) {
            const c = gbConversationById.get(id);
            if (c) {
                result[id] = c.writers.map((a) => ({
                    id: Number(a.id), first_name: a.first_name, last_name: a.last_name,
                    profile_image: a.profile_image, conversation_id: Number(id),
                }));
            }
        }
        // documented without the success envelope
        return [200, result];
    },
    'get-user'(args) {
        if (args.user_id == null) {
            return gbError(400, 'missing-argument', 'Missing argument: user_id');
        }
        const user = gbUsers.get(String(args.user_id));
        return gbOk(user ? userRow(user, truthy(args.extra)) : false);
    },
    'get-users'(args) {
        const types = jsonArray(args.user_types);
        const ids = jsonArray(args.user_ids);
        const search = args.search ? String(args.search).toLowerCase() : null;
        const extra = truthy(args.extra);
        const idSet = ids ? new Set(ids) : null;
        let list = [];
        for (const user of gbUsers.values()) {
            if (idSet && !idSet.has(user.id)) {
                continue;
            }
            if (types && !types.includes(user.user_type)) {
                continue;
            }
            if (search && !`${user.first_name} ${user.last_name} ${user.email}`.toLowerCase().includes(search)) {
                continue;
            }
            list.push(user);
        }
        list.sort((a, b) => (a.creation_time < b.creation_time ? 1 : a.creation_time > b.creation_time ? -1 : 0));
        const page = Number(args.pagination || 0);
        list = list.slice(page * 100, page * 100 + 100);
        return gbOk(list.map((u) => userRow(u, extra)));
    },
    'get-online-users'(args) {
        const agentsOnly = truthy(args.agents);
        const list = [...onlineAgentIds].map((id) => gbUsers.get(id))
            .filter((u) => !agentsOnly || u.user_type === 'agent' || u.user_type === 'admin');
        return gbOk(list.map((u) => userRow(u, false)));
    },
};

function gbtalk(req, body, url) {
    let args = {};
    const type = req.headers['content-type'] || '';
    if (body.length) {
        if (type.includes('json')) {
            try {
                args = JSON.parse(body);
            } catch (e) {
                args = {};
            }
        } else {
            args = Object.fromEntries(new URLSearchParams(body));
        }
    }
    // An OpenAPI description has one path per operation, so Mesh names the function in the query string as well;
    // a value in the body wins.
    for (const [key, value] of url.searchParams) {
        if (args[key] == null) {
            args[key] = value;
        }
    }
    const fn = args.function;
    count('gbtalk', fn || '(none)');
    const token = args.token || req.headers.token;
    if (!fn) {
        return gbError(400, 'missing-function-name', 'Missing function name');
    }
    if (!token) {
        return gbError(401, 'token-not-found', 'Token not found');
    }
    if (token !== CREDENTIALS.gbtalkToken) {
        return gbError(401, 'invalid-token', 'Invalid token');
    }
    const handler = GB_FUNCTIONS[fn];
    if (!handler) {
        return gbError(404, 'function-not-found', 'Function not found');
    }
    return handler(args);
}

// ------------------------------------------------------------------ Gladly and Blinger

const GLADLY_AGENTS_BODY = JSON.stringify(gladlyAgents);
const BLINGER_AGENTS_BODY = JSON.stringify({ status: 200, data: blingerAgents });

function gladly(req, path) {
    const call = path.replace(/^\/agents\/[^/]+$/, '/agents/{id}');
    count('gladly', `${req.method} ${call}`);
    if (req.headers.authorization !== CREDENTIALS.gladlyBasic) {
        return [401, { errors: [{ code: 'unauthorized', detail: 'authentication required' }] }];
    }
    if (req.method === 'GET' && path === '/agents') {
        return [200, GLADLY_AGENTS_BODY];
    }
    const agent = req.method === 'GET' && /^\/agents\/([^/]+)$/.exec(path);
    if (agent) {
        const found = gladlyAgents.find((a) => a.id === decodeURIComponent(agent[1]));
        return found ? [200, found] : [404, { errors: [{ attr: 'agentId', code: 'not_exist', detail: 'agent does not exist' }] }];
    }
    return [404, { errors: [{ code: 'not_exist', detail: 'no such resource in the benchmark stub' }] }];
}

function blinger(req, path) {
    const call = path.replace(/^\/agents\/[^/]+$/, '/agents/{id}');
    count('blinger', `${req.method} ${call}`);
    if (req.headers.authorization !== CREDENTIALS.blingerToken) {
        return [401, { status: 401, message: 'Unauthorized' }];
    }
    if (req.method === 'GET' && path === '/agents') {
        return [200, BLINGER_AGENTS_BODY];
    }
    const agent = req.method === 'GET' && /^\/agents\/([^/]+)$/.exec(path);
    if (agent) {
        const found = blingerById.get(decodeURIComponent(agent[1]));
        return found ? [200, { status: 200, data: found }] : [404, { status: 404, message: 'Agent not found' }];
    }
    return [404, { status: 404, message: 'Not found' }];
}

function failure(vendor) {
    switch (vendor) {
        case 'gbtalk':
            return [500, { status: 'error', response: 'internal-error', message: 'Internal server error' }];
        case 'gladly':
            return [500, { errors: [{ code: 'temporary_failure', detail: 'internal error' }] }];
        default:
            return [500, { status: 500, message: 'Internal server error' }];
    }
}

// ------------------------------------------------------------------ server

function send(res, status, body) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}

function control(req, res, url) {
    switch (url.pathname) {
        case '/__health':
            return send(res, 200, { ok: true });
        case '/__calls':
            return send(res, 200, counters);
        case '/__reset':
            counters = { total: 0, byVendor: {}, byCall: {} };
            return send(res, 200, counters);
        case '/__latency':
            latencyMs = Math.max(0, Number(url.searchParams.get('ms') || 0));
            return send(res, 200, { latencyMs });
        case '/__fail': {
            const vendor = url.searchParams.get('vendor');
            const mode = url.searchParams.get('mode') || 'off';
            if (mode === 'off') {
                failing.delete(vendor);
                for (const pending of held) {
                    if (pending.vendor === vendor) {
                        held.delete(pending);
                        pending.res.destroy();
                    }
                }
            } else {
                failing.set(vendor, mode);
            }
            return send(res, 200, Object.fromEntries(failing));
        }
        default:
            return send(res, 404, { error: 'unknown control endpoint' });
    }
}

const VENDORS = [
    ['/gladly/api/v1', 'gladly'],
    ['/gbtalk/script/include/api.php', 'gbtalk'],
    ['/blinger/api/external/v1', 'blinger'],
];

const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const url = new URL(req.url, 'http://stub');
        if (url.pathname.startsWith('/__')) {
            return control(req, res, url);
        }
        const entry = VENDORS.find(([prefix]) => url.pathname === prefix || url.pathname.startsWith(prefix + '/'));
        if (!entry) {
            return send(res, 404, { error: 'unknown vendor path' });
        }
        const [prefix, vendor] = entry;
        const path = url.pathname.substring(prefix.length) || '/';
        const body = Buffer.concat(chunks).toString('utf8');
        let answer;
        if (vendor === 'gbtalk') {
            answer = gbtalk(req, body, url);
        } else if (vendor === 'gladly') {
            answer = gladly(req, path);
        } else {
            answer = blinger(req, path);
        }
        const mode = failing.get(vendor);
        if (mode === 'blackhole') {
            const pending = { vendor, res };
            held.add(pending);
            res.on('close', () => held.delete(pending));
            return undefined;
        }
        if (mode === '500') {
            answer = failure(vendor);
        }
        if (latencyMs > 0) {
            setTimeout(() => send(res, answer[0], answer[1]), latencyMs);
        } else {
            send(res, answer[0], answer[1]);
        }
        return undefined;
    });
});
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;

const port = Number(process.argv[2] || process.env.STUB_PORT || 18701);
server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`stub listening on 127.0.0.1:${port}\n`);
});
