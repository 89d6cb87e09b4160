/** How each command is written, as the help and the error replies show it. */
export const COMMAND_USAGE = {
  evaluate: '/gonogo',
  report: '/gonogo report',
  help: '/gonogo help',
  waive: '/gonogo waive <gate> <reason> [until YYYY-MM-DD]',
} as const;
