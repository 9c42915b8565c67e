import { type Logger, pino } from 'pino';

export type { Logger };

let root: Logger | undefined;

/** The process-wide logger. Request-scoped children carry `reqId` and `tenantId`. */
export function logger(level?: string): Logger {
  if (!root) {
    root = pino({
      level: level ?? process.env.LOG_LEVEL ?? 'info',
      base: { pid: process.pid },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password'], remove: true },
    });
  }
  return root;
}

export function requestLogger(service: string, reqId: string, tenantId: string | null): Logger {
  return logger().child({ service, reqId, tenantId });
}
