import { Global, Module } from '@nestjs/common';
import { MediaAdminController, MediaController } from './media.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { MediaStorage } from './media-storage';

@Global()
@Module({
  controllers: [MediaController, MediaAdminController],
  providers: [MediaRepository, MediaStorage, MediaService],
  exports: [MediaService],
})
export class MediaModule {}
