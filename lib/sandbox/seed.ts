// The sandbox store's fixed catalogue, shipping rates and test cards.
// Money is kept in integer cents here; the API layer renders it the way BigCommerce does
// (numbers in v3, decimal strings in v2).

interface SeedOptionValue {
  id: number;
  label: string;
}

/** A product option (e.g. Size) and its values. */
export interface SeedOption {
  id: number;
  displayName: string;
  values: SeedOptionValue[];
}

/**
 * A modifier that does not make variants: a text field the shopper types (BigCommerce's "Text
 * field" option), at most `maxLength` characters.
 */
export interface SeedModifier {
  id: number;
  displayName: string;
  type: "text";
  maxLength: number;
  required: boolean;
}

/** A purchasable variant: one value of each option, with its own SKU and stock. */
export interface SeedVariant {
  id: number;
  sku: string;
  /** Option value ids, in the order of the product's options. */
  optionValueIds: number[];
  inventory: number;
  /** The variant's own price in cents; without it the variant sells at the product's price. */
  priceCents?: number;
}

/** A catalogue product; `priceCents` in integer cents, `image` a file in public/sandbox/products. */
export interface SeedProduct {
  id: number;
  name: string;
  /** BigCommerce's product type; physical unless said (a digital product never ships). */
  type?: "physical" | "digital";
  sku: string;
  slug: string;
  description: string;
  priceCents: number;
  image: string;
  imageAlt: string;
  options: SeedOption[];
  /** Text modifiers (no variants); absent when none. */
  modifiers?: SeedModifier[];
  /** Products without options have exactly one (base) variant. */
  variants: SeedVariant[];
}

function single(id: number, sku: string, inventory = 50): SeedVariant[] {
  return [{ id, sku, optionValueIds: [], inventory }];
}

function option(id: number, displayName: string, values: [number, string][]): SeedOption {
  return { id, displayName, values: values.map(([valueId, label]) => ({ id: valueId, label })) };
}

/**
 * The sandbox catalogue: products 111..120; 112 and 118 have options, 119 is digital (an e-book),
 * 120 has a text modifier (its engraving).
 */
export const SEED_PRODUCTS: SeedProduct[] = [
  {
    id: 111,
    name: "Stoneware Coffee Mug",
    sku: "MUG-STONE",
    slug: "stoneware-coffee-mug",
    description: "A hand-glazed 350 ml mug that keeps coffee warm and fits the hand.",
    priceCents: 1800,
    image: "mug.svg",
    imageAlt: "Blue stoneware mug with a round handle",
    options: [],
    variants: single(1111, "MUG-STONE"),
  },
  {
    id: 112,
    name: "Organic Cotton T-Shirt",
    sku: "TEE-ORG",
    slug: "organic-cotton-t-shirt",
    description: "Heavyweight organic cotton, cut straight, pre-shrunk.",
    priceCents: 2400,
    image: "tee.svg",
    imageAlt: "Folded cotton t-shirt",
    options: [
      option(21, "Size", [
        [211, "S"],
        [212, "M"],
        [213, "L"],
      ]),
      option(22, "Colour", [
        [221, "Sand"],
        [222, "Navy"],
      ]),
    ],
    variants: [
      { id: 1121, sku: "TEE-ORG-S-SAND", optionValueIds: [211, 221], inventory: 20 },
      { id: 1122, sku: "TEE-ORG-S-NAVY", optionValueIds: [211, 222], inventory: 20 },
      { id: 1123, sku: "TEE-ORG-M-SAND", optionValueIds: [212, 221], inventory: 20 },
      { id: 1124, sku: "TEE-ORG-M-NAVY", optionValueIds: [212, 222], inventory: 20 },
      { id: 1125, sku: "TEE-ORG-L-SAND", optionValueIds: [213, 221], inventory: 20 },
      { id: 1126, sku: "TEE-ORG-L-NAVY", optionValueIds: [213, 222], inventory: 0 },
    ],
  },
  {
    id: 113,
    name: "Canvas Weekender Bag",
    sku: "BAG-WKND",
    slug: "canvas-weekender-bag",
    description: "Waxed canvas, leather handles, room for three days away.",
    priceCents: 8950,
    image: "bag.svg",
    imageAlt: "Olive canvas holdall with brown handles",
    options: [],
    variants: single(1131, "BAG-WKND"),
  },
  {
    id: 114,
    name: "Beeswax Candle Trio",
    sku: "CANDLE-3",
    slug: "beeswax-candle-trio",
    description: "Three pure beeswax pillar candles, about 30 hours each.",
    priceCents: 2725,
    image: "candles.svg",
    imageAlt: "Three amber candles of different heights",
    options: [],
    variants: single(1141, "CANDLE-3"),
  },
  {
    id: 115,
    name: "Linen Tea Towel Set",
    sku: "TOWEL-LIN",
    slug: "linen-tea-towel-set",
    description: "Two stonewashed linen tea towels that dry without lint.",
    priceCents: 1999,
    image: "towels.svg",
    imageAlt: "Two striped linen towels",
    options: [],
    variants: single(1151, "TOWEL-LIN"),
  },
  {
    id: 116,
    name: "Walnut Serving Board",
    sku: "BOARD-WAL",
    slug: "walnut-serving-board",
    description: "Solid American walnut, oiled, with a juice groove.",
    priceCents: 6400,
    image: "board.svg",
    imageAlt: "Dark wooden serving board with a handle",
    options: [],
    variants: single(1161, "BOARD-WAL"),
  },
  {
    id: 117,
    name: "Enamel Camp Kettle",
    sku: "KETTLE-EN",
    slug: "enamel-camp-kettle",
    description: "A 1.2 litre enamel kettle for the stove or the campfire.",
    priceCents: 4210,
    image: "kettle.svg",
    imageAlt: "Red enamel kettle",
    options: [],
    variants: single(1171, "KETTLE-EN"),
  },
  {
    id: 118,
    name: "Merino Wool Beanie",
    sku: "BEANIE-MER",
    slug: "merino-wool-beanie",
    description: "Soft ribbed merino that keeps its shape.",
    priceCents: 2100,
    image: "beanie.svg",
    imageAlt: "Knitted beanie with a folded cuff",
    options: [
      option(31, "Colour", [
        [311, "Charcoal"],
        [312, "Mustard"],
        [313, "Forest"],
      ]),
    ],
    variants: [
      { id: 1181, sku: "BEANIE-MER-CHA", optionValueIds: [311], inventory: 15 },
      { id: 1182, sku: "BEANIE-MER-MUS", optionValueIds: [312], inventory: 15 },
      { id: 1183, sku: "BEANIE-MER-FOR", optionValueIds: [313], inventory: 15 },
    ],
  },
  {
    id: 119,
    name: "Field Guide to Coffee (e-book)",
    type: "digital",
    sku: "EBOOK-COFFEE",
    slug: "field-guide-to-coffee-e-book",
    description: "A downloadable guide to beans, grinders and brewing, in PDF and EPUB.",
    priceCents: 999,
    image: "ebook.svg",
    imageAlt: "Cover of a coffee field guide",
    options: [],
    variants: single(1191, "EBOOK-COFFEE", 1000),
  },
  {
    id: 120,
    name: "Engraved Wooden Spoon",
    sku: "SPOON-ENG",
    slug: "engraved-wooden-spoon",
    description: "A cherry-wood cooking spoon, engraved with up to 30 characters of your choice.",
    priceCents: 1450,
    image: "spoon.svg",
    imageAlt: "Wooden spoon with engraved handle",
    options: [],
    modifiers: [{ id: 41, displayName: "Engraving", type: "text", maxLength: 30, required: false }],
    variants: single(1201, "SPOON-ENG", 40),
  },
];

