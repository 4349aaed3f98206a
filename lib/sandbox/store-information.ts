// Store information (v2): the store's clock, the cheapest authenticated call, and the store's
// settings with its time zone (docs/bigcommerce.md §19).
import { json } from "./http/responses";
import { route } from "./http/routes";

/** The sandbox store's time zone, as BigCommerce writes it (its reference's own example). */
export const SANDBOX_TIMEZONE = {
  name: "America/Chicago",
  raw_offset: -21600,
  dst_offset: -18000,
  dst_correction: true,
  date_format: { display: "M jS Y", export: "M jS Y", extended_display: "M jS Y @ g:i A" },
};

/**
 * getSystemTimestamp: `{ time }` in whole seconds since the epoch.
 * getStoreInformation: a realistic store (the sandbox's hash, US dollars, the Standard plan, an
 * America/Chicago time zone, no logo: BigCommerce then writes `logo` as an empty array).
 */
export const storeInformationRoutes = [
  route("getSystemTimestamp", ({ state }) => json(200, { time: Math.floor(state.now() / 1000) })),
  route("getStoreInformation", ({ state }) =>
    json(200, {
      id: state.storeHash,
      domain: "sandbox.example.com",
      secure_url: "https://sandbox.example.com",
      control_panel_base_url: `https://store-${state.storeHash}.mybigcommerce.com`,
      status: "live",
      name: "Sandbox Store",
      first_name: "Sandy",
      last_name: "Box",
      address: "1 Sandbox Way\nAustin, TX 78701",
      country: "United States",
      country_code: "US",
      phone: "555-0100",
      admin_email: "admin@sandbox.example.com",
      order_email: "orders@sandbox.example.com",
      favicon_url: "",
      timezone: SANDBOX_TIMEZONE,
      language: "en",
      currency: "USD",
      currency_symbol: "$",
      decimal_separator: ".",
      thousands_separator: ",",
      decimal_places: 2,
      currency_symbol_location: "left",
      weight_units: "Ounces",
      dimension_units: "Inches",
      dimension_decimal_places: 2,
      dimension_decimal_token: ".",
      dimension_thousands_token: ",",
      plan_name: "Standard",
      plan_level: "Standard",
      plan_is_trial: false,
      industry: "Home & Garden",
      logo: [],
      is_price_entered_with_tax: false,
      store_id: 1000001,
      default_channel_id: 1,
      default_site_id: 1000,
      active_comparison_modules: [],
      features: {
        stencil_enabled: false,
        sitewidehttps_enabled: true,
        facebook_catalog_id: "",
        checkout_type: "single",
        wishlists_enabled: false,
        graphql_storefront_api_enabled: true,
        shopper_consent_tracking_enabled: false,
        multi_storefront_enabled: false,
        storefront_limits: { active: 1, total_including_inactive: 1 },
      },
    }),
  ),
];
