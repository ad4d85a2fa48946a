import type { IconName } from '../../icons/icons.js';

/** A family of files, chosen from the name's extension, for the icon and its colour. */
export type FileKind = 'pdf' | 'text' | 'sheet' | 'slides' | 'archive' | 'image' | 'audio' | 'video' | 'code' | 'other';

const KINDS: Record<Exclude<FileKind, 'other'>, readonly string[]> = {
  pdf: ['pdf'],
  text: ['doc', 'docx', 'odt', 'rtf', 'txt', 'md', 'pages', 'wps'],
  sheet: ['xls', 'xlsx', 'ods', 'csv', 'tsv', 'numbers', 'et'],
  slides: ['ppt', 'pptx', 'odp', 'key', 'dps'],
  archive: ['zip', 'rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'zst'],
  image: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'svg', 'heic', 'avif', 'tif', 'tiff', 'psd'],
  audio: ['mp3', 'wav', 'aac', 'm4a', 'flac', 'ogg', 'opus', 'amr', 'silk'],
  video: ['mp4', 'mov', 'avi', 'mkv', 'webm', 'flv', 'wmv', 'm4v'],
  code: ['js', 'ts', 'json', 'html', 'css', 'xml', 'py', 'java', 'c', 'cpp', 'h', 'go', 'rs', 'sh', 'yml', 'yaml', 'sql'],
};

const BY_EXTENSION = new Map<string, FileKind>();
for (const [kind, extensions] of Object.entries(KINDS)) for (const ext of extensions) BY_EXTENSION.set(ext, kind as FileKind);

/** 'report.final.PDF' → 'pdf'; no extension → ''. */
export function fileExtension(name: string): string {
  const base = typeof name === 'string' ? (name.trim().split(/[\\/]/).pop() ?? '') : '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : '';
}

export function fileKind(name: string): FileKind {
  return BY_EXTENSION.get(fileExtension(name)) ?? 'other';
}

export const FILE_KIND_ICONS: Record<FileKind, IconName> = {
  pdf: 'filePdf',
  text: 'fileText',
  sheet: 'fileSheet',
  slides: 'fileSlides',
  archive: 'fileArchive',
  image: 'fileImage',
  audio: 'fileAudio',
  video: 'fileVideo',
  code: 'fileCode',
  other: 'file',
};
