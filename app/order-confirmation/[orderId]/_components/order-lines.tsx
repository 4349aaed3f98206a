import { ProductImage } from "@/app/_components/product-image";
import type { OrderLineView } from "@/lib/confirmation";
import { isZero } from "@/lib/money";
import { Address } from "./address";
import type { SectionProps } from "./section-props";

/** One line bought: image (or placeholder), name, options, wrapping, quantity × unit price, total. */
function Line({ line, t, money }: Pick<SectionProps, "t" | "money"> & { line: OrderLineView }) {
  return (
    <li className="line-item" data-testid="order-line" data-kind={line.kind}>
      <ProductImage
        src={line.imageUrl}
        alt={line.imageAlt}
        size={72}
        placeholder={t("confirmation.noImage")}
      />
      <div>
        <p className="line-item__name" data-testid="line-name">
          {line.name}
        </p>
        {line.options.length > 0 && (
          <p className="line-item__meta" data-testid="line-options">
            {line.options.map((o) => `${o.name}: ${o.value}`).join(", ")}
          </p>
        )}
        {line.wrapping && (
          <p className="line-item__meta" data-testid="line-wrapping">
            {t("confirmation.giftWrap", { name: line.wrapping.name })}
            {line.wrapping.message && ` · “${line.wrapping.message}”`}
          </p>
        )}
        <p className="line-item__meta">
          {t("confirmation.quantity")} <span data-testid="line-quantity">{line.quantity}</span> ×{" "}
          <span data-testid="line-unit-price">{money(line.unitPrice)}</span>
        </p>
        {!isZero(line.lineDiscount) && (
          <p className="line-item__meta" data-testid="line-discount">
            {t("confirmation.lineSaving")}: −{money(line.lineDiscount)}
          </p>
        )}
      </div>
      <div className="line-item__total" data-testid="line-total">
        {money(line.lineTotal)}
      </div>
    </li>
  );
}

interface Group {
  key: string;
  title: string;
  testId: string;
  /** What the group says before its lines: an address, a method, a note. */
  intro: React.ReactNode;
  lines: OrderLineView[];
}

/** The order's lines grouped by where they go: each shipping address, each pickup, downloads, gift certificates. */
function groupsOf({ view, t, tag, money }: SectionProps): Group[] {
  const byId = new Map(view.lines.map((l) => [l.id, l]));
  const take = (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const groups: Group[] = view.shipments.map((s, i) => ({
    key: `shipment-${s.id}`,
    title: t("confirmation.shipment", { n: i + 1, of: view.shipments.length }),
    testId: "shipment",
    intro: (
      <div className="line-group__intro">
        <Address address={s.address} locale={tag} />
        <p className="muted" data-testid="shipment-method">
          {s.method || "—"} · {money(s.cost)}
        </p>
      </div>
    ),
    lines: take(s.lineIds),
  }));
  for (const p of view.pickups) {
    groups.push({
      key: `pickup-${p.id}`,
      title: `${t("confirmation.pickup")}${p.method ? `: ${p.method}` : ""}`,
      testId: "pickup",
      intro: (
        <div className="line-group__intro">
          <p className="muted">{t("confirmation.pickupAt")}</p>
          <Address address={p.location} locale={tag} />
          {p.time && <p className="muted">{`${t("confirmation.pickupWhen")}: ${p.time}`}</p>}
          {p.instructions && (
            <p className="muted">{`${t("confirmation.pickupInstructions")}: ${p.instructions}`}</p>
          )}
        </div>
      ),
      lines: take(p.lineIds),
    });
  }
  if (view.downloads) {
    groups.push({
      key: "downloads",
      title: t("confirmation.downloads"),
      testId: "downloads",
      intro: (
        <p className="muted">{t("confirmation.downloadsText", { email: view.downloads.email })}</p>
      ),
      lines: take(view.downloads.lineIds),
    });
  }
  if (view.giftCertificateLineIds.length) {
    groups.push({
      key: "gift-certificates",
      title: t("confirmation.giftCertificates"),
      testId: "gift-certificates",
      intro: <p className="muted">{t("confirmation.giftCertificatesText")}</p>,
      lines: take(view.giftCertificateLineIds),
    });
  }
  // Lines no group claims (a shipped line whose address BigCommerce did not list) are still shown.
  const placed = new Set(groups.flatMap((g) => g.lines.map((l) => l.id)));
  const rest = view.lines.filter((l) => !placed.has(l.id));
  if (rest.length)
    groups.push({
      key: "rest",
      title: t("confirmation.items"),
      testId: "items",
      intro: null,
      lines: rest,
    });
  return groups;
}

/**
 * Every line bought. An order with one shipping address and nothing else lists them under
 * "Items"; otherwise they are grouped by where they go, each group saying how.
 */
export function OrderLines(props: SectionProps) {
  const { view, t, money } = props;
  const groups = groupsOf(props);
  const simple =
    groups.length === 1 &&
    view.shipments.length <= 1 &&
    !view.downloads &&
    !view.pickups.length &&
    !view.giftCertificateLineIds.length;
  return (
    <section className="card" aria-labelledby="items-heading">
      <h2 id="items-heading">{t("confirmation.items")}</h2>
      {simple ? (
        <ul className="line-items" data-testid="order-lines">
          {view.lines.map((line) => (
            <Line key={line.id} line={line} t={t} money={money} />
          ))}
        </ul>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="line-group" data-testid={g.testId}>
            <h3>{g.title}</h3>
            {g.intro}
            <ul className="line-items" data-testid="order-lines">
              {g.lines.map((line) => (
                <Line key={line.id} line={line} t={t} money={money} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
