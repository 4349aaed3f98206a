// Store information (v2): the store's clock, the cheapest authenticated call.
import { json } from "./http/responses";
import { route } from "./http/routes";

/** getSystemTimestamp: `{ time }` in whole seconds since the epoch. */
export const storeInformationRoutes = [
  route("getSystemTimestamp", ({ state }) => json(200, { time: Math.floor(state.now() / 1000) })),
];
