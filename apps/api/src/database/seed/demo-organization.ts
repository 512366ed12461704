import { StaffRole } from '@govopen/contracts';

/** The agency and units of the seed catalog (shared/seeds/000_…: 威海市工业和信息化局主动公开基本目录). */
export const SEED_AGENCY = { name: '威海市工业和信息化局', code: 'whgxj', reviewBody: '威海市人民政府' };

export const SEED_UNITS: { name: string; code: string; phone: string | null }[] = [
  { name: '办公室', code: 'bgs', phone: '0631-5287001' },
  { name: '政工科', code: 'zgk', phone: '0631-5287002' },
  { name: '综合科', code: 'zhk', phone: '0631-5287003' },
  { name: '规划与技术改造科', code: 'ghjgk', phone: '0631-5287004' },
  { name: '工业互联网科', code: 'gyhlwk', phone: '0631-5287005' },
  { name: '非公经济科', code: 'fgjjk', phone: '0631-5287006' },
];

/** 所在区（市）/功能区 of 威海市 that enterprises of the seed agency choose from: four 区（市） and four 功能区. */
export const SEED_DISTRICTS = ['环翠区', '文登区', '荣成市', '乳山市', '高区', '经区', '临港区', '南海新区'];

/** Demo accounts, one per role: only seeded when SEED_DEMO=true (npm start), flagged demo in the database. */
export const DEMO_PASSWORD = 'GovOpen@2026';

export const DEMO_STAFF: { username: string; displayName: string; unitCode: string | null; roles: StaffRole[] }[] = [
  { username: 'admin', displayName: '系统管理员（演示）', unitCode: 'bgs', roles: [StaffRole.SYSTEM_ADMIN] },
  { username: 'head', displayName: '王公开（公开办负责人·演示）', unitCode: 'bgs', roles: [StaffRole.OFFICE_HEAD] },
  { username: 'handler', displayName: '李承办（综合科·演示）', unitCode: 'zhk', roles: [StaffRole.HANDLER] },
  { username: 'reviewer', displayName: '赵审核（演示）', unitCode: 'bgs', roles: [StaffRole.REVIEWER] },
  { username: 'publisher', displayName: '孙发布（演示）', unitCode: 'bgs', roles: [StaffRole.PUBLISHER] },
];
