import { z } from 'zod';

export const settingsSchema = z.object({
  municipalityName: z.string(),
  municipalityCode: z.string().nullable(),
  demo: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const neighbourhoodListSchema = z.object({
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      neighbourhoods: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
});
export type NeighbourhoodList = z.infer<typeof neighbourhoodListSchema>;
