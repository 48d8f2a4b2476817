// Types for static-server.mjs, so TypeScript callers (e2e setup, benches) get checked imports.
export interface StaticServerOptions {
  /** Folder to serve, e.g. dist/. */
  root: string;
  /** URL path the app lives under, e.g. "/" or "/help/mail/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** File under root sent (with status 404) for unknown paths. */
  fallback?: string;
  /** Added to every response, e.g. the Content-Security-Policy and Referrer-Policy of docs/deploy.md. */
  headers?: Record<string, string>;
  /** Send `Access-Control-Allow-Origin: *` on assets/ (default true, as docs/deploy.md recommends). */
  assetsCors?: boolean;
}

export interface StaticServer {
  /** origin + base, e.g. "http://127.0.0.1:4173/help/mail/". */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

export declare function normalizeBase(base?: string): string;
export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
