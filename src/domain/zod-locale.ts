import { z } from 'zod';

/** Validation messages that no schema words itself are in Dutch, for people. */
z.config(z.locales.nl());
