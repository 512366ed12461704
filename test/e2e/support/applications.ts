import { randomUUID } from 'node:crypto';

/** A valid 公民 application; override what a test needs. */
export function citizenApplication(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    applicant: {
      type: 'citizen',
      name: '张三',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      address: '山东省威海市环翠区新威路 1 号',
      postcode: '264200',
      email: 'zhangsan@example.cn',
    },
    title: '2024年威海市工业企业技术改造专项资金分配结果',
    description: '申请公开2024年度市级工业企业技术改造专项资金的分配结果，包括获得资金的企业名单和金额。',
    provisionMethod: 'email',
    deliveryMethod: 'email',
    pledge: true,
    ...overrides,
  };
}

export function organizationApplication(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    applicant: {
      type: 'organization',
      name: '威海某某科技有限公司',
      organizationKind: 'business',
      creditCode: '9144030071526726XG',
      legalRepresentative: '李四',
      contactName: '王五',
      phone: '0631-5287001',
      address: '山东省威海市高区火炬路 8 号',
    },
    title: '2025年专精特新中小企业认定名单',
    description: '申请公开2025年度本市专精特新中小企业认定的企业名单及认定依据。',
    provisionMethod: 'paper',
    deliveryMethod: 'post',
    pledge: true,
    ...overrides,
  };
}
