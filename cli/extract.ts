import { UsageError } from './usage.ts';

// Replaced by the PDF reading feature (issue 3).
export async function extractCommand(_args: string[]): Promise<number> {
  throw new UsageError("la lecture des PDF n'est pas encore disponible.");
}
