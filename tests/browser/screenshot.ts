import { executeServerCommand } from '@web/test-runner-commands';

/** Saves the page as it looks now to .test-results/screenshots/<name>.png, for a person to look at. */
export async function screenshot(name: string): Promise<void> {
  await executeServerCommand('save-screenshot', { name });
}
