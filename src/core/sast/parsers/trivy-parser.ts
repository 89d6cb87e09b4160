import { InputError } from '../../errors/input-error.js';
import type { ParsedRun, SastParser } from '../sast-parser.js';
import { resultFindings } from './trivy/result-findings.js';
import { legacyTrivyReportSchema, trivyReportSchema } from './trivy/trivy-schema.js';
import type { TrivyResult } from './trivy/trivy-schema.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

const SCHEMA_VERSION = 2;

/** A result of the pre-0.20 array: a target with one of the finding lists (`Vulnerabilities` may be `null`). */
const isLegacyResult = (value: unknown): boolean =>
  isJsonObject(value) &&
  typeof value.Target === 'string' &&
  ['Vulnerabilities', 'Misconfigurations', 'Secrets'].some((key) => key in value);

/** The results of a report, either layout; throws `InputError` for a shape or version gonogo cannot read. */
function readResults(document: unknown, source: string): TrivyResult[] {
  if (Array.isArray(document)) return validateReportShape(legacyTrivyReportSchema, document, source, 'Trivy');
  if (!isJsonObject(document))
    throw new InputError(source, 'expected a Trivy report (a JSON object or array)');
  // `trivy k8s` shares the envelope but nests results under resources: read as a report with no `Results`, a
  // whole cluster's findings would pass unseen.
  if ('ClusterName' in document || 'Resources' in document) {
    throw new InputError(
      source,
      'Trivy Kubernetes reports are not supported: scan images or manifests with `trivy image` or `trivy config`',
    );
  }
  const version = document.SchemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    const shown = typeof version === 'string' ? version : JSON.stringify(version);
    throw new InputError(source, `unsupported Trivy SchemaVersion ${shown} (supported: ${SCHEMA_VERSION})`);
  }
  return validateReportShape(trivyReportSchema, document, source, 'Trivy').Results ?? [];
}

/**
 * Trivy's JSON report (`trivy image|fs|config|repo -f json`): `SchemaVersion` 2 since Trivy 0.20, and the bare
 * array of results older versions wrote. One run, always complete: Trivy writes no error list and no report at
 * all when it fails. Vulnerabilities, failed configuration checks and secrets are findings; licenses are not.
 */
export const trivyParser: SastParser = {
  format: 'trivy',

  detect(document: unknown): boolean {
    if (Array.isArray(document)) return isLegacyResult(document[0]);
    if (!isJsonObject(document)) return false;
    return 'SchemaVersion' in document || ('ArtifactName' in document && 'Results' in document);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    const findings = readResults(document, source).flatMap(resultFindings);
    return [{ tool: 'Trivy', complete: true, incompleteReason: null, findings }];
  },
};
