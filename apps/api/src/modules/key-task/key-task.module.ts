import { Module } from '@nestjs/common';
import { KeyTaskAdminController } from './key-task-admin.controller';
import { KeyTaskRepository } from './key-task.repository';
import { KeyTaskService } from './key-task.service';

@Module({
  controllers: [KeyTaskAdminController],
  providers: [KeyTaskRepository, KeyTaskService],
})
export class KeyTaskModule {}
