// A SCIM 2.0 service for Usher's tests. The protocol (parsing requests and filters, PATCH,
// list responses, errors, discovery) is SCIMMY's and scimmy-routers', an implementation
// independent of ours; this file only supplies what SCIMMY leaves to a service: storage,
// userName uniqueness, ETags with If-Match, the bearer token, and a fault layer in front of
// it that the tests switch on to behave like the awkward servers found in the wild.
//
//   node server.mjs [--port N] [--seed PEOPLE] [--token TOKEN]
//
// Prints "listening <port>" once it accepts connections. Test-only endpoints (no token):
//   POST /_test/reset  {"seed": N, "groups": G}   start again with N generated people
//   POST /_test/reset  {"people": [{name, email, role, active, created}]}   or with these
//   POST /_test/faults {...}                     see `faults` below; {} switches them off
//   POST /_test/revoke {"token": T}              withdraw every OAuth access token issued
//                                                (and with T, accept only T as the bearer token
//                                                until the next reset)
//   POST /oauth/token                            OAuth 2.0 client credentials (usher-client)
//   GET  /_test/stats                            requests seen, by method, since the reset

import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
    (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const startToken = args.token ?? "usher-test-token";
let token = startToken;

// ---- Storage ---------------------------------------------------------------------------

const firstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret",
    "Niklaus", "Radia", "Tim", "Hedy", "John", "Karen", "Linus", "Mary", "Dennis", "Sophie", "Jürgen",
    "Zoë", "Ömer", "Anaïs", "José", "Chloé"];
const lastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson",
    "Hamilton", "Wirth", "Perlman", "Berners-Lee", "Lamarr", "Backus", "Spärck Jones", "Torvalds",
    "Keller", "Ritchie", "Wilson", "Müller", "de Vries", "van der Berg", "Østergaard", "Núñez"];
const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const departments = ["Engineering", "Sales", "Support", "Finance", "Legal"];
const roles = ["member", "member", "member", "member", "editor", "monitor", "manager", "helpdesk"];

let users = new Map(); // id -> stored user (SCIM shape)
let groups = new Map(); // id -> stored group
let serial = 0;
let clock = Date.parse("2026-01-01T00:00:00Z");
let stats = {};

const nextId = () => `u-${(++serial).toString(36).padStart(6, "0")}-${Math.floor(Math.random() * 1e9).toString(36)}`;
const tick = () => new Date(clock += 1000).toISOString();

function person(i) {
    const first = firstNames[i % firstNames.length];
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length];
    const email = `${first}.${last}.${i}`.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/ /g, "")
        .toLowerCase() + "@example.org";
    return {
        userName: email,
        name: {givenName: first, familyName: last, formatted: `${first} ${last}`},
        displayName: `${first} ${last}`,
        emails: [{value: email, type: "work", primary: true}],
        active: i === 0 || i % 17 !== 0,
        roles: [{value: i === 0 ? "admin" : roles[i % roles.length], primary: true}],
        // The enterprise extension, with the same role in "division" for profiles that keep
        // Usher's role there (services without roles).
        [enterprise]: {employeeNumber: String(1000 + i), department: departments[i % departments.length],
            division: i === 0 ? "admin" : roles[i % roles.length]},
    };
}

function stamp(record, created) {
    const now = tick();
    const version = (record.meta?.revision ?? 0) + 1;
    record.meta = {created: created ?? record.meta?.created ?? now, lastModified: now, revision: version,
        version: `W/"${version}"`};
    return record;
}

// One of the people a test names, in the shape person() makes.
function named({name, email, role, active, created}) {
    const [first, ...rest] = name.split(" ");
    return {
        userName: email,
        name: {givenName: first, familyName: rest.join(" "), formatted: name},
        displayName: name,
        emails: [{value: email, type: "work", primary: true}],
        active: active !== false,
        roles: [{value: role ?? "member", primary: true}],
        created,
    };
}

