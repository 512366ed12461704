import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { INTERPRETATION_FORM_LABELS, POLICY_VALIDITY_LABELS, SearchResponse, SuggestResponse } from '@govopen/contracts';
import { BackgroundTimer } from '../../common/background-timer';
import { textOf } from '../../common/rich-text';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CatalogService } from '../catalog/catalog.service';
import { Interpretation } from '../interpretation/interpretation.entity';
import { PolicyDocument } from '../policy/policy-document.entity';
import { SearchDto } from '../publishing/dto/list-content.dto';
import { ContentIndex } from '../publishing/reviewable-content';
import { SearchDocument, SearchDocumentType, SearchIndex } from './search-index';
import { SearchRepository } from './search.repository';

/** How often an instance picks up documents changed by other instances (ARCHITECTURE: refreshed from change timestamps). */
const SYNC_INTERVAL_MS = 30_000;

/**
 * Owns this instance's search index: built from the database at start, updated at once when this instance publishes
 * or withdraws, and from `updated_at` for changes made by other instances.
 */
@Injectable()
export class SearchService implements ContentIndex, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Search');
  private index = new SearchIndex();
  private syncedUpTo = new Date(0);
  private readonly timer = new BackgroundTimer(this.logger, 'search sync');

  constructor(
    private readonly repository: SearchRepository,
    private readonly catalog: CatalogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.sync();
    this.logger.log(`search index: ${this.index.size} documents in ${Date.now() - started} ms`);
    this.timer.start(this.config.reminderIntervalMs > 0 ? SYNC_INTERVAL_MS : 0, () => this.sync());
  }

  onModuleDestroy(): void {
    this.timer.stop();
  }

  search(query: SearchDto, catalogNodeIds?: ReadonlySet<number>): SearchResponse {
    const pageSize = query.pageSize ?? 10;
    const result = this.index.search(query.q, { type: query.type, validity: query.validity, year: query.year, issuingBody: query.issuingBody, form: query.form, catalogNodeIds }, query.page ?? 1, pageSize);
    return {
      total: result.total,
      items: result.items.map((hit) => {
        const document = this.index.documentOf(hit.type, hit.id)!;
        return {
          type: hit.type,
          id: hit.id,
          title: hit.title,
          highlight: hit.highlight,
          publishedAt: new Date(document.publishedAt).toISOString(),
          validityLabel: POLICY_VALIDITY_LABELS[document.validity],
          formLabel: document.form ? INTERPRETATION_FORM_LABELS[document.form as keyof typeof INTERPRETATION_FORM_LABELS] : null,
        };
      }),
    };
  }

  suggest(query: string): SuggestResponse {
    return { items: this.index.suggest(query, 8) };
  }

  /** Re-reads documents after a change on this instance: published ones are (re)indexed, others dropped. */
  async refresh(type: SearchDocumentType, ids: number[]): Promise<void> {
    if (!ids.length) return;
    const policies = type === 'policy' ? await this.repository.policies(ids) : [];
    const interpretations = type === 'interpretation' ? await this.repository.interpretations(ids) : await this.repository.interpretationsOfPolicies(ids);
    await this.apply(policies, interpretations);
    if (type === 'policy') for (const id of ids) if (!policies.some((policy) => policy.id === id)) this.index.remove('policy', id);
  }

  private async sync(): Promise<void> {
    const since = this.syncedUpTo;
    const now = new Date();
    const policies = await this.repository.policiesChangedSince(since);
    const interpretations = await this.repository.interpretationsChangedSince(
      since,
      policies.map((policy) => policy.id),
    );
    await this.apply(policies, interpretations);
    // A margin for clocks of other instances and transactions that committed late.
    this.syncedUpTo = new Date(now.getTime() - 60_000);
  }

  private async apply(policies: PolicyDocument[], interpretations: Interpretation[]): Promise<void> {
    const policyIds = [...new Set(interpretations.map((item) => item.policyId))].filter((id) => !policies.some((policy) => policy.id === id));
    const parents = new Map<number, PolicyDocument>([...policies, ...(await this.repository.policies(policyIds))].map((policy) => [policy.id, policy]));
    for (const policy of policies) {
      if (policy.status === 'published') this.index.upsert(policyDocument(policy));
      else this.index.remove('policy', policy.id);
    }
    for (const item of interpretations) {
      const policy = parents.get(item.policyId);
      if (item.status === 'published' && policy?.status === 'published') this.index.upsert(interpretationDocument(item, policy));
      else this.index.remove('interpretation', item.id);
    }
  }

  /** For the catalog filter: a node and everything under it. */
  catalogSubtree(nodeId: number): Promise<Set<number>> {
    return this.catalog.publicSubtree(nodeId);
  }
}

function yearOf(date: Date | null): number | null {
  return date ? new Date(date.getTime() + 8 * 3_600_000).getUTCFullYear() : null;
}

function policyDocument(policy: PolicyDocument): SearchDocument {
  return {
    type: 'policy',
    id: policy.id,
    title: policy.title,
    text: [policy.documentNumber, policy.topicTags.join(' '), textOf(policy.bodyHtml)].filter(Boolean).join(' '),
    issuingBody: policy.issuingBody,
    year: yearOf(policy.publishedAt),
    validity: policy.validity,
    form: null,
    catalogNodeId: policy.catalogNodeId,
    publishedAt: policy.publishedAt?.getTime() ?? 0,
  };
}

function interpretationDocument(item: Interpretation, policy: PolicyDocument): SearchDocument {
  return {
    type: 'interpretation',
    id: item.id,
    title: item.title,
    text: [item.source, textOf(item.bodyHtml), item.transcript, policy.title].filter(Boolean).join(' '),
    issuingBody: policy.issuingBody,
    year: yearOf(item.publishedAt),
    validity: policy.validity,
    form: item.form,
    catalogNodeId: policy.catalogNodeId,
    publishedAt: item.publishedAt?.getTime() ?? 0,
  };
}
