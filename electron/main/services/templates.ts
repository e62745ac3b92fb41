/**
 * Reads the template files in `resources/templates/` and validates each with
 * the shared schema. A bad file is reported, never half-loaded; the others
 * still load. Plain Node.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Template, TemplateSchema } from '@shared/schemas/template';

export type TemplateLoad = { templates: Template[]; problems: { file: string; message: string }[] };

/** Loads every `*.json` template in `dir`, sorted by name, the company template first. */
export const loadTemplates = async (dir: string): Promise<TemplateLoad> => {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const templates: Template[] = [];
  const problems: TemplateLoad['problems'] = [];
  for (const file of files) {
    try {
      const parsed = TemplateSchema.safeParse(JSON.parse(await readFile(join(dir, file), 'utf8')));
      if (parsed.success) templates.push(parsed.data);
      else problems.push({ file, message: parsed.error.issues[0]?.message ?? 'invalid template' });
    } catch (err) {
      problems.push({ file, message: err instanceof Error ? err.message : String(err) });
    }
  }
  templates.sort(
    (a, b) =>
      Number(b.company !== null) - Number(a.company !== null) || a.name.localeCompare(b.name),
  );
  return { templates, problems };
};
