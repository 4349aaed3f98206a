/** What a retry card says, and where its one button asks again. */
export interface RetryCardProps {
  title: string;
  text: string;
  href: string;
  /** The button's label. */
  retry: string;
}

/**
 * Something the page needs did not answer (BigCommerce, or the shared store that checks links):
 * what happened, in the shopper's words, and one button that asks again.
 */
export function RetryCard(props: RetryCardProps) {
  return (
    <div className="card stack" role="status">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <a className="button" href={props.href}>
          {props.retry}
        </a>
      </p>
    </div>
  );
}
