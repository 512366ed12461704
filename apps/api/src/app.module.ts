import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { InterpretationModule } from './modules/interpretation/interpretation.module';
import { PolicyModule } from './modules/policy/policy.module';
import { PublishingModule } from './modules/publishing/publishing.module';
import { SearchModule } from './modules/search/search.module';
import { DisclosureRequestModule } from './modules/disclosure-request/disclosure-request.module';
import { DisclosureGuideModule } from './modules/disclosure-guide/disclosure-guide.module';
import { EnterpriseModule } from './modules/enterprise/enterprise.module';
import { HealthModule } from './modules/health/health.module';
import { MediaModule } from './modules/media/media.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OrganizationModule } from './modules/organization/organization.module';
import { PersonalDataModule } from './modules/personal-data/personal-data.module';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module';
import { MessageModule } from './modules/message/message.module';
import { ConsultationModule } from './modules/consultation/consultation.module';
import { ReportModule } from './modules/report/report.module';
import { KeyTaskModule } from './modules/key-task/key-task.module';
import { WechatModule } from './wechat/wechat.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(buildDataSourceOptions(config.database)),
        WechatModule,
        AuditModule,
        RateLimitModule,
        AuthModule,
        NotificationModule,
        MediaModule,
        OrganizationModule,
        CalendarModule,
        CatalogModule,
        SearchModule,
        PublishingModule,
        PolicyModule,
        InterpretationModule,
        DisclosureRequestModule,
        DisclosureGuideModule,
        MessageModule,
        PersonalDataModule,
        ConsultationModule,
        EnterpriseModule,
        ReportModule,
        KeyTaskModule,
        HealthModule,
      ],
    };
  }
}
