import { DisclosureGuideText } from '@govopen/domain';
import { EntityManager } from 'typeorm';
import { DisclosureGuideVersion } from '../../modules/disclosure-guide/disclosure-guide-version.entity';

/** The demo agency's 政府信息公开指南: what 威海市工业和信息化局 would write; the time limits and fees come from the domain. */
export const DEMO_GUIDE: DisclosureGuideText = {
  proactive: [
    '本机关主动公开的政府信息，通过威海市工业和信息化局门户网站“政府信息公开”专栏、政务公开通小程序和《威海市人民政府公报》公开。',
    '在小程序“政策”页可以按主动公开基本目录的栏目浏览，也可以输入关键词、拼音或拼音首字母（如 ysqgk）检索政策文件和政策解读。',
    '主动公开的政府信息自形成或者变更之日起 20 个工作日内公开。',
  ].join('\n'),
  application: [
    '公民、法人或者其他组织可以向本机关申请获取相关政府信息。申请时请写明申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和途径。',
    '网络申请：在政务公开通小程序首页点击“依申请公开”在线填写提交。',
    '当面申请：到受理地址填写申请表，工作人员可以代为填写。',
    '信函申请：将申请表邮寄至受理地址，信封注明“政府信息公开申请”字样。',
    '传真申请：将申请表传真至 0631-5287000，并电话确认。',
  ].join('\n'),
  address: '威海市环翠区青岛中路 96 号威海市工业和信息化局办公室（邮编 264200）',
  officeHours: '法定工作日 上午 9:00—12:00，下午 13:30—17:00',
  phone: '0631-5287001',
  remedies: [
    '公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。',
    '申请行政复议：自知道该行政行为之日起 60 日内向威海市人民政府申请。',
    '提起行政诉讼：自知道或者应当知道作出行政行为之日起 6 个月内向有管辖权的人民法院提起。',
    '投诉、举报：威海市人民政府办公室政务公开科，电话 0631-5233000。',
  ].join('\n'),
};

/** Only into an agency without a guide: once the office saves its own, the guide is theirs. */
export async function seedDemoGuide(manager: EntityManager, agencyId: number, now: Date): Promise<void> {
  if (await manager.getRepository(DisclosureGuideVersion).existsBy({ agencyId })) return;
  await manager.getRepository(DisclosureGuideVersion).insert({ agencyId, version: 1, text: JSON.stringify(DEMO_GUIDE), savedBy: null, savedByName: '系统初始化', savedAt: now });
}
