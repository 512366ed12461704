import { Global, Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ContentIndex } from '../publishing/reviewable-content';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** Global: it provides the ContentIndex that publishing, policies and interpretations tell about changes. */
@Global()
@Module({
  imports: [CatalogModule],
  controllers: [SearchController],
  providers: [SearchRepository, SearchService, { provide: ContentIndex, useExisting: SearchService }],
  exports: [SearchService, ContentIndex],
})
export class SearchModule {}
