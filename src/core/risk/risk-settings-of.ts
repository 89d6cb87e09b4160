import { selectModules } from '../evaluate/select-modules.js';
import type { Rules } from '../rules/rules.js';
import type { RiskSettings } from './risk-settings.js';

/** The risk settings the rules give: SLA days per priority and the modules marked critical (lower-cased). */
export function riskSettingsOf(rules: Rules): RiskSettings {
  return {
    slaDays: rules.risk.slaDays,
    criticalModules: selectModules('critical', rules).map((name) => name.toLowerCase()),
  };
}
