import { slugify } from './text.js';

export interface Department {
  slug: string;
  name: string;
}

export function departmentOf(name: string): Department {
  const clean = name.replace(/\s+/g, ' ').trim();
  return { slug: slugify(clean), name: clean };
}
