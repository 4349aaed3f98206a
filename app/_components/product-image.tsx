/* eslint-disable @next/next/no-img-element -- product images come from the store's CDN (or the sandbox) as-is */

export function ProductImage({
  src,
  alt,
  size,
  eager = false,
  placeholder = "No image",
}: {
  src: string | null;
  alt: string;
  size: number;
  eager?: boolean;
  /** Text of the stand-in shown when there is no image. */
  placeholder?: string;
}) {
  if (!src) {
    return (
      <div
        className="product-image product-image--placeholder"
        role="img"
        aria-label={alt || placeholder}
      >
        {placeholder}
      </div>
    );
  }
  return (
    <img
      className="product-image"
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}
