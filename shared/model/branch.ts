// A partiförening and the people holding the roles the plan's coverage targets ask for.
import { z } from '../zod.ts';

export const Branch = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Role name (as the plan says it, e.g. "valledare") → person name, or '' while unfilled. */
  roles: z.record(z.string(), z.string()),
  zetkinSubOrgId: z.string().optional(),
});
export type Branch = z.infer<typeof Branch>;

/** "valledare" → "Valledare": the column header of a role, in Partiföreningar and in the reports. */
export function roleHeader(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
