import { describe, expect, it } from 'vitest';
import { classifyLabels } from '../../src/core/trackers/labels/classify-labels.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { priorityScale } from '../../src/core/trackers/labels/priority-scale.js';

const classify = (...labels: string[]) => classifyLabels(labels, DEFAULT_LABEL_CONVENTIONS);

describe('classifyLabels with the default conventions', () => {
  it('reads P-labels, priority/… and GitLab scoped priority::… labels; the most urgent wins', () => {
    expect(classify('P2', 'bug')).toMatchObject({ priority: 'P2', rawPriority: 'P2' });
    expect(classify('priority/high')).toMatchObject({ priority: 'P1' });
    expect(classify('priority::1')).toMatchObject({ priority: 'P1' });
    expect(classify('team::priority::2')).toMatchObject({ priority: null });
    expect(classify('P3', 'P0')).toMatchObject({ priority: 'P0', rawPriority: 'P0' });
  });

  it('reads severity/…, sev1, S2 and a bare critical; module from area/…; blocking labels', () => {
    expect(classify('severity/high').severity).toBe('high');
    expect(classify('sev1').severity).toBe('critical');
    expect(classify('S2').severity).toBe('high');
    expect(classify('severity::3').severity).toBe('medium');
    expect(classify('critical').severity).toBe('critical');
    expect(classify('area/billing', 'component/api').module).toBe('billing');
    expect(classify('release-blocker').blocking).toBe(true);
    expect(classify('blocked').blocking).toBe(false);
  });

  it('lists labels that look like a priority but whose value is not understood', () => {
    expect(classify('priority/whenever')).toMatchObject({ priority: null, unknown: ['priority/whenever'] });
  });
});

describe('priorityScale', () => {
  it('ranks words within the vocabulary the source uses: Critical is P0 in one scale and P1 in another', () => {
    const generic = priorityScale(['Critical', 'High', 'Low']);
    expect(generic.of('Critical')).toBe('P0');
    const classic = priorityScale(['Blocker', 'Critical', 'Major', 'Minor']);
    expect(classic.of('Critical')).toBe('P1');
    expect(classic.of('Blocker')).toBe('P0');
    const jira = priorityScale(['Highest', 'Medium', 'Lowest']);
    expect([jira.of('Highest'), jira.of('Medium'), jira.of('Lowest')]).toEqual(['P0', 'P2', 'P4']);
  });

  it('keeps numbers, treats "No priority" as none, and reports unknown words', () => {
    const linear = priorityScale(['Urgent', 'No priority', 'Whenever']);
    expect(linear.of('Urgent')).toBe('P0');
    expect(linear.of('No priority')).toBeNull();
    expect(linear.of('Whenever')).toBeNull();
    expect(linear.unknown).toEqual(['whenever']);
    expect(priorityScale(['P1']).of('P1')).toBe('P1');
    expect(priorityScale(['2']).of('2')).toBe('P2');
  });
});

describe('GitHub-style priority labels', () => {
  it('reads "High Priority", "priority high" and "low-priority"', () => {
    expect(classify('High Priority').priority).toBe('P1');
    expect(classify('priority high').priority).toBe('P1');
    expect(classify('low-priority').priority).toBe('P3');
  });
});

describe('priorityScale outside its vocabulary', () => {
  it('lists a word known elsewhere but outside the chosen scale as unknown, never guessing its rank', () => {
    const scale = priorityScale(['Blocker', 'Critical', 'Major', 'High']);
    expect(scale.vocabulary?.[0]).toBe('blocker');
    expect(scale.of('High')).toBeNull();
    expect(scale.unknown).toEqual(['high']);
  });
});
