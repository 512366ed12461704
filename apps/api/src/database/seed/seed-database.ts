import { DataSource } from 'typeorm';
import { hashPassword } from '../../common/password-hasher';
import { CalendarDay } from '../../modules/calendar/calendar-day.entity';
import { CalendarYear } from '../../modules/calendar/calendar-year.entity';
import { Agency } from '../../modules/organization/agency.entity';
import { newStaffUser, StaffUser } from '../../modules/organization/staff-user.entity';
import { Unit } from '../../modules/organization/unit.entity';
import { DEMO_PASSWORD, DEMO_STAFF, SEED_AGENCY, SEED_DISTRICTS, SEED_UNITS } from './demo-organization';
import { EnterpriseDistrict } from '../../modules/enterprise/enterprise.entity';
import { seedCatalog } from './catalog-seed';
import { seedDemoContent } from './demo-content';
import { seedDemoGuide } from './demo-guide';
import { seedDemoMessages } from './demo-messages';
import { packageCalendarYears } from './holiday-package';

export interface SeedOptions {
  demo: boolean;
  /** Published demo policies and interpretations (npm start); tests start without them. */
  demoContent?: { mediaDir: string };
  now?: Date;
}

/**
 * Idempotent: fills only what is missing, so it runs at every start and never overwrites what staff edited
 * (a calendar year staff entered by hand stays theirs).
 */
export async function seedDatabase(dataSource: DataSource, { demo, demoContent, now = new Date() }: SeedOptions): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const known = new Set((await manager.getRepository(CalendarYear).find()).map((row) => row.year));
    for (const [year, days] of packageCalendarYears()) {
      if (known.has(year)) continue;
      await manager.getRepository(CalendarYear).insert({ year, source: 'package', note: 'chinese-days', updatedAt: now, updatedBy: null });
      await manager.getRepository(CalendarDay).insert(days.map((day) => ({ ...day, year })));
    }

    let agency = await manager.getRepository(Agency).findOneBy({ code: SEED_AGENCY.code });
    agency ??= await manager.getRepository(Agency).save(Object.assign(new Agency(), SEED_AGENCY));
    if (!agency.reviewBody) await manager.getRepository(Agency).update(agency.id, { reviewBody: SEED_AGENCY.reviewBody });
    for (const [index, seed] of SEED_UNITS.entries()) {
      if (await manager.getRepository(Unit).findOneBy({ agencyId: agency.id, code: seed.code })) continue;
      await manager.getRepository(Unit).insert({ ...seed, agencyId: agency.id, active: true, sortOrder: (index + 1) * 10 });
    }

    await seedCatalog(manager, agency.id, now);
    // Only into an empty list: once staff edit the districts, the list is theirs.
    if ((await manager.getRepository(EnterpriseDistrict).countBy({ agencyId: agency.id })) === 0) {
      await manager.getRepository(EnterpriseDistrict).insert(SEED_DISTRICTS.map((name, index) => ({ agencyId: agency.id, name, sortOrder: (index + 1) * 10 })));
    }

    if (!demo) return;
    const units = await manager.getRepository(Unit).findBy({ agencyId: agency.id });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const seed of DEMO_STAFF) {
      if (await manager.getRepository(StaffUser).findOneBy({ username: seed.username })) continue;
      const unitId = units.find((unit) => unit.code === seed.unitCode)?.id ?? null;
      await manager
        .getRepository(StaffUser)
        .save(newStaffUser({ agencyId: agency.id, unitId, username: seed.username, displayName: seed.displayName, passwordHash, roles: seed.roles, demo: true }, now));
    }
    await seedDemoGuide(manager, agency.id, now);
    if (demoContent) {
      await seedDemoContent(manager, agency.id, demoContent.mediaDir, now);
      await seedDemoMessages(manager, agency.id, now);
    }
  });
}