function reset(count = 0, groupCount = 0, people = []) {
    users = new Map();
    groups = new Map();
    serial = 0;
    stats = {};
    const ids = [];
    for (let i = 0; i < count; i++) {
        const id = nextId();
        ids.push(id);
        users.set(id, stamp({id, ...person(i)}));
    }
    for (const given of people) {
        const id = nextId();
        ids.push(id);
        const {created, ...user} = named(given);
        users.set(id, stamp({id, ...user}, created));
    }
    for (let g = 0; g < groupCount; g++) {
        const id = `g-${g + 1}`;
        const members = ids.filter((_, i) => i % (g + 2) === 1).slice(0, 50).map(value => ({value}));
        groups.set(id, stamp({id, displayName: `Team ${g + 1}`, members}));
    }
}

const publicMeta = ({revision, ...meta}) => meta;

function userOut(record) {
    const memberOf = [...groups.values()].filter(g => (g.members ?? []).some(m => m.value === record.id))
        .map(g => ({value: g.id, display: g.displayName, type: "direct"}));
    return {...record, groups: memberOf, meta: publicMeta(record.meta)};
}

function groupOut(record) {
    return {...record, meta: publicMeta(record.meta)};
}

function notFound(id) {
    return new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
}

// One page of a listing: filtered by SCIMMY's own filter, sorted and cut here. SCIMMY would
// sort and cut a whole listing itself, but it first builds a schema instance of every resource
// (about 0.3 ms each, seconds for 10,000); so only the page is handed on, in an array as long
// as the listing (for totalResults) with the page at its start, and SCIMMY told the page starts
// at 1 (the answer's startIndex is put right as it goes out).
const collator = new Intl.Collator("en", {sensitivity: "base"});
function sortValue(resource, path) {
    // An extension's attribute by its full name ("urn:…:2.0:User:division", dots and all).
    const colon = path.lastIndexOf(":");
    if (path.startsWith("urn:") && colon > 0) return resource[path.slice(0, colon)]?.[path.slice(colon + 1)];
    // A multi-valued attribute sorts by its primary (or first) entry: "emails.value" is that
    // entry's value, and "emails" alone too (RFC 7644 3.4.2.3).
    const value = path.split(".").reduce((value, part) => {
        const next = value?.[part];
        return Array.isArray(next) ? next.find(v => v?.primary) ?? next[0] : next;
    }, resource);
    return value !== null && typeof value === "object" ? value.value : value;
}
// SCIMMY's filter names an extension's attribute by its full name, as a key of its own: each
// record is matched through a copy that has them so.
function withExtensionKeys(record) {
    const extension = record[enterprise];
    if (!extension) return record;
    const flat = {...record};
    for (const [key, value] of Object.entries(extension)) flat[`${enterprise}:${key}`] = value;
    return flat;
}
function onePage(resource, all) {
    let listed = all;
    if (resource.filter) {
        const views = all.map(withExtensionKeys);
        const kept = new Set(resource.filter.match(views));
        listed = all.filter((record, i) => kept.has(views[i]));
    }
    const {sortBy, sortOrder = "ascending", startIndex = 1, count = 20} = resource.constraints ?? {};
    if (sortBy) {
        const direction = sortOrder === "descending" ? -1 : 1;
        const keyed = listed.map(r => [sortValue(r, sortBy), r]);
        keyed.sort(([a], [b]) => direction * (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1
            : typeof a === "boolean" || typeof a === "number" ? Number(a) - Number(b) : collator.compare(String(a), String(b))));
        listed.splice(0, listed.length, ...keyed.map(([, r]) => r));
    }
    const start = Math.max(Number(startIndex), 1) - 1;
    const page = listed.slice(start, start + Math.max(Number(count), 0));
    const answer = new Array(listed.length);
    page.forEach((r, i) => { answer[i] = r; });
    if (resource.constraints) {
        resource.constraints.startIndex = 1;
        delete resource.constraints.sortBy;
        delete resource.constraints.sortOrder;
    }
    return answer;
}

