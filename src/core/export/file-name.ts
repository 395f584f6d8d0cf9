/** Characters no file system or download dialog accepts in a name (Windows is the strictest). */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
/** Long enough for a department, a year and a view; file systems stop at 255 bytes. */
const MAX_STEM_LENGTH = 80;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A download's file name from its parts: "汾阳市信访局-2024-支出功能分类.png". Parts come from the
 * data, so each loses what a file system refuses (path separators, reserved characters, control
 * characters), runs of spaces become one "_", empty parts are dropped and the stem is cut at 80
 * characters; a name that would be empty or a reserved device name becomes "budget".
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const cleaned = parts.map((part) => part.replace(FORBIDDEN, '_').replace(/\s+/g, '_').replace(/^[._]+|[._]+$/g, '')).filter(Boolean);
  let stem = [...cleaned.join('-')].slice(0, MAX_STEM_LENGTH).join('').replace(/[.\s_-]+$/, '');
  if (!stem || RESERVED.test(stem)) stem = 'budget';
  return `${stem}.${extension}`;
}

/** The names in order, a repeated one numbered like a file manager does: "表.csv", "表 (2).csv". */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
