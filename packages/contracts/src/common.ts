/** Every 4xx/5xx body the API sends. `message` is Chinese and meant for the person; `field` names the input at fault. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  /** A refusal by a rule of law: the provision it rests on (the message quotes it too). */
  article?: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HealthResponse {
  status: 'ok';
  database: 'sqlite' | 'mysql';
  version: string;
}