SCIMMY.Config.set({
    patch: true,
    filter: {supported: true, maxResults: 1000},
    sort: true,
    etag: true,
    bulk: {supported: true, maxOperations: 20, maxPayloadSize: 1048576},
    changePassword: false,
});

SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .extend(SCIMMY.Schemas.EnterpriseUser, false)
    .egress(resource => {
        if (resource.id) {
            const found = users.get(resource.id);
            if (!found) throw notFound(resource.id);
            return userOut(found);
        }
        return onePage(resource, [...users.values()].map(userOut));
    })
    .ingress((resource, instance) => {
        if ((faults.lockedUsers ?? []).includes(resource.id)) {
            throw new SCIMMY.Types.Error(403, null, `User ${resource.id} is locked by a policy of this service`);
        }
        const userName = String(instance.userName ?? "");
        for (const other of users.values()) {
            if (other.id !== resource.id && other.userName.toLowerCase() === userName.toLowerCase()) {
                throw new SCIMMY.Types.Error(409, "uniqueness", `userName ${userName} is already taken`);
            }
        }
        const before = resource.id ? users.get(resource.id) : undefined;
        if (resource.id && !before) throw notFound(resource.id);
        const {schemas, meta, groups: ignored, id, ...attributes} = JSON.parse(JSON.stringify(instance));
        const record = stamp({id: before?.id ?? nextId(), ...attributes, meta: before?.meta});
        if (record.active === undefined) record.active = true;
        users.set(record.id, record);
        return userOut(record);
    })
    .degress(resource => {
        if (!users.delete(resource.id)) throw notFound(resource.id);
        for (const group of groups.values()) {
            group.members = (group.members ?? []).filter(m => m.value !== resource.id);
        }
    });

SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .egress(resource => {
        if (resource.id) {
            const found = groups.get(resource.id);
            if (!found) throw notFound(resource.id);
            return groupOut(found);
        }
        return onePage(resource, [...groups.values()].map(groupOut));
    })
    .ingress((resource, instance) => {
        const before = resource.id ? groups.get(resource.id) : undefined;
        if (resource.id && !before) throw notFound(resource.id);
        const name = String(instance.displayName ?? "");
        for (const other of groups.values()) {
            if (other.id !== resource.id && other.displayName.toLowerCase() === name.toLowerCase()) {
                throw new SCIMMY.Types.Error(409, "uniqueness", `A group named ${name} already exists`);
            }
        }
        const {schemas, meta, id, ...attributes} = JSON.parse(JSON.stringify(instance));
        for (const member of attributes.members ?? []) {
            if (!users.has(member.value)) {
                throw new SCIMMY.Types.Error(400, "invalidValue", `No user has the id ${member.value}`);
            }
        }
        const record = stamp({id: before?.id ?? `g-${(++serial).toString(36)}`, ...attributes, meta: before?.meta});
        groups.set(record.id, record);
        return groupOut(record);
    })
    .degress(resource => {
        if (!groups.delete(resource.id)) throw notFound(resource.id);
    });

// ---- HTTP --------------------------------------------------------------------------------

const app = express();
app.disable("x-powered-by");
app.set("etag", false);
app.use("/_test", express.json());

// What the fault layer does to requests under /scim/v2 (never to /_test):
//   status: answer this HTTP status instead, `times` times (default: until switched off),
//           with Retry-After `retryAfter` (seconds) and, when `bare`, an error body without "status"
//   delayMs: wait this long before answering       drop: close the connection without an answer
//   capCount: answer at most this many resources per page, whatever count asked for
//   ignoreSort: drop sortBy and sortOrder           shuffle: answer pages in an order that changes
//   ignoreFilter: list as if no filter were given (a service that misreads filters)
//   lockedUsers: ["id", ...]: refuse every change to these users (403), alone or in a /Bulk
//   noEtag: announce no ETags, send none and no meta.version        only: apply to paths containing this text
//   methods: ["PATCH", ...]: apply only to these methods
//   noFilter: announce no filtering and refuse any filter (400)
//   requireScope: the token endpoint refuses a request without exactly this scope (invalid_scope)
//   hideMembers: leave a group's members out of its answers, as services do for large groups
//   rejectOperators: ["co", ...]: answer 400 invalidFilter to filters using them
//   bumpBeforeWrite: give the resource a new version just before a PUT, PATCH or DELETE
//           is checked, as if another admin had changed it in between
let faults = {};

