import { ProductImage } from "@/app/_components/product-image";
import type { SectionProps } from "./section-props";

/** Every line bought: image (or placeholder), name, options, quantity × unit price and line total. */
export function OrderLines({ view, c, money }: SectionProps) {
  return (
    <section className="card" aria-labelledby="items-heading">
      <h2 id="items-heading">{c.items}</h2>
      <ul className="line-items" data-testid="order-lines">
        {view.lines.map((line) => (
          <li className="line-item" key={line.id} data-testid="order-line">
            <ProductImage
              src={line.imageUrl}
              alt={line.imageAlt}
              size={72}
              placeholder={c.noImage}
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
              <p className="line-item__meta">
                {c.quantity} <span data-testid="line-quantity">{line.quantity}</span> ×{" "}
                <span data-testid="line-unit-price">{money(line.unitPrice)}</span>
              </p>
            </div>
            <div className="line-item__total" data-testid="line-total">
              {money(line.lineTotal)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
