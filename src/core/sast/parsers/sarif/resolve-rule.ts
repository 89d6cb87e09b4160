import type { SarifResult, SarifRule, SarifRun, SarifToolComponent } from './sarif-schema.js';

type Tool = SarifRun['tool'];
type ComponentReference = NonNullable<NonNullable<SarifResult['rule']>['toolComponent']>;

/** The component a `toolComponentReference` names: an extension by index or name, else the driver. */
function componentOf(reference: ComponentReference | undefined, tool: Tool): SarifToolComponent | undefined {
  if (reference?.index !== undefined) return tool.extensions?.[reference.index];
  if (reference?.name !== undefined) {
    return [tool.driver, ...(tool.extensions ?? [])].find((component) => component.name === reference.name);
  }
  return tool.driver;
}

/** `a/b/c`, `a/b`, `a`: a hierarchical rule id and its parents (SARIF §3.27.5), most specific first. */
function idAndParents(id: string): string[] {
  const parts = id.split('/');
  return parts.map((_, end) => parts.slice(0, parts.length - end).join('/'));
}

/**
 * The rule a result refers to: `rule.index` in the component `rule.toolComponent` names (SpotBugs and CodeQL
 * keep rules in extensions), else `ruleIndex` into the driver's rules, else the rule whose id matches
 * `ruleId` / `rule.id` in the driver or any extension. `undefined` when the report does not describe it.
 */
export function resolveRule(result: SarifResult, tool: Tool): SarifRule | undefined {
  const reference = result.rule;
  if (reference?.index !== undefined) {
    const rule = componentOf(reference.toolComponent, tool)?.rules?.[reference.index];
    if (rule) return rule;
  }
  if (result.ruleIndex !== undefined) {
    const rule = tool.driver.rules?.[result.ruleIndex];
    if (rule) return rule;
  }
  const id = result.ruleId ?? reference?.id;
  if (id === undefined) return undefined;
  const components = [tool.driver, ...(tool.extensions ?? [])];
  for (const candidate of idAndParents(id)) {
    for (const component of components) {
      const rule = component.rules?.find((known) => known.id === candidate);
      if (rule) return rule;
    }
  }
  return undefined;
}
