// BigCommerce's published OpenAPI files, read from BIGCOMMERCE_OPENAPI_DIR (a copy of the
// `reference/` folder of BigCommerce's public docs repository), turned into validators for one
// operation's request body and responses. Which file documents which operation comes from the
// app's table of operations, OPERATIONS.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { OPERATION_IDS, OPERATIONS, type OperationId } from "@/lib/bigcommerce/operations";

export const OPENAPI_DIR = path.resolve(
  process.env.BIGCOMMERCE_OPENAPI_DIR ??
    path.join(__dirname, "..", "..", "..", "shared", "bigcommerce", "openapi"),
);

export function openApiAvailable(): boolean {
  return existsSync(path.join(OPENAPI_DIR, "checkouts.v3.yml"));
}

type Doc = { paths: Record<string, Record<string, Operation>>; components?: unknown };
export interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const docs = new Map<string, Doc>();
function load(file: string): Doc {
  let doc = docs.get(file);
  if (!doc) {
    doc = parse(readFileSync(path.join(OPENAPI_DIR, file), "utf8")) as Doc;
    docs.set(file, doc);
  }
  return doc;
}

/**
 * Inlines the document's own `$ref`s (none of these files refers to another file) and turns
 * OpenAPI 3.0's `nullable` into JSON Schema. Cycles end in an open schema.
 * `adjust` lets a test relax one keyword, each use pointing to a row of docs/bigcommerce-fidelity.md.
 */
function resolve(doc: Doc, node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => resolve(doc, n, seen));
  if (!node || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === "string") {
    const ref = obj.$ref;
    if (seen.includes(ref)) return {};
    const target = ref
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (at, key) => (at as Record<string, unknown>)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        doc,
      );
    return resolve(doc, target, [...seen, ref]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === "example" || key === "examples" || key.startsWith("x-")) continue;
    out[key] =
      key === "properties"
        ? mapValues(value, (v) => resolve(doc, v, seen))
        : resolve(doc, value, seen);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (out.enum) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fn(v)]),
  );
}

const ajv = new Ajv({
  strict: false,
  allErrors: true,
  unicodeRegExp: false,
  validateSchema: false,
});
addFormats(ajv);
for (const format of ["int32", "int64", "double", "float", "decimal"]) ajv.addFormat(format, true);

export interface FoundOperation {
  /** The app's operation (its key in OPERATIONS). */
  id: OperationId;
  file: string;
  template: string;
  method: string;
  operation: Operation;
}

/** A path template as a pattern for concrete paths: each `{param}` is one path segment. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);

/** The app's operation a request is, by its method and path below /stores/{store_hash}. */
function operationOf(method: string, apiPath: string): OperationId | undefined {
  return OPERATION_IDS.find(
    (id) => OPERATIONS[id].method === method && templatePattern(OPERATIONS[id].path).test(apiPath),
  );
}

/**
 * The documented operation for a request the client sent (method, path below /stores/{store_hash}):
 * the app's operation it is, as its OpenAPI document describes it. Null when it is neither.
 */
export function findOperation(method: string, apiPath: string): FoundOperation | null {
  const id = operationOf(method, apiPath);
  return id ? documentedOperation(id) : null;
}

/**
 * An operation of OPERATIONS as the document it names describes it, found by method and path
 * template; paths there are written below the server (`…/v3`, `…/v2`, or the payments host's
 * `/stores/{store_hash}`). Null when the document has no such path and method.
 */
export function documentedOperation(id: OperationId): FoundOperation | null {
  const { document: file, family, method, path: full } = OPERATIONS[id];
  const template = family === "payments" ? full : full.replace(/^\/v[23]/, "");
  const operation = load(file).paths[template]?.[method.toLowerCase()];
  return operation ? { id, file, template, method, operation } : null;
}

function schemaOf(content: Record<string, { schema?: unknown }> | undefined): unknown | undefined {
  if (!content) return undefined;
  const media = Object.keys(content).find((m) => m.includes("json")) ?? Object.keys(content)[0];
  return media ? content[media]?.schema : undefined;
}

const compiled = new Map<string, ValidateFunction>();
function validator(
  found: FoundOperation,
  key: string,
  schema: unknown,
  adjust?: (s: unknown) => unknown,
) {
  const id = `${found.file} ${found.method} ${found.template} ${key}`;
  let validate = compiled.get(id);
  if (!validate) {
    const resolved = resolve(load(found.file), schema);
    validate = ajv.compile((adjust ? adjust(resolved) : resolved) as object);
    compiled.set(id, validate);
  }
  return validate;
}

export type Check = { ok: true } | { ok: false; errors: string };

function run(validate: ValidateFunction, value: unknown): Check {
  if (validate(value)) return { ok: true };
  const errors = (validate.errors ?? [])
    .map((e) => `${e.instancePath || "/"} ${e.message}`)
    .join("; ");
  return { ok: false, errors };
}

export function checkRequestBody(
  found: FoundOperation,
  body: unknown,
  adjust?: (s: unknown) => unknown,
): Check | null {
  const schema = schemaOf(found.operation.requestBody?.content);
  if (!schema) return null;
  return run(validator(found, "request", schema, adjust), body);
}

/** Null when the status is not documented at all for the operation. */
export function checkResponse(
  found: FoundOperation,
  status: number,
  body: unknown,
  adjust?: (s: unknown) => unknown,
): Check | "undocumented" | null {
  const responses = found.operation.responses ?? {};
  const declared =
    responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (!declared) return "undocumented";
  // A response may be a `$ref` to the document's `components/responses`.
  const documented = resolve(load(found.file), declared) as typeof declared;
  // A 204 has no body, whatever schema the document attaches to it.
  if (status === 204)
    return body === undefined ? { ok: true } : { ok: false, errors: "204 with a body" };
  const schema = schemaOf(documented.content);
  if (!schema) return null;
  return run(validator(found, `response ${status}`, schema, adjust), body);
}

/** F3: line-item `oneOf` alternatives overlap (a variant id fits both), so read them as `anyOf`. */
export function oneOfAsAnyOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(oneOfAsAnyOf);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k === "oneOf" ? "anyOf" : k, oneOfAsAnyOf(v)]),
  );
}

/**
 * The relaxations every contract check applies, each a row of docs/bigcommerce-fidelity.md: F3/F23
 * overlapping `oneOf`s read as `anyOf`, F2 the broken phone pattern left out.
 */
export const relaxed = (schema: unknown) => oneOfAsAnyOf(withoutPhonePattern(schema));

/** F2: the phone pattern `^\+?[1-9]\d{1,14}(x\d{1-5})?$` is broken and refuses the docs' own examples. */
export function withoutPhonePattern(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutPhonePattern);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "phone" && v && typeof v === "object") {
      const { pattern: _drop, ...rest } = v as Record<string, unknown>;
      void _drop;
      out[k] = rest;
    } else out[k] = withoutPhonePattern(v);
  }
  return out;
}
