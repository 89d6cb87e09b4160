/** Readiness domains an item can belong to (several at once). */
export const DOMAINS = [
  'security',
  'compliance',
  'data',
  'reliability',
  'performance',
  'observability',
] as const;

export type Domain = (typeof DOMAINS)[number];

/**
 * Words that put an item in a domain, English and French, matched as whole words after lower-casing and removing
 * accents (so `sécurité` and `securite` both match `securite`). Multi-word entries match as phrases.
 */
// Broad words (`data`, `log`, `db`) are left out on purpose: they would put most items in every domain.
// prettier-ignore
export const DOMAIN_VOCABULARY: Readonly<Record<Domain, readonly string[]>> = {
  security: [
    'security', 'securite', 'secure', 'securiser', 'auth', 'authn', 'authz', 'authentication', 'authentification',
    'authorization', 'autorisation', 'rbac', 'oidc', 'oauth', 'sso', 'xss', 'csrf', 'ssrf', 'injection', 'sqli',
    'vulnerability', 'vulnerabilities', 'vulnerabilite', 'vulnerabilites', 'cve', 'secret', 'secrets', 'vault',
    'encryption', 'encrypt', 'chiffrement', 'chiffrer', 'tls', 'ssl', 'mtls', 'password', 'passwords',
    'mot de passe', 'credentials', 'sast', 'dast', 'pentest', 'kms', 'hsm', 'key rotation', 'rotation des cles',
  ],
  compliance: [
    'compliance', 'conformite', 'gdpr', 'rgpd', 'privacy', 'confidentialite', 'pii', 'dpia', 'aipd', 'dpa',
    'iso 27001', 'iso27001', 'soc2', 'soc 2', 'hipaa', 'pci', 'legal', 'consent', 'consentement',
    'donnees personnelles', 'personal data', 'retention', 'data residency', 'residence', 'purge', 'droit a l oubli',
    'right to be forgotten', 'audit log', 'audit logs', 'journal d audit',
  ],
  data: [
    'migration', 'migrations', 'schema', 'database', 'databases', 'base de donnees', 'bdd', 'backfill',
    'alembic', 'etl', 'data migration', 'migration de donnees', 'dataset', 'datasets', 'backup', 'backups', 'sauvegarde', 'restore',
    'restauration', 'postgres', 'postgresql', 'mysql', 'mongodb',
  ],
  reliability: [
    'reliability', 'fiabilite', 'slo', 'slos', 'sla', 'uptime', 'availability', 'disponibilite', 'retry',
    'retries', 'backoff', 'circuit breaker', 'failover', 'rollback', 'canary', 'blue green', 'idempotence',
    'idempotent', 'idempotency', 'incident', 'crash', 'crashes', 'outage', 'panne', 'resilience', 'poison queue',
    'dead letter', 'dlq', 'disaster recovery', 'drp', 'pra', 'runbook', 'runbooks', 'on call', 'astreinte',
    'timeout', 'timeouts', 'healthcheck', 'health check',
  ],
  performance: [
    'performance', 'performances', 'perf', 'latency', 'latence', 'throughput', 'debit', 'p95', 'p99',
    'load test', 'load testing', 'test de charge', 'tests de charge', 'benchmark', 'slow', 'lent', 'lenteur',
    'memory', 'memoire', 'cpu', 'cache', 'caching', 'optimization', 'optimisation', 'optimize', 'optimiser',
    'rate limit', 'rate limiting', 'quota', 'quotas', 'scalability', 'scalabilite',
  ],
  observability: [
    'observability', 'observabilite', 'monitoring', 'monitor', 'supervision', 'metrics', 'metriques', 'metric',
    'tracing', 'traces', 'opentelemetry', 'otel', 'prometheus', 'grafana', 'logging', 'logs', 'structured logs', 'dashboard',
    'dashboards', 'alert', 'alerts', 'alerting', 'alerte', 'alertes', 'sentry', 'datadog', 'correlation id',
  ],
};
