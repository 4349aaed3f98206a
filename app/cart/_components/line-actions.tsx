import { lineName } from "@/app/_components/cart-summary";
import type { CartLineView } from "@/lib/checkout";
import type { Translate } from "@/lib/i18n";
import { removeFromCartAction, updateQuantityAction } from "../actions";

/**
 * A cart line's quantity form (physical and digital lines) and its "Remove" button (every line
 * with an id); nothing for a line that can be neither changed nor removed here.
 */
export function LineActions({ line, t }: { line: CartLineView; t: Translate }) {
  if (!line.quantityEditable && !line.removable) return null;
  const name = lineName(line, t);
  return (
    <div className="line-actions">
      {line.quantityEditable && (
        <form action={updateQuantityAction} className="quantity-form">
          <input type="hidden" name="itemId" value={line.id} />
          <label className="visually-hidden" htmlFor={`qty-${line.id}`}>
            {t("cart.quantityOf", { name })}
          </label>
          <input
            id={`qty-${line.id}`}
            name="quantity"
            type="number"
            min={1}
            max={99}
            defaultValue={line.quantity}
            inputMode="numeric"
          />
          <button
            className="button button--secondary"
            type="submit"
            aria-label={t("cart.updateQuantityOf", { name })}
          >
            {t("cart.update")}
          </button>
        </form>
      )}
      {line.removable && (
        <form action={removeFromCartAction}>
          <input type="hidden" name="itemId" value={line.id} />
          <button
            className="button button--link"
            type="submit"
            aria-label={t("cart.removeItem", { name })}
          >
            {t("cart.remove")}
          </button>
        </form>
      )}
    </div>
  );
}