app.post("/_test/reset", (req, res) => {
    reset(req.body?.seed ?? 0, req.body?.groups ?? 0, req.body?.people ?? []);
    token = startToken;
    faults = {};
    res.json({users: users.size, groups: groups.size, me: [...users.keys()][0] ?? null});
});
app.post("/_test/faults", (req, res) => {
    faults = req.body ?? {};
    res.json(faults);
});
app.get("/_test/stats", (req, res) => res.json(stats));

// OAuth 2.0 client credentials (RFC 6749 4.4) for the profiles that use them: one client,
// access tokens that expire after faults.tokenLifetime seconds (default an hour), and
// POST /_test/revoke to withdraw every token issued so far.
const oauthClient = {id: "usher-client", secret: "client secret/with:odd chars"};
let issued = new Map(); // access token -> expiry (ms)
app.post("/oauth/token", express.urlencoded({extended: false}), (req, res) => {
    stats["POST /oauth/token"] = (stats["POST /oauth/token"] ?? 0) + 1;
    const basic = Buffer.from((req.get("Authorization") ?? "").replace(/^Basic /, ""), "base64").toString();
    const [id, secret] = [basic.slice(0, basic.indexOf(":")), basic.slice(basic.indexOf(":") + 1)].map(part => {
        try { return decodeURIComponent(part.replace(/\+/g, " ")); } catch { return part; }
    });
    if (req.body?.grant_type !== "client_credentials") {
        return res.status(400).json({error: "unsupported_grant_type", error_description: "Only client_credentials is offered"});
    }
    if (id !== oauthClient.id || secret !== oauthClient.secret) {
        return res.status(401).json({error: "invalid_client", error_description: "Unknown client or wrong secret"});
    }
    if (faults.requireScope && req.body?.scope !== faults.requireScope) {
        return res.status(400).json({error: "invalid_scope", error_description: `The scope must be ${faults.requireScope}`});
    }
    const lifetime = faults.tokenLifetime ?? 3600;
    const token = `at-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    issued.set(token, Date.now() + lifetime * 1000);
    res.json({access_token: token, token_type: "Bearer", expires_in: lifetime});
});
app.post("/_test/revoke", (req, res) => {
    issued = new Map();
    if (req.body?.token) token = String(req.body.token);
    res.json({revoked: true});
});

const scimError = (status, detail, extra = {}) => ({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), detail, ...extra});

app.use("/scim/v2", async (req, res, next) => {
    const key = `${req.method} ${req.path.split("/").slice(0, 2).join("/")}`;
    stats[key] = (stats[key] ?? 0) + 1;
    if (faults.only && !req.originalUrl.includes(faults.only)) return next();
    if (faults.methods && !faults.methods.includes(req.method)) return next();
    if (faults.delayMs) await new Promise(resolve => setTimeout(resolve, faults.delayMs));
    if (faults.drop) return req.socket.destroy();
    if (faults.status && (faults.times === undefined || faults.times-- > 0)) {
        if (faults.retryAfter !== undefined) res.set("Retry-After", String(faults.retryAfter));
        const body = scimError(faults.status, faults.detail ?? `Injected ${faults.status}`);
        if (faults.bare) delete body.status;
        return res.status(faults.status).type("application/scim+json").send(JSON.stringify(body));
    }
    const filter = String(req.query.filter ?? "");
    if (faults.noFilter && filter) {
        return res.status(400).type("application/scim+json").send(JSON.stringify(scimError(400,
            "Filtering is not supported", {scimType: "invalidFilter"})));
    }
    for (const op of faults.rejectOperators ?? []) {
        if (filter.includes(` ${op} `)) {
            return res.status(400).type("application/scim+json").send(JSON.stringify(scimError(400,
                `The ${op} operator is not supported`, {scimType: "invalidFilter"})));
        }
    }
    if (faults.bumpBeforeWrite && ["PUT", "PATCH", "DELETE"].includes(req.method)) {
        // Someone else changes the resource between the client's read and its write.
        const record = users.get(req.path.split("/")[2]) ?? groups.get(req.path.split("/")[2]);
        if (record) stamp(record);
    }
    if (req.method === "GET") {
        if (faults.capCount && req.query.count !== undefined) {
            req.query.count = String(Math.min(Number(req.query.count), faults.capCount));
        }
        if (faults.ignoreSort) {
            delete req.query.sortBy;
            delete req.query.sortOrder;
        }
        if (faults.ignoreFilter) delete req.query.filter;
    }
    next();
});

// ETags (RFC 7644 3.14): the version goes out as a header, and a change names the version
// it was made from in If-Match; another one is answered 412, as SCIMMY leaves it to us.
app.use("/scim/v2/:type(Users|Groups)/:id", (req, res, next) => {
    const store = req.params.type === "Users" ? users : groups;
    const record = store.get(req.params.id);
    const wanted = req.get("If-Match");
    if (wanted && record && !faults.noEtag && wanted !== "*" && wanted !== record.meta.version) {
        return res.status(412).type("application/scim+json").send(JSON.stringify(scimError(412,
            `${req.params.type === "Users" ? "User" : "Group"} ${req.params.id} has changed: it is at version ${record.meta.version}, not ${wanted}`,
            {scimType: "invalidVers"})));
    }
    next();
});
app.use("/scim/v2", (req, res, next) => {
    const send = res.send.bind(res);
    res.send = body => {
        if (body && typeof body === "object" && !Buffer.isBuffer(body)) {
            if (faults.noFilter && body.filter) body = {...JSON.parse(JSON.stringify(body)), filter: {supported: false, maxResults: 0}};
            if (faults.noEtag && body.etag) body = {...JSON.parse(JSON.stringify(body)), etag: {supported: false}};
            if (faults.hideMembers && body.displayName !== undefined && body.members) {
                const {members, ...rest} = JSON.parse(JSON.stringify(body));
                body = rest;
            }
            if (faults.noEtag) {
                // SCIMMY's answers are frozen: a copy without versions, in a resource or a listing.
                body = JSON.parse(JSON.stringify(body));
                for (const r of [body, ...(body.Resources ?? [])]) delete r.meta?.version;
                for (const o of body.Operations ?? []) delete o.version;
            }
            if (body.meta?.version && !faults.noEtag) res.set("ETag", body.meta.version);
            if (Array.isArray(body.Resources) && body.totalResults !== undefined) {
                const asked = req.method === "POST" ? req.body?.startIndex : req.query.startIndex;
                body.startIndex = Math.max(Number.parseInt(asked ?? "1", 10) || 1, 1);
                body.itemsPerPage = body.Resources.length;
                if (faults.shuffle) body.Resources.reverse();
            }
            res.type("application/scim+json");
            return send(JSON.stringify(body));
        }
        return send(body);
    };
    next();
});

app.use("/scim/v2", new SCIMMYRouters({
    type: "bearer",
    docUri: "https://example.org/usher-test-server",
    handler: request => {
        const presented = (request.header("Authorization") ?? "").replace(/^Bearer /, "");
        const expires = issued.get(presented);
        if (presented !== token && !(expires && expires > Date.now())) {
            throw new Error(expires ? "The access token has expired" : "The bearer token is missing or wrong");
        }
        return [...users.keys()][0];
    },
}));

reset(Number(args.seed ?? 0), Number(args.groups ?? 0));
const server = app.listen(Number(args.port ?? 0), "127.0.0.1", () => {
    process.stdout.write(`listening ${server.address().port}\n`);
});
server.keepAliveTimeout = 30000;
