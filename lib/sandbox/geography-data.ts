// The sandbox store's countries and states: a realistic subset of what BigCommerce lists
// (docs/bigcommerce.md §18). Ids are numbers in BigCommerce's style (its countries are numbered in
// alphabetical order, Australia 13 as in the reference); the app must never rely on them. States
// are listed in full for the countries that have them here; the rest (GB, DE, FR, …) have none,
// so their states list answers 204.

/** One sandbox country: BigCommerce's numeric id, English name, ISO 3166-1 codes. */
export interface SandboxCountry {
  id: number;
  name: string;
  iso2: string;
  iso3: string;
}

/** One sandbox state: BigCommerce's numeric id, name, abbreviation and country id. */
export interface SandboxState {
  id: number;
  name: string;
  abbreviation: string;
  countryId: number;
}

/** id, ISO alpha-2, alpha-3 and name, in BigCommerce's (alphabetical) order. */
const COUNTRY_ROWS: [number, string, string, string][] = [
  [13, "AU", "AUS", "Australia"],
  [38, "CA", "CAN", "Canada"],
  [74, "FR", "FRA", "France"],
  [81, "DE", "DEU", "Germany"],
  [103, "IE", "IRL", "Ireland"],
  [107, "JP", "JPN", "Japan"],
  [150, "NL", "NLD", "Netherlands"],
  [153, "NZ", "NZL", "New Zealand"],
  [203, "SE", "SWE", "Sweden"],
  [204, "CH", "CHE", "Switzerland"],
  [224, "AE", "ARE", "United Arab Emirates"],
  [225, "GB", "GBR", "United Kingdom"],
  [226, "US", "USA", "United States"],
];

/** "ABBR:Name|ABBR:Name|…", the states of one country in BigCommerce's order. */
const STATE_LISTS: [iso2: string, firstId: number, list: string][] = [
  [
    "US",
    1,
    "AL:Alabama|AK:Alaska|AS:American Samoa|AZ:Arizona|AR:Arkansas|AF:Armed Forces Africa|" +
      "AA:Armed Forces Americas|AC:Armed Forces Canada|AE:Armed Forces Europe|" +
      "AM:Armed Forces Middle East|AP:Armed Forces Pacific|CA:California|CO:Colorado|" +
      "CT:Connecticut|DE:Delaware|DC:District of Columbia|FM:Federated States Of Micronesia|" +
      "FL:Florida|GA:Georgia|GU:Guam|HI:Hawaii|ID:Idaho|IL:Illinois|IN:Indiana|IA:Iowa|KS:Kansas|" +
      "KY:Kentucky|LA:Louisiana|ME:Maine|MH:Marshall Islands|MD:Maryland|MA:Massachusetts|" +
      "MI:Michigan|MN:Minnesota|MS:Mississippi|MO:Missouri|MT:Montana|NE:Nebraska|NV:Nevada|" +
      "NH:New Hampshire|NJ:New Jersey|NM:New Mexico|NY:New York|NC:North Carolina|" +
      "ND:North Dakota|MP:Northern Mariana Islands|OH:Ohio|OK:Oklahoma|OR:Oregon|PW:Palau|" +
      "PA:Pennsylvania|PR:Puerto Rico|RI:Rhode Island|SC:South Carolina|SD:South Dakota|" +
      "TN:Tennessee|TX:Texas|UT:Utah|VT:Vermont|VI:Virgin Islands|VA:Virginia|WA:Washington|" +
      "WV:West Virginia|WI:Wisconsin|WY:Wyoming",
  ],
  [
    "CA",
    66,
    "AB:Alberta|BC:British Columbia|MB:Manitoba|NB:New Brunswick|NL:Newfoundland and Labrador|" +
      "NT:Northwest Territories|NS:Nova Scotia|NU:Nunavut|ON:Ontario|PE:Prince Edward Island|" +
      "QC:Quebec|SK:Saskatchewan|YT:Yukon",
  ],
  [
    "AU",
    208,
    "ACT:Australian Capital Territory|NSW:New South Wales|NT:Northern Territory|QLD:Queensland|" +
      "SA:South Australia|TAS:Tasmania|VIC:Victoria|WA:Western Australia",
  ],
  [
    "JP",
    300,
    "01:Hokkaido|02:Aomori|03:Iwate|04:Miyagi|05:Akita|06:Yamagata|07:Fukushima|08:Ibaraki|" +
      "09:Tochigi|10:Gunma|11:Saitama|12:Chiba|13:Tokyo|14:Kanagawa|15:Niigata|16:Toyama|" +
      "17:Ishikawa|18:Fukui|19:Yamanashi|20:Nagano|21:Gifu|22:Shizuoka|23:Aichi|24:Mie|25:Shiga|" +
      "26:Kyoto|27:Osaka|28:Hyogo|29:Nara|30:Wakayama|31:Tottori|32:Shimane|33:Okayama|" +
      "34:Hiroshima|35:Yamaguchi|36:Tokushima|37:Kagawa|38:Ehime|39:Kochi|40:Fukuoka|41:Saga|" +
      "42:Nagasaki|43:Kumamoto|44:Oita|45:Miyazaki|46:Kagoshima|47:Okinawa",
  ],
  [
    "AE",
    360,
    "AZ:Abu Dhabi|AJ:Ajman|DU:Dubai|FU:Fujairah|RK:Ras al Khaimah|SH:Sharjah|UQ:Umm al Quwain",
  ],
];

/** The sandbox's countries, in BigCommerce's order. */
export const SANDBOX_COUNTRIES: readonly SandboxCountry[] = COUNTRY_ROWS.map(
  ([id, iso2, iso3, name]) => ({ id, iso2, iso3, name }),
);

/** Each country's states by country id; a country without states has no entry. */
export const SANDBOX_STATES: ReadonlyMap<number, readonly SandboxState[]> = new Map(
  STATE_LISTS.map(([iso2, firstId, list]) => {
    const countryId = SANDBOX_COUNTRIES.find((c) => c.iso2 === iso2)!.id;
    const states = list.split("|").map((entry, i) => {
      const [abbreviation, name] = entry.split(":");
      return { id: firstId + i, name, abbreviation, countryId };
    });
    return [countryId, states];
  }),
);
