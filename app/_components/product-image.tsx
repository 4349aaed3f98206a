/* eslint-disable @next/next/no-img-element -- product images come from the store's CDN (or the sandbox) as-is */

export function ProductImage({
  src,
  alt,
  size,
  eager = false,
}: {
  src: string | null;
  alt: string;
  size: number;
  eager?: boolean;
}) {
  if (!src) {
    return (
      <div
        className="product-image product-image--placeholder"
        role="img"
        aria-label={alt || "No image"}
      >
        No image
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
