// Reads an image's size and makes its smaller copies with sharp, whose libvips binary ships inside
// its npm packages (no download at install). Loaded only when a site has images.
import path from 'node:path';

/** Widths offered to browsers in `srcset`; none wider than the original. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const;

/** Formats sharp resizes well; anything else (SVG, GIF) is published as it is. */
const RESIZABLE = new Set(['jpeg', 'png', 'webp', 'avif', 'tiff']);

export interface Variant {
  /** File name beside the original, e.g. `photo.800w.webp`. */
  name: string;
  width: number;
  bytes: Uint8Array;
}

export interface ProcessedImage {
  width: number;
  height: number;
  variants: Variant[];
}

type Sharp = typeof import('sharp');
let sharpModule: Promise<Sharp> | undefined;

function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((module) => (module as unknown as { default: Sharp }).default ?? module);
  return sharpModule;
}

/** Size of the image as a reader sees it (EXIF rotation applied), and WebP copies at the widths it can fill. */
export async function processImage(bytes: Uint8Array, fileName: string): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  const metadata = await sharp(bytes).metadata();
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = (rotated ? metadata.height : metadata.width) ?? 0;
  const height = (rotated ? metadata.width : metadata.height) ?? 0;
  if (!width || !height) throw new Error('it has no width or height');
  if (!RESIZABLE.has(metadata.format ?? '') || (metadata.pages ?? 1) > 1) return { width, height, variants: [] };
  const stem = path.posix.basename(fileName, path.posix.extname(fileName));
  const widths = [...VARIANT_WIDTHS.filter((candidate) => candidate < width), Math.min(width, VARIANT_WIDTHS.at(-1)!)];
  const variants = await Promise.all([...new Set(widths)].map(async (target) => ({
    name: `${stem}.${target}w.webp`,
    width: target,
    bytes: new Uint8Array(await sharp(bytes).rotate().resize({ width: target }).webp({ quality: 78 }).toBuffer()),
  })));
  return { width, height, variants };
}
