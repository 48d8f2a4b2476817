// A QR code drawn in the page as SVG (lean-qr computes the modules; nothing is fetched). Dark on white
// with the standard 4-module quiet zone in every theme, so a phone camera reads it.
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

export function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  const code = generate(value);
  const side = code.size + 8;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={label}
      className="hd-qr"
      viewBox={`-4 -4 ${side} ${side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect x="-4" y="-4" width={side} height={side} fill="#ffffff" />
      <path d={toSvgPath(code)} fill="#000000" />
    </svg>
  );
}
