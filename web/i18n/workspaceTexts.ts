import { addTexts } from '.';
import workspaceTexts from './sv/workspace.json';

/**
 * The texts of everything but the public page: imported by the pages that show them, so they
 * arrive with those pages' code and a citizen on the public map never downloads them.
 */
addTexts(workspaceTexts, () => import('./en/workspace.json'));
