// lib/geography: the store's countries, states and time zone, read from the sandbox over real
// HTTP and kept, so a second view costs no BigCommerce call (counted by the sandbox's stats).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBigCommerceClient, QuotaGate, type BigCommerceClient } from "@/lib/bigcommerce";
import {
  COUNTRIES_TTL_MS,
  createGeography,
  storeAddressForm,
  TIME_ZONE_TTL_MS,
} from "@/lib/geography";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

let server: SandboxServer;
let bc: BigCommerceClient;
let clock = 0;
const now = () => clock;

/** BigCommerce calls the sandbox counted since the last reset, by operation id. */
async function calls(): Promise<Record<string, number>> {
  const response = await fetch(`${server.url}/__sandbox/stats`);
  return ((await response.json()) as { calls: Record<string, number> }).calls;
}

async function knobs(values: Record<string, unknown>) {
  await fetch(`${server.url}/__sandbox/knobs`, { method: "POST", body: JSON.stringify(values) });
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
  bc = createBigCommerceClient({
    apiUrl: server.url,
    paymentsUrl: server.url,
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 5000,
    retry: { maxAttempts: 1 },
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  clock = Date.UTC(2026, 2, 5);
  await knobs({ rate500: 0 });
  await fetch(`${server.url}/__sandbox/stats/reset`, { method: "POST" });
});

describe("geography", () => {
  it("reads the countries once a day", async () => {
    const geo = createGeography({ bigcommerce: bc }, { now });
    const first = await geo.countries();
    expect(first).toContainEqual({ id: 226, code: "US", name: "United States" });
    expect(first.map((c) => c.code)).toEqual(
      expect.arrayContaining(["US", "CA", "GB", "DE", "FR", "JP", "AE", "AU"]),
    );
    clock += COUNTRIES_TTL_MS - 1;
    await Promise.all([geo.countries(), geo.countries()]);
    expect(await calls()).toEqual({ getCountries: 1 });
    clock += 1;
    await geo.countries();
    expect(await calls()).toEqual({ getCountries: 2 });
  });

  it("reads each country's states once, and shares one read between callers", async () => {
    const geo = createGeography({ bigcommerce: bc }, { now });
    const [us, again] = await Promise.all([geo.states("US"), geo.states("us")]);
    expect(us).toHaveLength(65);
    expect(us).toContainEqual({ id: 57, name: "Texas", abbreviation: "TX" });
    expect(again).toEqual(us);
    expect(await geo.states("JP")).toHaveLength(47);
    expect(await geo.states("AE")).toHaveLength(7);
    expect(await geo.states("GB")).toEqual([]);
    expect(await geo.states("DE")).toEqual([]);
    await geo.states("US");
    await geo.states("GB");
    expect(await calls()).toEqual({ getCountries: 1, getCountryStates: 5 });
  });

  it("answers null for a country the store does not list, without asking BigCommerce", async () => {
    const geo = createGeography({ bigcommerce: bc }, { now });
    await geo.countries();
    for (const code of ["XX", "constructor", "__proto__", "", "U"]) {
      expect(await geo.states(code)).toBeNull();
    }
    expect(await calls()).toEqual({ getCountries: 1 });
  });

  it("reads the store's time zone once an hour", async () => {
    const geo = createGeography({ bigcommerce: bc }, { now });
    expect(await geo.storeTimeZone()).toBe("America/Chicago");
    clock += TIME_ZONE_TTL_MS - 1;
    await geo.storeTimeZone();
    expect(await calls()).toEqual({ getStoreInformation: 1 });
    clock += 1;
    await geo.storeTimeZone();
    expect(await calls()).toEqual({ getStoreInformation: 2 });
  });

  it("serves what it kept while BigCommerce fails, and UTC or the error when it kept nothing", async () => {
    const kept = createGeography({ bigcommerce: bc }, { now });
    const countries = await kept.countries();
    await kept.storeTimeZone();
    await knobs({ rate500: 1 });
    clock += COUNTRIES_TTL_MS;
    expect(await kept.countries()).toEqual(countries);
    expect(await kept.storeTimeZone()).toBe("America/Chicago");
    const fresh = createGeography({ bigcommerce: bc }, { now });
    await expect(fresh.countries()).rejects.toMatchObject({ status: 500 });
    expect(await fresh.storeTimeZone()).toBe("UTC");
    await knobs({ rate500: 0 });
    // A failed refresh is retried a minute later, not a day later.
    clock += 60_000;
    await fetch(`${server.url}/__sandbox/stats/reset`, { method: "POST" });
    await kept.countries();
    expect(await calls()).toEqual({ getCountries: 1 });
  });

  it("shapes the address form by the store's states: a US list, no German state", async () => {
    const geo = createGeography({ bigcommerce: bc }, { now });
    const us = await storeAddressForm(geo, "US");
    expect(us?.form.region).toEqual({ kind: "state", required: true, fromStoreList: true });
    expect(us?.states).toHaveLength(65);
    const de = await storeAddressForm(geo, "DE");
    expect(de?.form.region).toBeNull();
    expect(de?.states).toEqual([]);
    expect(await storeAddressForm(geo, "ZZ")).toBeNull();
  });

  it("spends none of the shoppers' reserve: a refresh the quota gate refuses serves what was kept", async () => {
    const gate = new QuotaGate(now);
    const gated = createBigCommerceClient({
      apiUrl: server.url,
      paymentsUrl: server.url,
      storeHash: "sandbox",
      accessToken: "sandbox-access-token",
      timeoutMs: 5000,
      retry: { maxAttempts: 1 },
      quota: gate,
    });
    const geo = createGeography({ bigcommerce: gated }, { now });
    const countries = await geo.countries();
    clock += COUNTRIES_TTL_MS;
    // The last answer left 10 of 150 calls for 20 more seconds: below the reserve of 30.
    gate.observe({ left: 10, quota: 150, resetMs: 20_000 });
    await fetch(`${server.url}/__sandbox/stats/reset`, { method: "POST" });
    expect(await geo.countries()).toEqual(countries);
    expect(await calls()).toEqual({});
  });
});
