import { PizhuError } from '../../shared/errors';

/** The error for a file that looks like an annotation export but cannot be taken in, naming the file and the problem. */
export function badFile(name: string, problem: string): PizhuError {
  return new PizhuError('BAD_FILE', `${name}: ${problem}`);
}
