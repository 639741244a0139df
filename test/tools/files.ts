/** Files under a folder whose names end with `suffix`, as absolute paths, sorted. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(suffix)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}
