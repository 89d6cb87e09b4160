import type { FamilyInput } from '../core/model/evidence-bundle.js';
import type { TodoScan } from '../core/model/todo.js';
import { hasTodosGate } from '../core/rules/has-todos-gate.js';
import type { Rules } from '../core/rules/rules.js';
import { scanDirectory } from './todos/scan-directory.js';
import { todoScanOptions } from '../core/todos/todo-scan-options.js';

/**
 * The TODO scan of the tree at `root` when a `todos` gate asks for it; not configured otherwise. A tree that
 * cannot be listed is a problem the gates fail closed on, never an exception.
 */
export async function gatherTodos(rules: Rules, root: string): Promise<FamilyInput<TodoScan>> {
  if (!hasTodosGate(rules)) return { configured: false, requested: [], reports: [], problems: [] };
  try {
    const scan = await scanDirectory(root, todoScanOptions(rules));
    return {
      configured: true,
      requested: ['the working tree'],
      reports: [{ source: 'the working tree', todos: scan.todos, files: scan.files }],
      problems: [],
    };
  } catch (error) {
    return {
      configured: true,
      requested: ['the working tree'],
      reports: [],
      problems: [`the tree could not be scanned for TODOs (${(error as Error).message})`],
    };
  }
}