interface SeedShippingOption {
  id: string;
  type: string;
  description: string;
  costCents: number;
  transitTime: string;
}

/** The shipping options quoted for any address with a country (`costCents` in cents). */
export const SEED_SHIPPING_OPTIONS: SeedShippingOption[] = [
  {
    id: "5f1c0e7a9b3d4c2e8a6f0b1d2c3e4f50",
    type: "shipping_flatrate",
    description: "Standard Shipping",
    costCents: 500,
    transitTime: "5-8 business days",
  },
  {
    id: "8a2d4f6b1c3e5a7d9f0b2c4e6a8d0f12",
    type: "shipping_byweight",
    description: "Express Shipping",
    costCents: 1500,
    transitTime: "1-2 business days",
  },
  {
    id: "c0e2a4f6b8d1c3e5a7f9b0d2c4e6a8f1",
    type: "shipping_pickupinstore",
    description: "Pickup In Store",
    costCents: 0,
    transitTime: "",
  },
];

/** Sales tax the sandbox charges on the discounted item price (tax-exclusive pricing). */
export const SANDBOX_TAX = { name: "Sandbox Sales Tax", basisPoints: 800 } as const;

/** The store's currency (ISO 4217). */
export const SANDBOX_CURRENCY = "USD";

/** The one payment method the sandbox accepts, a test card gateway. */
export const SANDBOX_PAYMENT_METHOD = {
  id: "sandbox.card",
  name: "Sandbox card gateway",
} as const;

/**
 * Test cards: any future expiry date and any 3- or 4-digit CVV. `threeDSecure` asks for a 3-D
 * Secure step: the embedded checkout shows a challenge and is paid once it is completed; the
 * server-to-server Payments API, which cannot run 3-D Secure, refuses it like any unknown card.
 */
export const TEST_CARDS = {
  success: "4111111111111111",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
  threeDSecure: "4000000000003220",
} as const;

/** English names of the countries the sandbox ships to, by ISO 3166-1 alpha-2 code. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["DE", "Germany"],
  ["FR", "France"],
  ["NL", "Netherlands"],
  ["AU", "Australia"],
]);

/** Customers who can sign in to the sandbox store (README lists them). */
export const SEED_CUSTOMERS = [
  {
    id: 7,
    email: "shopper@example.com",
    password: "sandbox-shopper-1",
    firstName: "Sam",
    lastName: "Shopper",
  },
  {
    id: 8,
    email: "another@example.com",
    password: "sandbox-another-1",
    firstName: "Alex",
    lastName: "Another",
  },
] as const;

/** Coupon codes the sandbox accepts. */
export const SEED_COUPONS = [
  {
    id: 1,
    code: "SAVE10",
    displayName: "10% off your order",
    type: "percentage_discount",
    typeId: 1,
    percent: 10,
  },
] as const;
