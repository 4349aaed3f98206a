// Customers: credential checks, listing and sign-up (docs/bigcommerce.md §10), and their routes.
import { z } from "zod";
import { SandboxError } from "./errors";
import { parse } from "./http/request";
import { json, v3, v3Page } from "./http/responses";
import { route } from "./http/routes";
import type { Customer, SandboxState } from "./state";

const credentialsInput = z.object({
  email: z.string().min(1),
  password: z.string().min(1),
  channel_id: z.number().int().optional(),
});

const newCustomersInput = z
  .array(
    z.object({
      email: z.string().email(),
      first_name: z.string().min(1),
      last_name: z.string().min(1),
      authentication: z.object({ new_password: z.string().min(7) }).optional(),
    }),
  )
  .min(1);

function findCustomer(state: SandboxState, email: string): Customer | undefined {
  return state.customers.find((c) => c.email.toLowerCase() === email.toLowerCase());
}

/**
 * createCustomers: adds each customer with the next free id. Throws SandboxError 422 when an
 * email is already in use (customers before it in the batch stay created).
 */
function createCustomers(state: SandboxState, input: z.infer<typeof newCustomersInput>) {
  return input.map((c) => {
    if (findCustomer(state, c.email)) {
      throw new SandboxError(422, "Error creating customers", undefined, undefined, {
        ".customer_create": `The email address ${c.email} is already in use.`,
      });
    }
    const customer: Customer = {
      id: Math.max(...state.customers.map((x) => x.id)) + 1,
      email: c.email,
      password: c.authentication?.new_password ?? "",
      firstName: c.first_name,
      lastName: c.last_name,
    };
    state.customers.push(customer);
    return customer;
  });
}

function customerJson(c: Customer) {
  return { id: c.id, email: c.email, first_name: c.firstName, last_name: c.lastName };
}

/** validateCustomerCredentials, getCustomers (`limit` up to 250, one page) and createCustomers. */
export const customerRoutes = [
  route("validateCustomerCredentials", async ({ state, body }) => {
    const input = parse(credentialsInput, await body());
    const email = input.email.trim().toLowerCase();
    const customer = state.customers.find(
      (c) => c.email.toLowerCase() === email && c.password === input.password,
    );
    // Not wrapped in `data` (docs/bigcommerce.md §10).
    return json(200, { is_valid: Boolean(customer), customer_id: customer?.id ?? null });
  }),
  route("getCustomers", ({ state, url }) => {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 250);
    return v3Page(state.customers.slice(0, limit).map(customerJson), {
      total: state.customers.length,
      perPage: limit,
      page: 1,
      totalPages: 1,
      links: { current: "?page=1" },
    });
  }),
  route("createCustomers", async ({ state, body }) => {
    const created = createCustomers(state, parse(newCustomersInput, await body()));
    const dateCreated = () => new Date(state.now()).toISOString();
    return v3(created.map((c) => ({ ...customerJson(c), date_created: dateCreated() })));
  }),
];
