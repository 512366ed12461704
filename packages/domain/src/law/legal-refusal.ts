/**
 * An action the law forbids, refused in the domain. `code` is one per rule (the API sends it as the error code, HTTP
 * 409); `article` names the provision (null for a rule of procedure); `message` says it to a clerk in Chinese and quotes the article.
 * Each area (disclosure, message, consultation) keeps its rules in an enum with an exhaustive table of articles, so a
 * new rule without its article does not compile.
 */
export class LegalRefusal extends Error {
  constructor(
    readonly code: string,
    /** Null for a rule of procedure (the order of events) rather than of law. */
    readonly article: string | null,
    message: string,
  ) {
    super(article === null || message.includes(article) ? message : `${message}（${article}）`);
    this.name = 'LegalRefusal';
  }
}
