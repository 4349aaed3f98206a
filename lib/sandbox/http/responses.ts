// Success bodies the way BigCommerce frames them: v3 `{data, meta}`, v2 bare arrays (204 when empty).

/** A JSON response with `status`, the body serialised as is, and extra headers. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** An empty 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A v3 envelope: `{ data, meta: {} }`, 200 unless told. */
export function v3(data: unknown, status = 200): Response {
  return json(status, { data, meta: {} });
}

/** A v2 list: the bare array, or 204 with no body when it is empty (docs/bigcommerce.md §2.5). */
export function v2List(items: unknown[]): Response {
  return items.length ? json(200, items) : noContent();
}

/** One page of a v3 collection and where it sits; `links` as BigCommerce writes them. */
interface PageOf {
  total: number;
  perPage: number;
  page: number;
  totalPages: number;
  links: Record<string, string | null>;
}

/** A v3 list: `{ data, meta: { pagination } }` with status 200. */
export function v3Page(data: unknown[], page: PageOf): Response {
  return json(200, {
    data,
    meta: {
      pagination: {
        total: page.total,
        count: data.length,
        per_page: page.perPage,
        current_page: page.page,
        total_pages: page.totalPages,
        links: page.links,
      },
    },
  });
}
