/**
 * Something the page needs did not answer (BigCommerce, or the shared store that checks links):
 * what happened, in the shopper's words, and one button that asks again at `href`.
 */
export function RetryCard({
  title,
  text,
  href,
  retry,
}: {
  title: string;
  text: string;
  href: string;
  /** The button's label. */
  retry: string;
}) {
  return (
    <div className="card stack" role="status">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a className="button" href={href}>
          {retry}
        </a>
      </p>
    </div>
  );
}
