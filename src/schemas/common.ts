import { z } from 'astro/zod';

/** Entry ids are the file name without extension: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry, by its id (the other file's name without extension). */
export const idRef = () => z.string().regex(ID_PATTERN, 'must be an entry id: lower-case words joined by hyphens');

/** A non-empty line of plain text. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** A list of unique entry ids; the integrity check resolves each one. */
export const idList = () => z.array(idRef()).refine((ids) => new Set(ids).size === ids.length, 'must not list the same id twice');

/** A position inside a group, counted from 1. */
export const order = () => z.number().int().min(1);
